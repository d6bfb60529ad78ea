// SPDX-License-Identifier: MIT
// Grid cells of the sample plan (PresenterFixtures.h): what they show and which
// command typing into them makes.
#include "presenters/PresenterFixtures.h"
#include "presenters/TaskColumns.h"

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;
using TC = TaskColumn;

namespace {

std::string text(const CellFixture& f, const std::string& id, TC c)
{
    return cellText(f.ctx, f.row(id), c);
}

// The task as the command for a typed value would leave it, and the command's label.
std::pair<Task, std::string> typed(const CellFixture& f, const std::string& id, TC c, const std::string& value)
{
    auto cmd = commandForEdit(f.ctx, f.row(id), c, value);
    if (!cmd)
        FAIL("'" << value << "' refused: " << cmd.error());
    Plan copy = f.plan;
    cmd.value()->apply(copy);
    return {*copy.findTask(id), cmd.value()->label()};
}

std::string refused(const CellFixture& f, const std::string& id, TC c, const std::string& value)
{
    auto cmd = commandForEdit(f.ctx, f.row(id), c, value);
    REQUIRE_FALSE(cmd.ok());
    return cmd.error();
}

} // namespace

TEST_CASE("Column titles and widths", "[presenters][columns]")
{
    CHECK(columnTitle(TC::Wbs) == "WBS");
    CHECK(columnTitle(TC::Name) == "Task");
    CHECK(columnTitle(TC::Complete) == "% Done");
    CHECK(columnTitle(TC::Predecessors) == "Predecessors");
    CHECK(columnTitle(TC::Count).empty());
    CHECK(columnWidth(TC::Name) == 280);
    CHECK(columnWidth(TC::Wbs) == 56);
    CHECK(columnWidth(TC::Count) == 80);
}

TEST_CASE("Cell text for every column", "[presenters][columns]")
{
    Plan p = samplePlan();
    p.findTask("c")->constraint = {ConstraintType::StartNoEarlierThan, day("2027-01-06")};
    const CellFixture f(p);
    CHECK(text(f, "phase", TC::Wbs) == "1");
    CHECK(text(f, "m", TC::Wbs) == "1.3");
    CHECK(text(f, "d", TC::Wbs) == "3");
    CHECK(text(f, "a", TC::Name) == "Task a");
    CHECK(text(f, "a", TC::Duration) == "3 d");
    CHECK(text(f, "phase", TC::Duration) == "5 d"); // the scheduled span
    CHECK(text(f, "m", TC::Duration) == "0 d");
    CHECK(text(f, "a", TC::Start) == "2027-01-04");
    CHECK(text(f, "a", TC::Finish) == "2027-01-06");
    CHECK(text(f, "b", TC::Predecessors) == "2");
    CHECK(text(f, "c", TC::Predecessors) == "2SS+2d");
    CHECK(text(f, "d", TC::Predecessors) == "5FF-1d");
    CHECK(text(f, "a", TC::Predecessors).empty());
    CHECK(text(f, "b", TC::Resources) == "Helen [50%]; Bob");
    CHECK(text(f, "a", TC::Complete) == "0 %");
    CHECK(text(f, "phase", TC::Complete) == "0 %"); // rolled up from its subtasks (progress/Progress.h)
    CHECK(text(f, "a", TC::Constraint) == "ASAP");
    CHECK(text(f, "c", TC::Constraint) == "SNET 2027-01-06");
    CHECK(text(f, "a", TC::Count).empty());

    const CellFixture dmy(samplePlan(), DateStyle::DayMonthYear);
    CHECK(text(dmy, "c", TC::Finish) == "12/01/2027");
}

