// SPDX-License-Identifier: MIT
// savePlanFile never writes a file the loader would refuse: a value outside
// the file's limits (here a date past 2249 that an edit or the audit planning
// could produce) leaves the old file as it was and names the value.
#include "io/IoTestSupport.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <filesystem>

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Saving a plan with a date past the supported range is refused and the old file stays", "[io][save][limits]")
{
    const auto dir = std::filesystem::temp_directory_path() / ("certplan-save-limits-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "plan.certplan").string();
    Plan p = fullPlan();
    REQUIRE(savePlanFile(p, path));
    const std::string before = readBytes(path);
    REQUIRE(readPlanFile(path));

    p.tasks.front().deadline = Date(2251, 3, 1);
    const auto r = savePlanFile(p, path);
    REQUIRE(!r);
    CHECK(contains(r.error(), "not saved"));
    CHECK(contains(r.error(), "2251-03-01"));
    CHECK(contains(r.error(), "2249-12-31"));
    CHECK(contains(r.error(), "file on disk is unchanged"));
    CHECK(readBytes(path) == before);
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir))
        ++entries;
    CHECK(entries == 1); // no temporary left behind
    std::filesystem::remove_all(dir);
}
