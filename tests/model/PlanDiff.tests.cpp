// SPDX-License-Identifier: MIT
// What changed on disk, by task id and by section, in short lines.
#include "model/PlanBuilders.h"
#include "safety/PlanDiff.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::safety;
using namespace certplan::test;

TEST_CASE("Identical plans differ in nothing", "[safety][diff]")
{
    const PlanDiff d = describePlanChanges(fullPlan(), fullPlan());
    CHECK(d.empty());
    CHECK(describePlanDiff(d).empty());
}

TEST_CASE("Tasks added, removed and edited are found by id with their names", "[safety][diff]")
{
    Plan mine = minimalPlan();
    mine.tasks = {makeTask("a", "Alpha", 0, 5), makeTask("b", "Bravo", 0, 3), makeTask("c", "Charlie", 0, 2),
                  makeTask("d", "Delta", 0, 1)};
    Plan disk = mine;
    disk.tasks.erase(disk.tasks.begin() + 1);                   // Bravo removed
    disk.tasks.push_back(makeTask("e", "Echo", 0, 4));          // Echo added
    disk.tasks.push_back(makeTask("f", "Foxtrot", 0, 4));       // Foxtrot added
    disk.tasks[0].durationDays = 6;                              // Alpha: duration
    disk.tasks[1].notes = "new note";                            // Charlie: notes
    disk.tasks[1].assignments.push_back(Assignment{"pm", 50});   // Charlie: resources

    const PlanDiff d = describePlanChanges(mine, disk);
    REQUIRE(d.added.size() == 2);
    CHECK(d.added[0].id == "e");
    CHECK(d.added[1].name == "Foxtrot");
    REQUIRE(d.removed.size() == 1);
    CHECK(d.removed[0].id == "b");
    CHECK(d.removed[0].name == "Bravo");
    REQUIRE(d.edited.size() == 2);
    CHECK(d.edited[0].id == "a");
    CHECK(d.edited[0].fields == std::vector<std::string>{"duration"});
    CHECK(d.edited[1].id == "c");
    CHECK(d.edited[1].fields == std::vector<std::string>{"resources", "notes"});
    CHECK_FALSE(d.resourcesChanged);
    CHECK_FALSE(d.infoChanged);

    CHECK(describePlanDiff(d) == std::vector<std::string>{
                                     "2 tasks added: Echo, Foxtrot",
                                     "1 task removed: Bravo",
                                     "2 tasks edited: Alpha (duration), Charlie (resources, notes)",
                                 });
}

TEST_CASE("A renamed or moved task is edited, not removed and added, other sections are flagged", "[safety][diff]")
{
    Plan mine = fullPlan();
    REQUIRE(mine.tasks.size() >= 3);
    Plan disk = mine;
    disk.tasks[0].name = "Renamed";
    std::swap(disk.tasks[1], disk.tasks[2]);
    disk.info.title = "Other title";
    disk.resources.pop_back();
    disk.nonconformities.clear();

    const PlanDiff d = describePlanChanges(mine, disk);
    CHECK(d.added.empty());
    CHECK(d.removed.empty());
    REQUIRE(d.edited.size() >= 3);
    CHECK(d.edited[0].name == "Renamed");
    CHECK(d.edited[0].fields.front() == "name");
    CHECK(d.edited[1].fields.back() == "position");
    CHECK(d.infoChanged);
    CHECK(d.resourcesChanged);
    CHECK(d.nonconformitiesChanged);
    CHECK_FALSE(d.auditsChanged);
    CHECK_FALSE(d.checklistChanged);
    const auto lines = describePlanDiff(d);
    CHECK(std::find(lines.begin(), lines.end(), "Resources changed") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "Nonconformities changed") != lines.end());
    CHECK(std::find(lines.begin(), lines.end(), "Plan information changed") != lines.end());
}

TEST_CASE("Long lists are cut after maxNames with a count", "[safety][diff]")
{
    Plan mine = minimalPlan();
    mine.tasks.clear();
    Plan disk = mine;
    for (int i = 0; i < 8; ++i)
        disk.tasks.push_back(makeTask("t" + std::to_string(i), "T" + std::to_string(i), 0, 1));
    const auto lines = describePlanDiff(describePlanChanges(mine, disk), 3);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == "8 tasks added: T0, T1, T2 and 5 more");
}