TEST_CASE("Without a schedule, dates and summary spans are blank", "[presenters][columns]")
{
    CellFixture f(samplePlan());
    CellContext noSchedule{f.plan, nullptr, f.calendar, f.tree, f.links, DateFormat(), f.progress};
    CHECK(cellText(noSchedule, 1, TC::Start).empty());
    CHECK(cellText(noSchedule, 1, TC::Finish).empty());
    CHECK(cellText(noSchedule, 0, TC::Duration).empty());
    CHECK(cellText(noSchedule, 1, TC::Duration) == "3 d");
    auto r = commandForEdit(noSchedule, 1, TC::Finish, "2027-01-08");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == "the plan cannot be scheduled, so the finish cannot be set");
}

TEST_CASE("Which cells can be edited", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    const int phase = f.row("phase"), a = f.row("a");
    CHECK_FALSE(cellEditable(f.ctx, a, TC::Wbs));
    for (TC c : {TC::Name, TC::Duration, TC::Start, TC::Finish, TC::Predecessors, TC::Resources, TC::Complete,
                 TC::Constraint})
        CHECK(cellEditable(f.ctx, a, c));
    for (TC c : {TC::Name, TC::Start, TC::Predecessors, TC::Constraint})
        CHECK(cellEditable(f.ctx, phase, c));
    for (TC c : {TC::Duration, TC::Finish, TC::Resources, TC::Complete})
        CHECK_FALSE(cellEditable(f.ctx, phase, c));
}

TEST_CASE("Typing a name or a duration", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    auto [t, label] = typed(f, "a", TC::Name, "  Gap analysis ");
    CHECK(t.name == "Gap analysis");
    CHECK(label == "Rename Task");
    CHECK(refused(f, "a", TC::Name, "   ") == "Cannot change 'Task a': a task needs a name");

    CHECK(typed(f, "a", TC::Duration, "7").first.durationDays == 7);
    CHECK(typed(f, "a", TC::Duration, "7").second == "Change Duration");
    CHECK(typed(f, "a", TC::Duration, "4d").first.durationDays == 4);
    CHECK(typed(f, "a", TC::Duration, " 5 Days ").first.durationDays == 5);
    CHECK(typed(f, "a", TC::Duration, "1 day").first.durationDays == 1);
    CHECK(typed(f, "a", TC::Duration, "2w").first.durationDays == 10);
    CHECK(typed(f, "a", TC::Duration, "3 weeks").first.durationDays == 15);
    const Task zero = typed(f, "a", TC::Duration, "0").first;
    CHECK(zero.milestone);
    CHECK(zero.durationDays == 0);
    CHECK_FALSE(typed(f, "m", TC::Duration, "2").first.milestone);
    CHECK(refused(f, "a", TC::Duration, "3") == "nothing to change");
    CHECK(refused(f, "a", TC::Duration, "abc") ==
          "'abc' is not a duration (type working days like 5 or 5d, or weeks like 2w)");
    CHECK(refused(f, "a", TC::Duration, "-2").find("is not a duration") != std::string::npos);
    CHECK(refused(f, "a", TC::Duration, "1.5d").find("is not a duration") != std::string::npos);
}

TEST_CASE("Typing a start pins the task, typing a finish sets its duration", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    auto [t, label] = typed(f, "c", TC::Start, "2027-01-09"); // a Saturday
    CHECK(label == "Set Start");
    CHECK(t.constraint.type == ConstraintType::StartNoEarlierThan);
    CHECK(formatIsoDate(t.constraint.date) == "2027-01-11");
    CHECK(refused(f, "c", TC::Start, "soon").find("'soon' is not a date") == 0);

    const CellFixture dmy(samplePlan(), DateStyle::DayMonthYear);
    CHECK(formatIsoDate(typed(dmy, "c", TC::Start, "13/01/2027").first.constraint.date) == "2027-01-13");

    auto [fin, finLabel] = typed(f, "a", TC::Finish, "2027-01-08");
    CHECK(finLabel == "Change Finish");
    CHECK(fin.durationDays == 5);
    CHECK(typed(f, "a", TC::Finish, "2027-01-11").first.durationDays == 6); // across the weekend
    CHECK(typed(f, "a", TC::Finish, "2027-01-04").first.durationDays == 1);
    CHECK(refused(f, "a", TC::Finish, "2027-01-03") == "the finish cannot be before the start (2027-01-04)");
}

