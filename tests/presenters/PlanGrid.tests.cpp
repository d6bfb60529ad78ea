// SPDX-License-Identifier: MIT
// The Plan tab's grid, without wx: the outline the Name cell shows, the
// column choice, the status bar's task count, where a new task goes, and the
// edits that used to change something silently (a duration on a finished task,
// a link into a started one, deleting a summary).
#include "commands/TaskEdits.h"
#include "presenters/ColumnChoice.h"
#include "presenters/DeleteQuestion.h"
#include "presenters/HolidayLines.h"
#include "presenters/LinkNotes.h"
#include "presenters/NewTaskPlacement.h"
#include "presenters/PresenterFixtures.h"
#include "presenters/TaskCount.h"
#include "presenters/TaskOutline.h"

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;
using TC = TaskColumn;

namespace {

Plan applied(const Plan& p, CommandResult cmd)
{
    if (!cmd)
        FAIL("refused: " << cmd.error());
    Plan copy = p;
    cmd.value()->apply(copy);
    return copy;
}

} // namespace

TEST_CASE("Name cell outline: level, open and folded triangles, milestone diamond", "[presenters][grid]")
{
    const Plan p = samplePlan();
    const TaskTree tree(p.tasks);
    VisibleRows rows;
    rows.rebuild(p);
    const auto phase = nameCellOutline(p, tree, rows, p.taskIndex("phase"));
    CHECK(phase.level == 0);
    CHECK(phase.mark == OutlineMark::Open);
    const auto a = nameCellOutline(p, tree, rows, p.taskIndex("a"));
    CHECK(a.level == 1);
    CHECK(a.mark == OutlineMark::None);
    CHECK(nameCellOutline(p, tree, rows, p.taskIndex("m")).mark == OutlineMark::Milestone);
    rows.setCollapsed("phase", true);
    CHECK(nameCellOutline(p, tree, rows, p.taskIndex("phase")).mark == OutlineMark::Folded);

    // The name is indented one step per level, after the mark's place.
    CHECK(outlineTextLeft(a) == outlineTextLeft(phase) + kOutlineIndent);
    // Only a summary's triangle folds it.
    CHECK(hitsOutlineTriangle(phase, outlineMarkLeft(phase) + kOutlineMark / 2));
    CHECK_FALSE(hitsOutlineTriangle(phase, outlineTextLeft(phase) + 20));
    CHECK_FALSE(hitsOutlineTriangle(a, outlineMarkLeft(a) + kOutlineMark / 2));
}

TEST_CASE("Task count: counted as the rows are numbered, summaries named apart", "[presenters][grid]")
{
    const Plan p = samplePlan();
    const TaskCount c = countTasks(p);
    CHECK(c.all == 6); // the last row's number (an ID, as in MS Project)
    CHECK(c.summaries == 1);
    CHECK(c.milestones == 1);
    CHECK(taskCountText(c) == "6 tasks (1 summary, 1 milestone)");
    CHECK(taskCountText(countTasks(oneTaskPlan())) == "1 task");
    CHECK(taskCountText(countTasks(Plan{})) == "0 tasks");
}

TEST_CASE("Column choice: every column of the model, the name always, remembered by title", "[presenters][grid]")
{
    ColumnChoice c;
    for (int k = 0; k < ColumnChoice::columnCount(); ++k)
        CHECK(c.shown(static_cast<TC>(k)));
    CHECK(c.toConfig().empty());
    c.setShown(TC::Resources, false);
    c.setShown(TC::Constraint, false);
    c.setShown(TC::Name, false); // refused: the grid needs the name
    CHECK(c.shown(TC::Name));
    CHECK(c.toConfig() == "Resources|Constraint");
    CHECK(ColumnChoice::fromConfig(c.toConfig()) == c);
    // A title no column has any more is forgotten; the name cannot be hidden by hand-editing either.
    const ColumnChoice read = ColumnChoice::fromConfig("Task|No such column||Predecessors");
    CHECK(read.shown(TC::Name));
    CHECK_FALSE(read.shown(TC::Predecessors));
    CHECK(read.shown(TC::Resources));
}

TEST_CASE("A new task starts where the task it is inserted above starts", "[presenters][grid]")
{
    const Plan p = samplePlan();
    const Schedule s = scheduleOf(p);
    CHECK(newTaskStartNoEarlierThan(p, &s, p.taskIndex("c")) == OptDate(day("2027-01-06")));
    CHECK(newTaskStartNoEarlierThan(p, &s, static_cast<int>(p.tasks.size())) == OptDate(day("2027-01-11"))); // after d
    CHECK_FALSE(newTaskStartNoEarlierThan(p, &s, p.taskIndex("a"))); // the project start: no constraint needed
    CHECK_FALSE(newTaskStartNoEarlierThan(p, nullptr, p.taskIndex("c")));
}

