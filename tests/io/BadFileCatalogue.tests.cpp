// SPDX-License-Identifier: MIT
// Properties that hold for every bad input, not just the ones with their own
// test: never a plan, always a position inside the file.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <algorithm>
#include <filesystem>

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

namespace {

int lineCount(const std::string& text)
{
    return 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

std::vector<std::string> filesUnder(const std::string& folder)
{
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::recursive_directory_iterator(folder))
        if (e.is_regular_file())
            out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("Every file in tests/data/bad is refused with a position inside the file and a message", "[io][bad]")
{
    const auto files = filesUnder(dataPath("bad"));
    REQUIRE(files.size() >= 36);
    for (const auto& f : files) {
        INFO(f);
        const LoadResult r = readPlanFile(f);
        REQUIRE_FALSE(r.ok());
        const LoadIssue& e = r.error();
        CHECK(e.file == f);
        CHECK(e.position.known());
        CHECK(e.position.line <= lineCount(readBytes(f)));
        CHECK(e.message.size() > 20);
        CHECK(e.code != Code::Unknown);
    }
}

TEST_CASE("Every file in tests/data/good loads without errors", "[io]")
{
    const auto files = filesUnder(dataPath("good"));
    REQUIRE(files.size() >= 4);
    for (const auto& f : files) {
        const LoadResult r = readPlanFile(f);
        INFO((r.ok() ? f : r.error().format()));
        CHECK(r.ok());
    }
}

TEST_CASE("A saved plan cut off at any byte is refused as truncated, never half-loaded", "[io][bad]")
{
    const std::string full = writePlanToString(fullPlan());
    const std::size_t lastTagEnd = full.rfind('>');
    REQUIRE(lastTagEnd != std::string::npos);
    for (std::size_t n = 1; n <= lastTagEnd; ++n) {
        const std::string prefix = full.substr(0, n);
        const LoadResult r = readPlanText(prefix, "cut.certplan");
        INFO("cut after " << n << " bytes: ..." << prefix.substr(prefix.size() > 40 ? prefix.size() - 40 : 0));
        REQUIRE_FALSE(r.ok());
        const LoadIssue& e = r.error();
        // Before the root element starts there is no element to be truncated in.
        if (n > full.find("<plan"))
            CHECK(e.code == Code::Truncated);
        CHECK(e.position.known());
        CHECK(e.position.line <= lineCount(prefix));
    }
}

TEST_CASE("Loading a missing file says so without a position", "[io][bad]")
{
    const LoadResult r = readPlanFile(dataPath("bad/no-such-file.certplan"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Code::FileNotFound);
    CHECK_FALSE(r.error().position.known());
    CHECK(r.error().format() == dataPath("bad/no-such-file.certplan") + ": error: no such file");
}

TEST_CASE("Loading a folder says it is a folder", "[io][bad]")
{
    const LoadResult r = readPlanFile(dataPath("bad"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Code::Io);
    CHECK(contains(r.error().message, "this is a folder"));
}