TEST_CASE("Typing predecessors links, unlinks or edits links", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    auto [more, l1] = typed(f, "d", TC::Predecessors, "5FF-1d; 2");
    CHECK(l1 == "Link Tasks");
    CHECK(more.predecessors == std::vector<Dependency>{{"c", DependencyType::FinishToFinish, -1},
                                                       {"a", DependencyType::FinishToStart, 0}});
    auto [none, l2] = typed(f, "d", TC::Predecessors, "");
    CHECK(l2 == "Unlink Tasks");
    CHECK(none.predecessors.empty());
    auto [changed, l3] = typed(f, "d", TC::Predecessors, "5SS");
    CHECK(l3 == "Edit Links");
    CHECK(changed.predecessors == std::vector<Dependency>{{"c", DependencyType::StartToStart, 0}});
    // Another predecessor in place of c is a new link, whatever the count: a
    // cycle it makes is reported as "Cannot Link Tasks", not "Cannot Unlink Tasks".
    auto [swapped, l4] = typed(f, "d", TC::Predecessors, "2");
    CHECK(l4 == "Link Tasks");
    CHECK(swapped.predecessors == std::vector<Dependency>{{"a", DependencyType::FinishToStart, 0}});
    CHECK(refused(f, "d", TC::Predecessors, "9") == "there is no row 9");
    CHECK(refused(f, "d", TC::Predecessors, "5FF-1d") == "nothing to change");
}

TEST_CASE("Typing resources with units", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    auto [t, label] = typed(f, "c", TC::Resources, "Helen[50%]; Bob");
    CHECK(label == "Assign Resources");
    CHECK(t.assignments == std::vector<Assignment>{{"helen", 50}, {"bob", 100}});
    CHECK(typed(f, "c", TC::Resources, " helen [ 25 ] , bob").first.assignments ==
          std::vector<Assignment>{{"helen", 25}, {"bob", 100}});
    CHECK(typed(f, "b", TC::Resources, "").first.assignments.empty());

    const Plan& p = f.plan;
    CHECK(parseResources(p, "bob")->front().resource == "bob"); // ids work too
    CHECK(parseResources(p, "Helen[150%]")->front().units == 150);
    CHECK(parseResources(p, "Zed").error() == "there is no resource called 'Zed'");
    CHECK(parseResources(p, "Helen; HELEN").error() == "Helen is listed twice");
    CHECK(parseResources(p, "Helen[0%]").error() ==
          "units in 'Helen[0%]' must be a percentage from 1 to 1000, like [50%]");
    CHECK(parseResources(p, "Helen[half]").error() ==
          "units in 'Helen[half]' must be a percentage from 1 to 1000, like [50%]");

    // What is shown can be typed back.
    const Task& b = *p.findTask("b");
    CHECK(formatResources(p, b) == "Helen [50%]; Bob");
    CHECK(parseResources(p, formatResources(p, b)).value() == b.assignments);
    Task unknown;
    unknown.assignments = {{"ghost", 100}};
    CHECK(formatResources(p, unknown) == "ghost");
}

TEST_CASE("Typing progress records actual dates", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    auto [half, label] = typed(f, "a", TC::Complete, "50");
    CHECK(label == "Mark Progress");
    CHECK(half.percentComplete == 50);
    CHECK(formatIsoDate(half.actualStart) == "2027-01-04");
    CHECK_FALSE(half.actualFinish.has_value());
    const Task done = typed(f, "a", TC::Complete, "100 %").first;
    CHECK(formatIsoDate(done.actualStart) == "2027-01-04");
    CHECK(formatIsoDate(done.actualFinish) == "2027-01-06");
    CHECK(refused(f, "a", TC::Complete, "101") == "'101' is not a percentage from 0 to 100");
    CHECK(refused(f, "a", TC::Complete, "lots") == "'lots' is not a percentage from 0 to 100");

    // Going back clears the dates that no longer hold.
    Plan p = samplePlan();
    Task& a = *p.findTask("a");
    a.percentComplete = 100;
    a.actualStart = day("2027-01-05");
    a.actualFinish = day("2027-01-07");
    const CellFixture finished(p);
    const Task partly = typed(finished, "a", TC::Complete, "40%").first;
    CHECK(formatIsoDate(partly.actualStart) == "2027-01-05"); // kept: history
    CHECK_FALSE(partly.actualFinish.has_value());
    const Task notStarted = typed(finished, "a", TC::Complete, "0").first;
    CHECK_FALSE(notStarted.actualStart.has_value());
    CHECK_FALSE(notStarted.actualFinish.has_value());
}

