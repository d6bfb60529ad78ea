// SPDX-License-Identifier: MIT
// Document: one notification per change, a schedule that is never stale, and the
// modified flag that follows saves through undo and redo.
#include "commands/TaskEdits.h"
#include "presenters/PresenterFixtures.h"
#include "ThrowingCommand.h"

using namespace certplan;
using namespace certplan::test;

namespace {

CommandResult longer(const Document& doc, const std::string& id, int days)
{
    Task t = *doc.plan().findTask(id);
    t.durationDays = days;
    return editTask(doc.plan(), t, "Change Duration");
}

// Removes itself from the document the first time it hears of a change.
class OneShotListener : public PlanListener {
public:
    explicit OneShotListener(Document& d) : doc(d) {}
    void planChanged(const ChangeSet&) override
    {
        ++count;
        doc.removeListener(this);
    }
    Document& doc;
    int count = 0;
};

} // namespace

TEST_CASE("A document schedules its plan when it opens", "[document]")
{
    Document doc(samplePlan(), "/plans/sample.certplan");
    CHECK(doc.path() == "/plans/sample.certplan");
    REQUIRE(doc.hasSchedule());
    CHECK(doc.scheduleError().empty());
    CHECK(formatIsoDate(doc.schedule().finish) == "2027-01-12");
    CHECK_FALSE(doc.isModified());
    CHECK_FALSE(doc.canUndo());

    Document empty;
    CHECK(empty.plan().tasks.empty());
    CHECK(empty.path().empty());
}

TEST_CASE("Each command, undo and redo notifies listeners exactly once", "[document]")
{
    Document doc(samplePlan());
    CountingListener a, b;
    doc.addListener(&a);
    doc.addListener(&b);

    REQUIRE(doc.execute(longer(doc, "c", 7)));
    CHECK(a.count == 1);
    CHECK(b.count == 1);
    CHECK(a.last.tasks);
    CHECK(a.last.taskIds == std::vector<std::string>{"c"});

    REQUIRE(doc.execute(indentTask(doc.plan(), "c")));
    CHECK(a.count == 2);
    CHECK(a.last.structure);

    doc.undo();
    CHECK(a.count == 3);
    CHECK(a.last.structure);
    doc.redo();
    CHECK(a.count == 4);

    // Nothing to redo: no change, no notification.
    doc.redo();
    CHECK(a.count == 4);
    doc.undo();
    doc.undo();
    doc.undo(); // history exhausted
    CHECK(a.count == 6);

    doc.removeListener(&b);
    REQUIRE(doc.execute(longer(doc, "c", 9)));
    CHECK(a.count == 7);
    CHECK(b.count == 6);
}

TEST_CASE("Refused edits neither notify nor enter the history", "[document]")
{
    Document doc(samplePlan());
    CountingListener l;
    doc.addListener(&l);
    auto r = doc.execute(indentTask(doc.plan(), "a"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().find("Cannot indent 'Task a'") == 0);
    CHECK(l.count == 0);
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.isModified());

    // A link into a summary's own subtask breaks the network: refused with the reason.
    auto intoSubtree = doc.execute(linkTasks(doc.plan(), "phase", "a"));
    REQUIRE_FALSE(intoSubtree.ok());
    CHECK(intoSubtree.error().rfind("Cannot Link Tasks: ", 0) == 0);
    CHECK(doc.plan() == samplePlan());
    CHECK(l.count == 0);
}

TEST_CASE("The schedule is recomputed after every command, undo and redo", "[document]")
{
    Document doc(samplePlan());
    const int c = doc.plan().taskIndex("c");
    CHECK(formatIsoDate(doc.schedule().tasks[static_cast<std::size_t>(c)].finish) == "2027-01-12");
    REQUIRE(doc.execute(longer(doc, "c", 10)));
    CHECK(formatIsoDate(doc.schedule().tasks[static_cast<std::size_t>(c)].finish) == "2027-01-19");
    CHECK(formatIsoDate(doc.schedule().finish) == "2027-01-19");
    doc.undo();
    CHECK(formatIsoDate(doc.schedule().tasks[static_cast<std::size_t>(c)].finish) == "2027-01-12");
    doc.redo();
    CHECK(formatIsoDate(doc.schedule().tasks[static_cast<std::size_t>(c)].finish) == "2027-01-19");

    // Structure edits: the schedule stays parallel to the task list.
    REQUIRE(doc.execute(deleteTasks(doc.plan(), {"phase"})));
    CHECK(doc.schedule().tasks.size() == 2);
    doc.undo();
    CHECK(doc.schedule().tasks.size() == 6);
}

TEST_CASE("A status date override reschedules and notifies once", "[document]")
{
    Plan p = samplePlan();
    p.tasks[1].percentComplete = 100;
    p.tasks[1].actualStart = day("2027-01-04");
    p.tasks[1].actualFinish = day("2027-01-06");
    Document doc(p);
    CountingListener l;
    doc.addListener(&l);
    doc.setStatusDateOverride(day("2027-01-20"));
    CHECK(l.count == 1);
    CHECK(l.last.tasks);
    REQUIRE(doc.hasSchedule());
    REQUIRE(doc.schedule().statusDate.has_value());
    CHECK(formatIsoDate(*doc.schedule().statusDate) == "2027-01-20");
    doc.setStatusDateOverride(std::nullopt);
    CHECK(l.count == 2);
    CHECK_FALSE(doc.schedule().statusDate.has_value());
    CHECK_FALSE(doc.isModified()); // a view setting, not an edit
}