TEST_CASE("A task inserted in a later phase no longer stretches the phase back to the status date", "[presenters][grid]")
{
    PlanBuilder b("2027-01-04");
    b.summary("p1");
    b.task("x", 60, 1);
    b.summary("p2");
    b.task("y", 10, 1);
    b.link("x", "y");
    Plan p = b.plan();
    p.info.statusDate = day("2027-01-15");
    const Schedule before = scheduleOf(p);
    const int p2 = p.taskIndex("p2"), y = p.taskIndex("y");
    REQUIRE(before.tasks[static_cast<std::size_t>(p2)].start > day("2027-03-01")); // months after the status date

    Task t;
    t.id = "new";
    t.name = "New task";
    t.durationDays = 1;
    Task placed = t;
    const OptDate snet = newTaskStartNoEarlierThan(p, &before, y);
    REQUIRE(snet);
    placed.constraint = {ConstraintType::StartNoEarlierThan, *snet};

    const Plan withPlaced = applied(p, insertTask(p, y, 1, placed));
    const Schedule after = scheduleOf(withPlaced);
    CHECK(after.tasks[static_cast<std::size_t>(withPlaced.taskIndex("new"))].start == before.tasks[static_cast<std::size_t>(y)].start);
    CHECK(after.tasks[static_cast<std::size_t>(withPlaced.taskIndex("p2"))].start == before.tasks[static_cast<std::size_t>(p2)].start);

    // What an unplaced task did: start at the status date, months before its phase.
    const Plan withBare = applied(p, insertTask(p, y, 1, t));
    const Schedule bare = scheduleOf(withBare);
    CHECK(bare.tasks[static_cast<std::size_t>(withBare.taskIndex("p2"))].start < day("2027-02-01"));
}

TEST_CASE("A task inserted among finished work is said to start after the status date", "[presenters][grid]")
{
    PlanBuilder b("2027-01-04");
    b.summary("p1");
    b.task("x", 5, 1);
    b.task("y", 5, 1);
    b.link("x", "y");
    Plan p = b.plan();
    for (const char* id : {"x", "y"}) {
        Task& done = *p.findTask(id);
        done.percentComplete = 100;
    }
    p.findTask("x")->actualStart = day("2027-01-04");
    p.findTask("x")->actualFinish = day("2027-01-08");
    p.findTask("y")->actualStart = day("2027-01-11");
    p.findTask("y")->actualFinish = day("2027-01-15");
    p.info.statusDate = day("2027-03-01");
    const Schedule before = scheduleOf(p);
    const int y = p.taskIndex("y");
    Task t;
    t.id = "new";
    t.name = "Nouvelle t\u00e2che";
    t.durationDays = 1;
    const OptDate snet = newTaskStartNoEarlierThan(p, &before, y);
    REQUIRE(snet);
    CHECK(*snet == day("2027-01-11"));
    t.constraint = {ConstraintType::StartNoEarlierThan, *snet};
    const Plan after = applied(p, insertTask(p, y, 1, t));
    const Schedule s = scheduleOf(after);
    CHECK(s.tasks[static_cast<std::size_t>(after.taskIndex("new"))].start > day("2027-03-01"));
    const std::string note = newTaskAfterStatusDateNote(after, s, "new", *snet, DateFormat(DateStyle::DayMonthYear));
    CHECK(note.rfind("\"Nouvelle t\u00e2che\" starts 02/03/2027, after the status date 01/03/2027: work not done yet", 0) == 0);
    CHECK(note.find("beside 11/01/2027") != std::string::npos);
    // Where the task starts as wanted, nothing is said.
    CHECK(newTaskAfterStatusDateNote(after, s, "new", day("2027-03-02"), DateFormat()).empty());
}

TEST_CASE("A duration typed on a finished task moves its actual finish with it", "[presenters][grid]")
{
    Plan p = samplePlan();
    Task& a = *p.findTask("a");
    a.actualStart = day("2027-01-04");
    a.actualFinish = day("2027-01-06");
    a.percentComplete = 100;
    {
        const CellFixture f(p);
        auto cmd = commandForEdit(f.ctx, f.row("a"), TC::Duration, "5");
        const Plan after = applied(p, std::move(cmd));
        CHECK(after.findTask("a")->durationDays == 5);
        CHECK(after.findTask("a")->actualFinish == OptDate(day("2027-01-08"))); // Mon 4 .. Fri 8
        const Schedule s = scheduleOf(after);
        CHECK(s.tasks[static_cast<std::size_t>(after.taskIndex("a"))].finish == day("2027-01-08"));
        CHECK(cellText(f.ctx, f.row("a"), TC::Duration) == "3 d");

        // The Finish column says when it finished.
        const Plan byFinish = applied(p, commandForEdit(f.ctx, f.row("a"), TC::Finish, "2027-01-05"));
        CHECK(byFinish.findTask("a")->actualFinish == OptDate(day("2027-01-05")));
        CHECK(byFinish.findTask("a")->durationDays == 2);
    }
    // Finishing after the status date would be finishing in the future: refused, saying why.
    p.info.statusDate = day("2027-01-07");
    const CellFixture f(p);
    auto cmd = commandForEdit(f.ctx, f.row("a"), TC::Duration, "5");
    REQUIRE_FALSE(cmd);
    CHECK(cmd.error().find("after the status date 2027-01-07") != std::string::npos);
}