TEST_CASE("Typing a constraint", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    auto [t, label] = typed(f, "c", TC::Constraint, "fnlt 2027-02-26");
    CHECK(label == "Set Constraint");
    CHECK(t.constraint == Constraint{ConstraintType::FinishNoLaterThan, day("2027-02-26")});
    CHECK(typed(f, "c", TC::Constraint, "ALAP").first.constraint.type == ConstraintType::AsLateAsPossible);
    CHECK(refused(f, "c", TC::Constraint, "") == "nothing to change"); // blank is ASAP, which it already is
    CHECK(refused(f, "c", TC::Constraint, "MSO") == "MSO needs a date, like MSO 2027-03-15");
    CHECK(refused(f, "c", TC::Constraint, "soon 2027-01-01") ==
          "'SOON' is not a constraint; use ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO or MFO");

    const DateFormat named(DateStyle::DayMonthName);
    CHECK(parseConstraint("MFO 15 Mar 2027", named).value() ==
          Constraint{ConstraintType::MustFinishOn, Date(2027, 3, 15)});
    CHECK(parseConstraint(" ", named).value() == Constraint{});
    CHECK(parseConstraint("SNET 31 Feb 2027", named).error().find("February 2027 has 28 days") != std::string::npos);
    CHECK(formatConstraint({ConstraintType::MustFinishOn, Date(2027, 3, 15)}, named) == "MFO 15 Mar 2027");
    CHECK(formatConstraint({}, named) == "ASAP");
    // Every constraint shown can be typed back.
    const DateFormat dmy(DateStyle::DayMonthYear);
    for (int k = 0; k < 8; ++k) {
        const auto type = static_cast<ConstraintType>(k);
        const Constraint c{type, constraintNeedsDate(type) ? OptDate(Date(2027, 6, 1)) : std::nullopt};
        CHECK(parseConstraint(formatConstraint(c, dmy), dmy).value() == c);
    }
}

TEST_CASE("Cells that cannot be edited refuse typed values", "[presenters][columns]")
{
    const CellFixture f(samplePlan());
    CHECK(refused(f, "a", TC::Wbs, "9") == "this column cannot be edited");
    CHECK(refused(f, "phase", TC::Duration, "4") == "a summary task's duration comes from its subtasks");
    CHECK(refused(f, "phase", TC::Complete, "50") == "a summary task's % done comes from its subtasks");
    CHECK(refused(f, "phase", TC::Finish, "2027-02-01") == "a summary task's finish comes from its subtasks");
    CHECK(typed(f, "phase", TC::Name, "Phase 1").first.name == "Phase 1");
}

TEST_CASE("A finished task's Duration is the working days its actual dates span, as the CLI's DAYS", "[presenters][columns]")
{
    Plan p = samplePlan();
    Task& a = *p.findTask("a"); // planned 3 days
    a.actualStart = Date(2027, 1, 4);
    a.actualFinish = Date(2027, 1, 11); // Monday to next Monday: 6 working days
    a.percentComplete = 100;
    const CellFixture f(p);
    CHECK(text(f, "a", TC::Duration) == "6 d");
    CHECK(f.schedule.tasks[static_cast<std::size_t>(f.row("a"))].durationDays == 6);
    // Not finished: the planned duration.
    CHECK(text(f, "c", TC::Duration) == "5 d");
}