TEST_CASE("Modified follows the save point through undo and redo", "[document]")
{
    Document doc(samplePlan());
    REQUIRE(doc.execute(longer(doc, "c", 7)));
    CHECK(doc.isModified());
    doc.markSaved();
    CHECK_FALSE(doc.isModified());
    REQUIRE(doc.execute(indentTask(doc.plan(), "c")));
    CHECK(doc.isModified());
    doc.undo();
    CHECK_FALSE(doc.isModified());
    doc.undo();
    CHECK(doc.isModified()); // before the save is also different from the file
    doc.redo();
    CHECK_FALSE(doc.isModified());

    doc.markUnsaved();
    CHECK(doc.isModified());
    doc.undo();
    doc.redo();
    CHECK(doc.isModified());
}

TEST_CASE("Replacing the plan clears history and notifies everything once", "[document]")
{
    Document doc(samplePlan());
    REQUIRE(doc.execute(longer(doc, "c", 7)));
    CountingListener l;
    doc.addListener(&l);
    doc.replace(oneTaskPlan(), "/plans/other.certplan");
    CHECK(l.count == 1);
    CHECK(l.last.replaced);
    CHECK(l.last.structure);
    CHECK_FALSE(doc.canUndo());
    CHECK_FALSE(doc.isModified());
    CHECK(doc.path() == "/plans/other.certplan");
    CHECK(doc.plan() == oneTaskPlan());
    REQUIRE(doc.hasSchedule());
    CHECK(doc.schedule().tasks.size() == 1);
}

TEST_CASE("A plan that exists only in memory is modified when listeners hear of it", "[document]")
{
    Document doc(samplePlan(), "/plans/sample.certplan");
    struct Probe : PlanListener {
        Document* doc = nullptr;
        std::vector<bool> modified;
        void planChanged(const ChangeSet&) override { modified.push_back(doc->isModified()); }
    } probe;
    probe.doc = &doc;
    doc.addListener(&probe);
    doc.replace(oneTaskPlan(), {}, true);
    doc.replace(samplePlan(), "/plans/sample.certplan");
    CHECK(probe.modified == std::vector<bool>{true, false});
    CHECK_FALSE(doc.isModified());
    doc.replace(oneTaskPlan(), {}, true);
    CHECK(doc.isModified());
    doc.markSaved();
    CHECK_FALSE(doc.isModified());
}

TEST_CASE("A listener may remove itself while being notified", "[document]")
{
    Document doc(samplePlan());
    OneShotListener once(doc);
    CountingListener after;
    doc.addListener(&once);
    doc.addListener(&after);
    REQUIRE(doc.execute(longer(doc, "c", 7)));
    doc.undo();
    CHECK(once.count == 1);
    CHECK(after.count == 2);
}

TEST_CASE("A failed command result is passed through without touching the document", "[document]")
{
    Document doc(samplePlan());
    CountingListener l;
    doc.addListener(&l);
    auto r = doc.execute(CommandResult(unexpected(std::string("no task selected"))));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == "no task selected");
    CHECK(l.count == 0);
}

TEST_CASE("ChangeSet merge and emptiness", "[document]")
{
    ChangeSet a;
    CHECK(a.empty());
    ChangeSet b;
    b.resources = true;
    b.taskIds = {"x"};
    a.tasks = true;
    a.taskIds = {"w"};
    a.merge(b);
    CHECK(a.tasks);
    CHECK(a.resources);
    CHECK_FALSE(a.structure);
    CHECK(a.taskIds == std::vector<std::string>{"w", "x"});
    CHECK_FALSE(a.empty());
    const ChangeSet all = ChangeSet::everything();
    CHECK((all.structure && all.tasks && all.resources && all.calendars && all.info && all.checklists &&
           all.certification && all.documents && all.baselines && all.replaced));
    ChangeSet onlyBaselines;
    onlyBaselines.baselines = true;
    CHECK_FALSE(onlyBaselines.empty());
}

namespace {

struct HeardListener : PlanListener {
    void planChanged(const ChangeSet&) override { ++count; }
    int count = 0;
};

} // namespace

TEST_CASE("A command that throws leaves the plan, its history and its schedule as they were", "[document][safety]")
{
    Document doc(samplePlan(), "/plans/sample.certplan");
    HeardListener listener;
    doc.addListener(&listener);
    REQUIRE(doc.execute(longer(doc, doc.plan().tasks.back().id, 9)));
    const std::string firstName = doc.plan().tasks.front().name;
    const Date finish = doc.schedule().finish;
    const int heard = listener.count;

    CHECK_THROWS_WITH(doc.execute(std::make_unique<ThrowsMidway>()), "disk on fire");
    CHECK(doc.plan().tasks.front().name == firstName);
    CHECK(doc.undoLabel() == "Change Duration");
    CHECK(doc.isModified());
    REQUIRE(doc.hasSchedule());
    CHECK(doc.schedule().finish == finish);
    CHECK(listener.count == heard);
    doc.undo();
    CHECK(doc.plan().tasks.back().durationDays != 9);
    doc.removeListener(&listener);
}
