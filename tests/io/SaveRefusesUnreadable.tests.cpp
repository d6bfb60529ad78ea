// SPDX-License-Identifier: MIT
// savePlanFile never writes a file the loader would refuse: a value outside
// the file's limits (here a date past 2249 that an edit or the audit planning
// could produce) leaves the old file as it was and names the value.
#include "io/IoTestSupport.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"
#include "safety/Backups.h"

#include <algorithm>
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

TEST_CASE("The app's save (keeping backups) refuses such a plan too, before any backup is rotated",
          "[io][save][limits][backups]")
{
    const auto dir = std::filesystem::temp_directory_path() / ("certplan-save-limits-bak-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "plan.certplan").string();
    Plan p = fullPlan();
    REQUIRE(safety::savePlanKeepingBackups(p, path, 2));
    REQUIRE(safety::savePlanKeepingBackups(p, path, 2)); // now one backup exists
    std::vector<std::string> before;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        before.push_back(e.path().filename().string() + "=" + readBytes(e.path().string()));
    std::sort(before.begin(), before.end());

    p.audits.front().planned = Date(2252, 5, 31);
    const auto r = safety::savePlanKeepingBackups(p, path, 2);
    REQUIRE(!r);
    CHECK(contains(r.error(), "not saved"));
    CHECK(contains(r.error(), "2252-05-31"));
    std::vector<std::string> after;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        after.push_back(e.path().filename().string() + "=" + readBytes(e.path().string()));
    std::sort(after.begin(), after.end());
    CHECK(after == before); // the plan and its backups exactly as they were
    std::filesystem::remove_all(dir);
}
