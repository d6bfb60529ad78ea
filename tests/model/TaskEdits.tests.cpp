// SPDX-License-Identifier: MIT
// Every task edit, applied through a Document, then undone and redone: undo must
// give back the plan byte for byte (compared as saved XML, which covers every
// field) and redo must give back exactly the edited plan.
#include "commands/TaskEdits.h"
#include "io/PlanReader.h"
#include "presenters/PresenterFixtures.h"

using namespace certplan;
using namespace certplan::test;

namespace {

std::vector<std::string> ids(const Plan& p)
{
    std::vector<std::string> out;
    for (const auto& t : p.tasks)
        out.push_back(t.id);
    return out;
}

std::vector<int> levels(const Plan& p)
{
    std::vector<int> out;
    for (const auto& t : p.tasks)
        out.push_back(t.level);
    return out;
}

// Runs the edit on a document holding `start`, checks the undo label and that
// undo/redo restore both states exactly; returns the edited plan.
Plan applyUndoRedo(const Plan& start, CommandResult edit, const std::string& label)
{
    Document doc(start);
    const std::string before = planText(doc.plan());
    auto done = doc.execute(std::move(edit));
    if (!done)
        FAIL("edit refused: " << done.error());
    const Plan edited = doc.plan();
    const std::string after = planText(edited);
    CHECK(after != before);
    CHECK(doc.undoLabel() == label);
    CHECK_FALSE(doc.canRedo());

    doc.undo();
    CHECK(doc.plan() == start);
    CHECK(planText(doc.plan()) == before);
    CHECK_FALSE(doc.canUndo());
    CHECK(doc.redoLabel() == label);

    doc.redo();
    CHECK(doc.plan() == edited);
    CHECK(planText(doc.plan()) == after);
    CHECK(doc.undoLabel() == label);

    // A second round proves apply/revert do not depend on having run only once.
    doc.undo();
    CHECK(planText(doc.plan()) == before);
    doc.redo();
    CHECK(planText(doc.plan()) == after);
    return edited;
}

std::string refusal(CommandResult r)
{
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("Insert after a task puts a sibling below its subtree", "[commands][edits]")
{
    const Plan p = samplePlan();
    Task t;
    t.id = "new";
    t.name = "New task";
    t.durationDays = 4;
    const Plan after = applyUndoRedo(p, insertTaskAfter(p, "a", t), "Insert Task");
    CHECK(ids(after) == std::vector<std::string>{"phase", "a", "new", "b", "m", "c", "d"});
    CHECK(after.tasks[2].level == 1);

    // After a summary: below its whole subtree, at its level.
    const Plan afterPhase = applyUndoRedo(p, insertTaskAfter(p, "phase", t), "Insert Task");
    CHECK(ids(afterPhase) == std::vector<std::string>{"phase", "a", "b", "m", "new", "c", "d"});
    CHECK(afterPhase.tasks[4].level == 0);

    // No anchor: appended at the top level.
    const Plan appended = applyUndoRedo(p, insertTaskAfter(p, "", t), "Insert Task");
    CHECK(appended.tasks.back().id == "new");
    CHECK(appended.tasks.back().level == 0);
}

TEST_CASE("Insert clamps the level to what the outline allows", "[commands][edits]")
{
    const Plan p = samplePlan();
    Task t;
    t.name = "Clamped";
    t.durationDays = 1;
    // Before m (index 3): the task above (b) is at level 1, so at most level 2.
    Plan after = applyUndoRedo(p, insertTask(p, 3, 7, t), "Insert Task");
    CHECK(after.tasks[3].level == 2);
    // Before c (index 4): the task above is the milestone m, which takes no subtasks.
    after = applyUndoRedo(p, insertTask(p, 4, 7, t), "Insert Task");
    CHECK(after.tasks[4].level == 1);
    // At the very top nothing can be deeper than level 0.
    after = applyUndoRedo(p, insertTask(p, 0, 3, t), "Insert Task");
    CHECK(after.tasks[0].level == 0);
    // Negative levels and positions past the end are clamped too.
    after = applyUndoRedo(p, insertTask(p, 99, -2, t, "Add Task"), "Add Task");
    CHECK(after.tasks.back().level == 0);
}

TEST_CASE("Inserted tasks get a fresh id unless one is given, and are checked", "[commands][edits]")
{
    Plan p = samplePlan();
    Task t;
    t.name = "Fresh";
    CHECK(uniqueTaskId(p) == "t1");
    p.tasks[1].id = "t7"; // only ids of the form prefix+digits count
    p.tasks[2].id = "t2x";
    CHECK(uniqueTaskId(p) == "t8");
    CHECK(uniqueTaskId(p, "m") == "m1"); // "m" alone is not prefix+digits

    const Plan q = samplePlan();
    const Plan after = applyUndoRedo(q, insertTask(q, 6, 0, t), "Insert Task");
    CHECK(after.tasks.back().id == "t1");

    Task dup = t;
    dup.id = "a";
    CHECK(refusal(insertTask(q, 0, 0, dup)) == "a task with id 'a' already exists");
    Task unnamed;
    CHECK(refusal(insertTask(q, 0, 0, unnamed)) == "Cannot insert the task: a task needs a name");
    CHECK(refusal(insertTaskAfter(q, "nope", t)) == "there is no task 'nope'");
}

TEST_CASE("Delete removes a summary with its subtree and the links into it", "[commands][edits]")
{
    const Plan p = samplePlan();
    const Plan after = applyUndoRedo(p, deleteTasks(p, {"phase"}), "Delete Tasks");
    CHECK(ids(after) == std::vector<std::string>{"c", "d"});
    CHECK(after.findTask("c")->predecessors.empty()); // its SS link to a went with a
    REQUIRE(after.findTask("d")->predecessors.size() == 1);
    CHECK(after.findTask("d")->predecessors[0].predecessor == "c");
}

TEST_CASE("Delete of one task repairs its successors", "[commands][edits]")
{
    const Plan p = samplePlan();
    const Plan after = applyUndoRedo(p, deleteTasks(p, {"b"}), "Delete Task");
    CHECK(ids(after) == std::vector<std::string>{"phase", "a", "m", "c", "d"});
    CHECK(after.findTask("m")->predecessors.empty());
}

TEST_CASE("Delete of separate tasks restores each in place on undo", "[commands][edits]")
{
    const Plan p = samplePlan();
    // Two blocks (a at 1, c at 4) and two survivors whose links change (b, d).
    const Plan after = applyUndoRedo(p, deleteTasks(p, {"c", "a"}), "Delete Tasks");
    CHECK(ids(after) == std::vector<std::string>{"phase", "b", "m", "d"});
    CHECK(after.findTask("b")->predecessors.empty());
    CHECK(after.findTask("d")->predecessors.empty());
    // A task named together with its own ancestor is deleted once.
    const Plan nested = applyUndoRedo(p, deleteTasks(p, {"a", "phase"}), "Delete Tasks");
    CHECK(ids(nested) == std::vector<std::string>{"c", "d"});
}

TEST_CASE("Delete clears audit links to the deleted task and undo restores them", "[commands][edits]")
{
    Plan p = samplePlan();
    Audit a;
    a.id = "a-stage1";
    a.task = "c";
    Audit other;
    other.id = "a-stage2";
    other.task = "d";
    p.audits = {a, other};
    Document doc(p);
    auto cmd = must(deleteTasks(p, {"c"}));
    CHECK(cmd->changes().certification);
    REQUIRE(doc.execute(std::move(cmd)));
    CHECK(doc.plan().audits[0].task.empty());
    CHECK(doc.plan().audits[1].task == "d");
    doc.undo();
    CHECK(doc.plan() == p);
    doc.redo();
    CHECK(doc.plan().audits[0].task.empty());
}

TEST_CASE("Delete refuses unknown tasks and an empty selection", "[commands][edits]")
{
    const Plan p = samplePlan();
    CHECK(refusal(deleteTasks(p, {})) == "no task selected");
    CHECK(refusal(deleteTasks(p, {"a", "ghost"})) == "there is no task 'ghost'");
}

TEST_CASE("Indent puts a task with its subtree under the sibling above", "[commands][edits]")
{
    const Plan p = samplePlan();
    Plan after = applyUndoRedo(p, indentTask(p, "c"), "Indent Task");
    CHECK(levels(after) == std::vector<int>{0, 1, 1, 1, 1, 0});
    TaskTree tree(after.tasks);
    CHECK(tree.parent(4) == 0);

    // Indenting a summary moves its children along.
    Plan nested = samplePlan();
    nested.tasks.insert(nested.tasks.begin(), plainTask("first", "First", 0, 1));
    after = applyUndoRedo(nested, indentTask(nested, "phase"), "Indent Task");
    CHECK(levels(after) == std::vector<int>{0, 1, 2, 2, 2, 0, 0});
}

TEST_CASE("Indent is refused for a first child and under a milestone", "[commands][edits]")
{
    const Plan p = samplePlan();
    CHECK(refusal(indentTask(p, "a")) ==
          "Cannot indent 'Task a': there is no task above it at the same level to go under");
    CHECK(refusal(indentTask(p, "phase")).find("no task above it") != std::string::npos);
    PlanBuilder b;
    b.milestone("kick").name = "Kick-off";
    b.task("x", 2);
    CHECK(refusal(indentTask(b.plan(), "x")) == "Cannot indent 'Task x' under the milestone 'Kick-off'");
    CHECK(refusal(indentTask(p, "ghost")) == "there is no task 'ghost'");
}

TEST_CASE("Outdent lifts a task with its subtree, later siblings become its children", "[commands][edits]")
{
    Plan p = samplePlan();
    // m depends on b; as b's child that link would tie a summary to its own subtask.
    Document doc(p);
    auto refused = doc.execute(outdentTask(p, "b"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().rfind("Cannot Outdent Task: task 'Task m' (m) is linked to 'Task b' (b)", 0) == 0);
    CHECK(doc.plan() == p);

    p.findTask("m")->predecessors.clear();
    const Plan after = applyUndoRedo(p, outdentTask(p, "b"), "Outdent Task");
    CHECK(levels(after) == std::vector<int>{0, 1, 0, 1, 0, 0});
    TaskTree tree(after.tasks);
    CHECK(tree.parent(3) == 2); // m now sits under b
    CHECK(refusal(outdentTask(p, "c")) == "Cannot outdent 'Task c': it is already at the top level");
}

TEST_CASE("Move up and down swap a task's subtree with its neighbouring sibling", "[commands][edits]")
{
    const Plan p = samplePlan();
    Plan after = applyUndoRedo(p, moveTaskUp(p, "c"), "Move Task Up");
    CHECK(ids(after) == std::vector<std::string>{"c", "phase", "a", "b", "m", "d"});
    CHECK(levels(after) == std::vector<int>{0, 0, 1, 1, 1, 0});

    after = applyUndoRedo(p, moveTaskDown(p, "phase"), "Move Task Down");
    CHECK(ids(after) == std::vector<std::string>{"c", "phase", "a", "b", "m", "d"});

    after = applyUndoRedo(p, moveTaskDown(p, "a"), "Move Task Down");
    CHECK(ids(after) == std::vector<std::string>{"phase", "b", "a", "m", "c", "d"});

    // Links are by id, so moving keeps them.
    CHECK(after.findTask("b")->predecessors == p.findTask("b")->predecessors);

    CHECK(refusal(moveTaskUp(p, "a")) == "Cannot move 'Task a' up: it is already first");
    CHECK(refusal(moveTaskDown(p, "m")) == "Cannot move 'Task m' down: it is already last");
    CHECK(refusal(moveTaskDown(p, "d")) == "Cannot move 'Task d' down: it is already last");
}

TEST_CASE("Link and unlink add and remove one dependency", "[commands][edits]")
{
    const Plan p = samplePlan();
    Plan after = applyUndoRedo(p, linkTasks(p, "a", "d", DependencyType::StartToFinish, 3), "Link Tasks");
    const auto& preds = after.findTask("d")->predecessors;
    REQUIRE(preds.size() == 2);
    CHECK(preds[1] == Dependency{"a", DependencyType::StartToFinish, 3});

    after = applyUndoRedo(p, unlinkTasks(p, "a", "b"), "Unlink Tasks");
    CHECK(after.findTask("b")->predecessors.empty());

    CHECK(refusal(linkTasks(p, "a", "b")) == "'Task b' already depends on 'Task a'");
    CHECK(refusal(linkTasks(p, "a", "a")) == "a task cannot depend on itself");
    CHECK(refusal(linkTasks(p, "a", "ghost")) == "both tasks must exist to link them");
    CHECK(refusal(unlinkTasks(p, "b", "a")) == "these tasks are not linked");
}

TEST_CASE("A link that would close a cycle is refused and changes nothing", "[commands][edits][document]")
{
    const Plan p = samplePlan();
    Document doc(p);
    CountingListener listener;
    doc.addListener(&listener);
    REQUIRE(doc.execute(linkTasks(doc.plan(), "a", "d")));
    REQUIRE(listener.count == 1);
    const std::string before = planText(doc.plan());
    const Date finishBefore = doc.schedule().finish;

    // d depends on c, c on a: a depending on d closes the loop.
    auto refused = doc.execute(linkTasks(doc.plan(), "d", "a"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().rfind("Cannot Link Tasks: it would create a dependency cycle", 0) == 0);
    CHECK(planText(doc.plan()) == before);
    CHECK(doc.undoLabel() == "Link Tasks");
    CHECK_FALSE(doc.canRedo());
    CHECK(listener.count == 1);
    REQUIRE(doc.hasSchedule());
    CHECK(doc.schedule().finish == finishBefore);

    // The refused edit left no trace: one undo goes back to the start.
    doc.undo();
    CHECK(doc.plan() == p);
    CHECK_FALSE(doc.canUndo());
}

TEST_CASE("Field edits: duration, name, progress, constraint, resources", "[commands][edits]")
{
    const Plan p = samplePlan();
    Task t = *p.findTask("c");

    SECTION("duration")
    {
        t.durationDays = 8;
        const Plan after = applyUndoRedo(p, editTask(p, t, "Change Duration"), "Change Duration");
        CHECK(after.findTask("c")->durationDays == 8);
    }
    SECTION("name")
    {
        t.name = "Renamed";
        const Plan after = applyUndoRedo(p, editTask(p, t), "Edit Task");
        CHECK(after.findTask("c")->name == "Renamed");
    }
    SECTION("progress")
    {
        t.percentComplete = 60;
        t.actualStart = day("2027-01-06");
        const Plan after = applyUndoRedo(p, editTask(p, t, "Mark Progress"), "Mark Progress");
        CHECK(after.findTask("c")->percentComplete == 60);
    }
    SECTION("constraint")
    {
        t.constraint = {ConstraintType::MustStartOn, day("2027-02-01")};
        const Plan after = applyUndoRedo(p, editTask(p, t, "Set Constraint"), "Set Constraint");
        CHECK(after.findTask("c")->constraint.type == ConstraintType::MustStartOn);
    }
    SECTION("resources")
    {
        t.assignments = {{"bob", 25}, {"helen", 100}};
        const Plan after = applyUndoRedo(p, editTask(p, t, "Assign Resources"), "Assign Resources");
        CHECK(after.findTask("c")->assignments.size() == 2);
    }
    SECTION("the level cannot be changed through a field edit")
    {
        t.level = 3;
        t.name = "Deeper?";
        const Plan after = applyUndoRedo(p, editTask(p, t), "Edit Task");
        CHECK(after.findTask("c")->level == 0);
    }
}

TEST_CASE("Field edits are checked before they become commands", "[commands][edits]")
{
    const Plan p = samplePlan();
    Task t = *p.findTask("c");
    CHECK(refusal(editTask(p, t)) == "nothing to change");
    Task bad = t;
    bad.percentComplete = 101;
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': percent complete is a whole number from 0 to 100");
    bad = t;
    bad.durationDays = -1;
    CHECK(refusal(editTask(p, bad)) ==
          "Cannot change 'Task c': a duration is a whole number of working days from 0 to 109573");
    bad = t;
    bad.constraint = {ConstraintType::FinishNoLaterThan, std::nullopt};
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': the constraint 'Finish no later than' needs a date");
    bad = t;
    bad.assignments = {{"nobody", 100}};
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': there is no resource 'nobody'");
    bad.assignments = {{"bob", 50}, {"bob", 50}};
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': resource 'bob' is assigned twice");
    bad.assignments = {{"bob", 0}};
    CHECK(refusal(editTask(p, bad)) ==
          "Cannot change 'Task c': assignment units are a whole number of percent from 1 to 1000");
    bad = t;
    bad.actualStart = day("2027-01-08");
    bad.actualFinish = day("2027-01-07");
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': the actual finish is before the actual start");
    bad = t;
    bad.predecessors.push_back({"ghost", DependencyType::FinishToStart, 0});
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': there is no task 'ghost' to depend on");
    bad = t;
    bad.id = "ghost";
    CHECK(refusal(editTask(p, bad)) == "there is no task 'ghost'");
}

TEST_CASE("Edits are held to the limits the file loader applies", "[commands][edits][limits]")
{
    const Plan p = samplePlan();
    const Task t = *p.findTask("c");
    Task bad = t;
    bad.durationDays = 109574;
    CHECK(refusal(editTask(p, bad)) ==
          "Cannot change 'Task c': a duration is a whole number of working days from 0 to 109573");
    bad.durationDays = 109573;
    CHECK(editTask(p, bad));
    bad = t;
    bad.deadline = Date(1949, 12, 31);
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': the deadline 1949-12-31 is not a date from 1950-01-01 "
                                       "to 2249-12-31");
    bad = t;
    bad.actualStart = Date(2250, 1, 1);
    CHECK(refusal(editTask(p, bad)) == "Cannot change 'Task c': the actual start 2250-01-01 is not a date from "
                                       "1950-01-01 to 2249-12-31");
    bad = t;
    bad.assignments = {{"bob", 1001}};
    CHECK(refusal(editTask(p, bad)) ==
          "Cannot change 'Task c': assignment units are a whole number of percent from 1 to 1000");
    bad = t;
    bad.predecessors = {{"a", DependencyType::FinishToStart, -109574}};
    CHECK(refusal(editTask(p, bad)) ==
          "Cannot change 'Task c': a lag is a whole number of working days from -109573 to 109573");
    CHECK(refusal(linkTasks(p, "c", "b", DependencyType::StartToStart, 200000)) ==
          "Cannot link to 'Task b': a lag is a whole number of working days from -109573 to 109573");
}

TEST_CASE("Command change sets say what the edit touched", "[commands][edits]")
{
    const Plan p = samplePlan();
    Task t = *p.findTask("c");
    t.name = "x";
    ChangeSet c = must(editTask(p, t))->changes();
    CHECK(c.tasks);
    CHECK_FALSE(c.structure);
    CHECK(c.taskIds == std::vector<std::string>{"c"});
    CHECK_FALSE(c.checklists);
    t.requirement = "r-1";
    c = must(editTask(p, t))->changes();
    CHECK(c.checklists);
    CHECK_FALSE(c.certification);

    c = must(indentTask(p, "c"))->changes();
    CHECK(c.structure);
    c = must(moveTaskUp(p, "c"))->changes();
    CHECK(c.structure);
    c = must(deleteTasks(p, {"c"}))->changes();
    CHECK(c.structure);
    CHECK_FALSE(c.certification);
    Task n;
    n.id = "n";
    n.name = "n";
    c = must(insertTask(p, 0, 0, n))->changes();
    CHECK(c.structure);
    CHECK(c.taskIds == std::vector<std::string>{"n"});
}

TEST_CASE("A macro applies its parts in order and reverts them in reverse", "[commands][macro]")
{
    const Plan p = samplePlan();
    Document doc(p);
    // Each part is built against the plan as it will be when it runs.
    Plan scratch = p;
    auto macro = std::make_unique<MacroCommand>("Link Tasks");
    CHECK(macro->empty());
    for (auto [pred, succ] : {std::pair{"a", "d"}, std::pair{"m", "d"}}) {
        auto part = must(linkTasks(scratch, pred, succ));
        part->apply(scratch);
        macro->add(std::move(part));
    }
    CHECK_FALSE(macro->empty());
    const ChangeSet changes = macro->changes();
    CHECK(changes.taskIds == std::vector<std::string>{"d", "d"});
    REQUIRE(doc.execute(std::move(macro)));
    CHECK(doc.plan() == scratch);
    CHECK(doc.plan().findTask("d")->predecessors.size() == 3);
    CHECK(doc.undoLabel() == "Link Tasks");
    doc.undo();
    CHECK(doc.plan() == p);
    doc.redo();
    CHECK(doc.plan() == scratch);
}

TEST_CASE("Repeated nudges of one task merge, separate links stay separate", "[commands][merge]")
{
    const Plan p = samplePlan();
    Document doc(p);
    Task t = *doc.plan().findTask("c");
    t.constraint = {ConstraintType::StartNoEarlierThan, day("2027-01-11")};
    REQUIRE(doc.execute(editTask(doc.plan(), t, "Move Task")));
    t.constraint.date = day("2027-01-12");
    REQUIRE(doc.execute(editTask(doc.plan(), t, "Move Task")));
    CHECK(doc.plan().findTask("c")->constraint.date == day("2027-01-12"));
    doc.undo(); // both nudges in one step
    CHECK(doc.plan() == p);
    CHECK_FALSE(doc.canUndo());

    // Two links into the same task are two decisions: each has its own undo.
    REQUIRE(doc.execute(linkTasks(doc.plan(), "a", "d")));
    REQUIRE(doc.execute(linkTasks(doc.plan(), "m", "d")));
    CHECK(doc.plan().findTask("d")->predecessors.size() == 3);
    doc.undo();
    CHECK(doc.plan().findTask("d")->predecessors.size() == 2);
    CHECK(doc.plan().findTask("d")->findPredecessor("a") != nullptr);
    CHECK(doc.canUndo());
    doc.undo();
    CHECK(doc.plan() == p);

    // Nudges of different tasks never merge.
    Task a = *doc.plan().findTask("a");
    a.constraint = {ConstraintType::StartNoEarlierThan, day("2027-01-05")};
    REQUIRE(doc.execute(editTask(doc.plan(), a, "Move Task")));
    REQUIRE(doc.execute(editTask(doc.plan(), t, "Move Task")));
    doc.undo();
    CHECK(doc.plan().findTask("a")->constraint.type == ConstraintType::StartNoEarlierThan);
    CHECK(doc.plan().findTask("c")->constraint.type == ConstraintType::AsSoonAsPossible);
}

TEST_CASE("A save between two nudges keeps them apart so the saved state stays reachable", "[commands][merge]")
{
    const Plan p = samplePlan();
    Document doc(p);
    Task t = *doc.plan().findTask("c");
    t.constraint = {ConstraintType::StartNoEarlierThan, day("2027-01-11")};
    REQUIRE(doc.execute(editTask(doc.plan(), t, "Move Task")));
    doc.markSaved();
    const Plan saved = doc.plan();
    t.constraint.date = day("2027-01-12");
    REQUIRE(doc.execute(editTask(doc.plan(), t, "Move Task")));
    CHECK(doc.isModified());
    doc.undo();
    CHECK(doc.plan() == saved);
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("Deleting the target task leaves a plan that saves and opens again", "[commands][edits]")
{
    Plan p = samplePlan();
    p.info.direction = PlanningDirection::Backward;
    p.info.target = day("2027-02-26");
    p.info.targetTask = "m";
    Audit audit;
    audit.id = "a-stage1";
    audit.task = "c";
    p.audits = {audit};
    p.baselines = {{"Initial", day("2027-01-04"), {{"m", day("2027-01-08"), day("2027-01-08"), 0}}}};
    REQUIRE(readPlanText(writePlanToString(p), "before.certplan").ok());

    // Whatever is deleted, what is saved afterwards must load.
    for (const auto& t : p.tasks) {
        INFO("deleting " << t.id);
        Document doc(p);
        REQUIRE(doc.execute(deleteTasks(doc.plan(), {t.id})));
        auto reread = readPlanText(writePlanToString(doc.plan()), "after.certplan");
        if (!reread)
            FAIL(reread.error().format());
        CHECK(reread->plan == doc.plan());
        doc.undo();
        CHECK(doc.plan() == p);
    }

    Document doc(p);
    auto cmd = must(deleteTasks(doc.plan(), {"m"}));
    CHECK(cmd->changes().info);
    REQUIRE(doc.execute(std::move(cmd)));
    CHECK(doc.plan().info.targetTask.empty());
    CHECK(doc.plan().info.target == p.info.target); // the date still binds the whole plan
    REQUIRE(doc.hasSchedule());
    doc.undo();
    CHECK(doc.plan().info.targetTask == "m");
    doc.redo();
    CHECK(doc.plan().info.targetTask.empty());
    CHECK_FALSE(must(deleteTasks(p, {"c"}))->changes().info);
}

TEST_CASE("No edit puts tasks under a milestone", "[commands][edits]")
{
    // kick-off (milestone), then two tasks at the same level.
    PlanBuilder b;
    b.summary("phase");
    b.milestone("kick", 1).name = "Kick-off";
    b.task("x", 2, 1);
    const Plan p = b.plan();

    // Outdenting the milestone would make x its subtask.
    CHECK(refusal(outdentTask(p, "kick")) ==
          "Cannot outdent 'Kick-off': the tasks below it would go under the milestone");
    // A milestone with nothing after it at its level can be outdented.
    PlanBuilder last;
    last.summary("phase");
    last.task("x", 2, 1);
    last.milestone("kick", 1);
    const Plan q = last.plan();
    CHECK(applyUndoRedo(q, outdentTask(q, "kick"), "Outdent Task").tasks[2].level == 0);

    // A task inserted right below a milestone stays at the milestone's level.
    Task t;
    t.id = "new";
    t.name = "New";
    t.durationDays = 1;
    const Plan after = applyUndoRedo(p, insertTask(p, 2, 2, t), "Insert Task");
    CHECK(after.tasks[2].id == "new");
    CHECK(after.tasks[2].level == 1);
    CHECK_FALSE(TaskTree(after.tasks).isSummary(1));
}

TEST_CASE("Links from the grid that break the network are refused with the reason", "[commands][edits]")
{
    const Plan p = samplePlan();
    Document doc(p);
    Task d = *doc.plan().findTask("d");
    d.predecessors.push_back({"d", DependencyType::FinishToStart, 0});
    auto self = doc.execute(editTask(doc.plan(), d, "Link Tasks"));
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().rfind("Cannot Link Tasks: ", 0) == 0);
    Task a = *doc.plan().findTask("a");
    a.predecessors.push_back({"phase", DependencyType::FinishToStart, 0});
    auto intoParent = doc.execute(editTask(doc.plan(), a, "Link Tasks"));
    REQUIRE_FALSE(intoParent.ok());
    CHECK(intoParent.error().find("one contains the other") != std::string::npos);
    CHECK(doc.plan() == p);
    CHECK_FALSE(doc.canUndo());
}
