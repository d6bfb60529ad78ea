// SPDX-License-Identifier: MIT
#pragma once
// A small plan shared by the presenter and command tests, plus what the
// presenters need around it (schedule, links, calendar, scripted prompts).
// Dates: Monday 4 January 2027 is the project start; weekends 9-10 and 16-17.

#include "commands/Document.h"
#include "io/PlanWriter.h"
#include "model/ScheduleFixtures.h"
#include "presenters/GanttLayout.h"
#include "presenters/TaskColumns.h"
#include "presenters/UserPrompts.h"

#include <catch2/catch.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace certplan::test {

// Rows (1-based) and ids:
//   1 phase  "Preparation"  summary
//   2 a      3 d            Mon 4 - Wed 6, Helen
//   3 b      2 d  FS a      Thu 7 - Fri 8, Helen 50 %, Bob
//   4 m      milestone FS b
//   5 c      5 d  SS a +2   top level
//   6 d      1 d  FF c -1   top level
inline Plan samplePlan()
{
    PlanBuilder b;
    b.plan().info.title = "Sample";
    b.plan().info.organization = "Sample Org";
    b.resource("helen").name = "Helen";
    b.resource("bob").name = "Bob";
    b.summary("phase").name = "Preparation";
    b.task("a", 3, 1);
    b.task("b", 2, 1);
    b.milestone("m", 1);
    b.task("c", 5, 0);
    b.task("d", 1, 0);
    b.link("a", "b").link("b", "m").link("a", "c", DependencyType::StartToStart, 2);
    b.link("c", "d", DependencyType::FinishToFinish, -1);
    b.assign("a", "helen").assign("b", "helen", 50).assign("b", "bob");
    return b.plan();
}

inline Task plainTask(std::string id, std::string name, int level, int duration)
{
    Task t;
    t.id = std::move(id);
    t.name = std::move(name);
    t.level = level;
    t.durationDays = duration;
    return t;
}

inline Plan oneTaskPlan()
{
    Plan p;
    p.info.title = "One task";
    p.info.start = day("2027-01-04");
    p.tasks.push_back(plainTask("t1", "Only task", 0, 5));
    return p;
}

inline Schedule scheduleOf(const Plan& p)
{
    auto r = computeSchedule(p);
    if (!r)
        FAIL("schedule failed: " << r.error().message);
    return std::move(r).value();
}

// Byte-exact comparison that also names the first difference when it fails.
inline std::string planText(const Plan& p)
{
    return writePlanToString(p);
}

// What a cell needs, owned in one place so tests can build it in one line.
struct CellFixture {
    Plan plan;
    Schedule schedule;
    WorkCalendar calendar;
    TaskTree tree;
    present::TaskLinks links;
    PlanProgress progress;
    present::CellContext ctx;

    explicit CellFixture(Plan p, present::DateStyle style = present::DateStyle::Iso)
        : plan(std::move(p)), schedule(scheduleOf(plan)), calendar(), tree(plan.tasks),
          links(makeLinks(plan)), progress(plan, tree),
          ctx{plan, &schedule, calendar, tree, links, present::DateFormat(style), progress}
    {
    }
    CellFixture(const CellFixture&) = delete;
    CellFixture& operator=(const CellFixture&) = delete;

    int row(const std::string& id) const { return plan.taskIndex(id); }

private:
    static present::TaskLinks makeLinks(const Plan& p)
    {
        present::TaskLinks l;
        l.rebuild(p);
        return l;
    }
};

// Answers FileController's questions from a script and records what it was told.
class ScriptedPrompts : public present::UserPrompts {
public:
    std::deque<SaveChoice> saveChoices;
    std::deque<std::optional<std::string>> openPaths;
    std::deque<std::optional<std::string>> savePaths;
    std::deque<bool> confirmations;

    std::vector<std::string> askedSaveChanges; // document names
    std::vector<std::string> suggestedNames;
    std::vector<std::string> confirmQuestions;
    std::vector<std::pair<std::string, std::string>> errors;
    std::vector<std::vector<std::string>> warnings;

    SaveChoice askSaveChanges(const std::string& documentName) override
    {
        askedSaveChanges.push_back(documentName);
        REQUIRE(!saveChoices.empty());
        const SaveChoice c = saveChoices.front();
        saveChoices.pop_front();
        return c;
    }
    std::optional<std::string> askOpenPath() override
    {
        REQUIRE(!openPaths.empty());
        auto p = openPaths.front();
        openPaths.pop_front();
        return p;
    }
    std::optional<std::string> askSavePath(const std::string& suggestedName) override
    {
        suggestedNames.push_back(suggestedName);
        REQUIRE(!savePaths.empty());
        auto p = savePaths.front();
        savePaths.pop_front();
        return p;
    }
    bool confirm(const std::string&, const std::string& question) override
    {
        confirmQuestions.push_back(question);
        REQUIRE(!confirmations.empty());
        const bool c = confirmations.front();
        confirmations.pop_front();
        return c;
    }
    void showError(const std::string& title, const std::string& message) override
    {
        errors.emplace_back(title, message);
    }
    void showWarnings(const std::string&, const std::vector<std::string>& w) override { warnings.push_back(w); }

    std::deque<LockChoice> lockChoices;
    std::vector<std::pair<std::string, bool>> lockQuestions; // holder, stale
    LockChoice askLockedPlan(const std::string&, const std::string& holder, bool stale) override
    {
        lockQuestions.emplace_back(holder, stale);
        REQUIRE(!lockChoices.empty());
        const LockChoice c = lockChoices.front();
        lockChoices.pop_front();
        return c;
    }
    std::deque<bool> overwriteAnswers;
    std::vector<std::vector<std::string>> overwriteQuestions; // the changes shown
    bool askOverwriteChangedFile(const std::string&, const std::vector<std::string>& changes) override
    {
        overwriteQuestions.push_back(changes);
        REQUIRE(!overwriteAnswers.empty());
        const bool a = overwriteAnswers.front();
        overwriteAnswers.pop_front();
        return a;
    }
    std::deque<bool> reloadAnswers;
    std::vector<std::vector<std::string>> reloadQuestions;
    bool askReloadChangedFile(const std::string&, const std::vector<std::string>& changes, bool) override
    {
        reloadQuestions.push_back(changes);
        REQUIRE(!reloadAnswers.empty());
        const bool a = reloadAnswers.front();
        reloadAnswers.pop_front();
        return a;
    }
};

// Counts notifications and remembers the last change set.
class CountingListener : public PlanListener {
public:
    int count = 0;
    ChangeSet last;
    void planChanged(const ChangeSet& c) override
    {
        ++count;
        last = c;
    }
};

// Unwraps a command result, failing the test with the refusal message.
inline CommandPtr must(Result<CommandPtr, std::string> r)
{
    if (!r)
        FAIL("edit refused: " << r.error());
    return std::move(r).value();
}

} // namespace certplan::test