TEST_CASE("A start typed on a started task becomes its actual start, a finished one keeps its duration", "[presenters][grid]")
{
    Plan p = samplePlan();
    Task& c = *p.findTask("c"); // 5 days
    c.actualStart = day("2027-01-06");
    c.percentComplete = 40;
    Task& a = *p.findTask("a"); // 3 days, finished
    a.actualStart = day("2027-01-04");
    a.actualFinish = day("2027-01-06");
    a.percentComplete = 100;
    {
        const CellFixture f(p);
        const Plan started = applied(p, commandForEdit(f.ctx, f.row("c"), TC::Start, "2027-01-09")); // a Saturday
        CHECK(started.findTask("c")->actualStart == OptDate(day("2027-01-11")));
        CHECK(started.findTask("c")->constraint.type == ConstraintType::AsSoonAsPossible);
        CHECK(scheduleOf(started).tasks[static_cast<std::size_t>(started.taskIndex("c"))].start == day("2027-01-11"));

        const Plan finished = applied(p, commandForEdit(f.ctx, f.row("a"), TC::Start, "2027-01-05"));
        CHECK(finished.findTask("a")->actualStart == OptDate(day("2027-01-05")));
        CHECK(finished.findTask("a")->actualFinish == OptDate(day("2027-01-07")));
    }
    p.info.statusDate = day("2027-01-08");
    const CellFixture f(p);
    auto late = commandForEdit(f.ctx, f.row("c"), TC::Start, "2027-01-12");
    REQUIRE_FALSE(late);
    CHECK(late.error().find("after the status date 2027-01-08") != std::string::npos);
}

TEST_CASE("A link into a task with actual dates is said to move nothing", "[presenters][grid]")
{
    Plan p = samplePlan();
    Task& c = *p.findTask("c");
    c.actualStart = day("2027-01-06");
    c.percentComplete = 40;
    const DateFormat iso(DateStyle::Iso);
    const Schedule before = scheduleOf(p);

    const auto snap = snapshotLinks(p, {"c"});
    Plan linked = applied(p, linkTasks(p, "b", "c")); // b finishes Fri 8: after c's actual start
    const std::string note = ignoredLinkNote(linked, snap, iso);
    CHECK(note.find("task 3 does not move task 5") != std::string::npos);
    CHECK(note.find("started 2027-01-06") != std::string::npos);
    // And it is true: the scheduler keeps the actual start.
    const Schedule after = scheduleOf(linked);
    CHECK(after.tasks[4].start == before.tasks[4].start);

    // A finish-to-finish link still places an unfinished task's finish: nothing to say.
    const Plan ff = applied(p, linkTasks(p, "b", "c", DependencyType::FinishToFinish));
    CHECK(ignoredLinkNote(ff, snap, iso).empty());
    // No actual dates: the link moves the task, nothing to say.
    const Plan plain = applied(samplePlan(), linkTasks(samplePlan(), "b", "c"));
    CHECK(ignoredLinkNote(plain, snapshotLinks(samplePlan(), {"c"}), iso).empty());
    // Finished: every new link is ignored.
    c.actualFinish = day("2027-01-12");
    c.percentComplete = 100;
    const Plan done = applied(p, linkTasks(p, "b", "c", DependencyType::FinishToFinish));
    CHECK_FALSE(ignoredLinkNote(done, snapshotLinks(p, {"c"}), iso).empty());
}

TEST_CASE("Deleting a summary asks first, naming its subtasks", "[presenters][grid]")
{
    const Plan p = samplePlan();
    const TaskTree tree(p.tasks);
    const auto one = deleteSummaryQuestion(p, tree, {"phase"});
    REQUIRE(one);
    CHECK(*one == "\u201cPreparation\u201d is a summary task. Deleting it also deletes its 3 subtasks. Delete them all?");
    CHECK_FALSE(deleteSummaryQuestion(p, tree, {"a", "c"}));
    const auto many = deleteSummaryQuestion(p, tree, {"phase", "c"});
    REQUIRE(many);
    CHECK(many->find("1 summary task, so 5 tasks in all") != std::string::npos);
}

TEST_CASE("A holiday line in another date form is refused with the line and the form expected", "[presenters][grid][holidays]")
{
    const auto r = parseHolidayLines("2027-05-03 Early May bank holiday\n31/05/2027 Spring bank holiday\n");
    REQUIRE_FALSE(r);
    CHECK(r.error() == "line 2 ('31/05/2027 Spring bank holiday'): a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31");
}
