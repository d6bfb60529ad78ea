// SPDX-License-Identifier: MIT
#include "model/ScheduleFixtures.h"

#include "commands/BaselineCommands.h"
#include "commands/Document.h"
#include "schedule/BaselineVariance.h"

using namespace certplan;
using namespace certplan::test;

namespace {

PlanBuilder twoTasks()
{
    PlanBuilder b;
    b.calendar("std").exceptions.push_back(holiday("2027-01-12"));
    b.task("a", 3);
    b.task("b", 2);
    b.link("a", "b");
    return b;
}

} // namespace

TEST_CASE("A baseline snapshots every task's scheduled dates", "[baseline]")
{
    PlanBuilder b = twoTasks();
    const Baseline base = makeBaseline(b.plan(), b.schedule(), "Initial", day("2027-01-01"));
    CHECK(base.name == "Initial");
    CHECK(formatIsoDate(base.saved) == "2027-01-01");
    REQUIRE(base.entries.size() == 2);
    CHECK(base.entries[1].task == "b");
    CHECK(formatIsoDate(base.entries[1].start) == "2027-01-07");
    CHECK(formatIsoDate(base.entries[1].finish) == "2027-01-08");
    CHECK(base.entries[1].durationDays == 2);
}

TEST_CASE("Variance in working days of the plan calendar, positive when later", "[baseline]")
{
    PlanBuilder b = twoTasks();
    b.plan().baselines.push_back(makeBaseline(b.plan(), b.schedule(), "Initial", day("2027-01-01")));
    b["a"].durationDays = 5; // Mon 4 - Fri 8; b moves to Mon 11 - Wed 13 over the Tuesday holiday
    b.task("new", 1);
    const auto s = b.schedule();
    auto v = baselineVariance(b.plan(), s, "Initial");
    REQUIRE(v);
    REQUIRE(v->size() == 3);
    CHECK((*v)[0].startVariance == 0);
    CHECK((*v)[0].finishVariance == 2);
    CHECK((*v)[0].durationVariance == 2);
    CHECK((*v)[1].startVariance == 2);  // Thu 7 -> Mon 11
    CHECK((*v)[1].finishVariance == 2); // Fri 8 -> Wed 13: Mon 11 and Wed 13, not the holiday
    CHECK((*v)[1].inBaseline);
    CHECK_FALSE((*v)[2].inBaseline);

    auto missing = baselineVariance(b.plan(), s, "Other");
    REQUIRE_FALSE(missing);
    CHECK(missing.error() == "the plan has no baseline named 'Other'; it has 'Initial'");
}

TEST_CASE("Save Baseline adds or replaces a named baseline, and undoes", "[baseline][commands]")
{
    PlanBuilder b = twoTasks();
    Plan& p = b.plan();
    const Schedule s = b.schedule();
    auto add = saveBaseline(p, s, "Initial", day("2027-01-01"));
    CHECK(add->label() == "Save Baseline");
    CHECK(add->changes().baselines);
    add->apply(p);
    REQUIRE(p.baselines.size() == 1);
    p.baselines.push_back({"Second", day("2027-01-02"), {}});
    const Plan withTwo = p;

    p.findTask("a")->durationDays = 4;
    auto replace = saveBaseline(p, b.schedule(), "Initial", day("2027-01-05"));
    replace->apply(p);
    REQUIRE(p.baselines.size() == 2);
    CHECK(p.baselines[0].name == "Initial"); // replaced in place
    CHECK(formatIsoDate(p.baselines[0].entries[0].finish) == "2027-01-07");
    replace->revert(p);
    CHECK(p.baselines == withTwo.baselines);
    add->revert(p);
    REQUIRE(p.baselines.size() == 1);
    CHECK(p.baselines[0].name == "Second");
}

TEST_CASE("Save Baseline through the document is undoable like any edit", "[baseline][commands]")
{
    PlanBuilder b = twoTasks();
    Document doc(b.plan());
    REQUIRE(doc.hasSchedule());
    REQUIRE(doc.execute(saveBaseline(doc.plan(), doc.schedule(), "Initial", day("2027-01-01"))));
    CHECK(doc.plan().baselines.size() == 1);
    CHECK(doc.undoLabel().find("Save Baseline") != std::string::npos);
    doc.undo();
    CHECK(doc.plan().baselines.empty());
}
