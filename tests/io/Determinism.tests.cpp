// SPDX-License-Identifier: MIT
// Same plan, same bytes: plans live in git, so saving must not reorder,
// reformat or add anything that changes between runs.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Saving the same plan twice gives the same bytes", "[io][determinism]")
{
    const Plan p = fullPlan();
    const std::string first = writePlanToString(p);
    const std::string second = writePlanToString(p);
    CHECK(first == second);
    const Plan copy = p;
    CHECK(writePlanToString(copy) == first);
}

TEST_CASE("save(load(file)) of a saved file is byte-identical", "[io][determinism]")
{
    const std::string saved = writePlanToString(fullPlan());
    const LoadResult r = readPlanText(saved, "saved.certplan");
    REQUIRE(r.ok());
    CHECK(writePlanToString(r->plan) == saved);
}

TEST_CASE("Saving a saved file through the disk twice leaves it byte-identical", "[io][determinism]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    REQUIRE(savePlanFile(fullPlan(), path).ok());
    const std::string first = readBytes(path);
    const LoadResult r = readPlanFile(path);
    REQUIRE(r.ok());
    REQUIRE(savePlanFile(r->plan, path).ok());
    CHECK(readBytes(path) == first);
}

TEST_CASE("A hand-written fixture reaches a fixed point after one save", "[io][determinism]")
{
    const LoadResult r = readPlanFile(goodFile("show-sample.certplan"));
    REQUIRE(r.ok());
    const std::string once = writePlanToString(r->plan);
    const LoadResult again = readPlanText(once, "once.certplan");
    REQUIRE(again.ok());
    CHECK(writePlanToString(again->plan) == once);
}

TEST_CASE("Saved files are UTF-8 with LF line ends, a declaration first and a final newline", "[io][determinism]")
{
    const std::string s = writePlanToString(fullPlan());
    CHECK(s.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n", 0) == 0);
    CHECK(s.find('\r') == std::string::npos);
    CHECK(s.back() == '\n');
    CHECK(s.find("\n  <info>\n    <title>") != std::string::npos); // two-space indent
    CHECK(firstInvalidUtf8(s) == std::string::npos);
}
