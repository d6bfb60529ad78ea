// SPDX-License-Identifier: MIT
// Project > Status Date and the baseline commands as undoable edits.
#include "TestPaths.h"

#include "commands/BaselineCommands.h"
#include "commands/Document.h"
#include "commands/StatusDate.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::test;

namespace {

Document example()
{
    auto loaded = readPlanFile(templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    Document doc;
    doc.replace(loaded->plan, "");
    REQUIRE(doc.hasSchedule());
    return doc;
}

struct CountingListener : PlanListener {
    int calls = 0;
    ChangeSet last;
    void planChanged(const ChangeSet& c) override
    {
        ++calls;
        last = c;
    }
};

} // namespace

TEST_CASE("Moving the status date is one undoable edit that reschedules", "[commands][status-date]")
{
    Document doc = example();
    const std::string before = writePlanToString(doc.plan());
    const Date was(2026, 11, 24);
    REQUIRE(doc.plan().info.statusDate == was);
    const Date imOperate = doc.schedule().tasks[static_cast<std::size_t>(doc.plan().taskIndex("dd-review"))].start;
    CountingListener listener;
    doc.addListener(&listener);

    // A month later with no progress recorded: unfinished work moves after it.
    REQUIRE(doc.execute(setStatusDate(doc.plan(), Date(2026, 12, 24))));
    CHECK(listener.calls == 1);
    CHECK(listener.last.info);
    CHECK(doc.undoLabel() == "Set Status Date");
    CHECK(doc.plan().info.statusDate == Date(2026, 12, 24));
    CHECK(doc.schedule().statusDate == Date(2026, 12, 24));
    CHECK(doc.schedule().tasks[static_cast<std::size_t>(doc.plan().taskIndex("dd-review"))].start > imOperate);

    doc.undo();
    CHECK(writePlanToString(doc.plan()) == before);
    CHECK(doc.schedule().statusDate == was);
    doc.removeListener(&listener);

    // Cleared: progress is then judged on today (the dashboard's rule).
    REQUIRE(doc.execute(setStatusDate(doc.plan(), std::nullopt)));
    CHECK(doc.undoLabel() == "Clear Status Date");
    CHECK_FALSE(doc.plan().info.statusDate);
}

TEST_CASE("A status date outside the plan's date range is refused with the range named", "[commands][status-date][limits]")
{
    Document doc = example();
    auto late = setStatusDate(doc.plan(), Date(2250, 1, 1));
    REQUIRE_FALSE(late);
    CHECK(late.error() == "the status date must be a date from 1950-01-01 to 2249-12-31; 2250-01-01 is not");
    auto early = setStatusDate(doc.plan(), Date(1949, 12, 31));
    REQUIRE_FALSE(early);
    CHECK(early.error().find("1950-01-01 to 2249-12-31") != std::string::npos);
    CHECK(setStatusDate(doc.plan(), Date(2249, 12, 31)));
    auto same = setStatusDate(doc.plan(), Date(2026, 11, 24));
    REQUIRE_FALSE(same);
    CHECK(same.error() == "nothing to change");
}

TEST_CASE("Deleting a baseline is undoable and keeps the others in place", "[commands][baseline]")
{
    Document doc = example();
    REQUIRE(doc.plan().baselines.size() == 1);
    const std::string first = doc.plan().baselines.front().name;
    REQUIRE(doc.execute(saveBaselineNamed(doc.plan(), doc.schedule(), "  Re-plan  ", Date(2026, 11, 24))));
    CHECK(doc.undoLabel() == "Save Baseline");
    REQUIRE(doc.plan().baselines.size() == 2);
    CHECK(doc.plan().baselines[1].name == "Re-plan"); // blanks around the name dropped
    const std::string two = writePlanToString(doc.plan());

    REQUIRE(doc.execute(deleteBaseline(doc.plan(), first)));
    CHECK(doc.undoLabel() == "Delete Baseline");
    REQUIRE(doc.plan().baselines.size() == 1);
    CHECK(doc.plan().baselines[0].name == "Re-plan");
    doc.undo();
    CHECK(writePlanToString(doc.plan()) == two); // back in first place
    doc.redo();
    CHECK(doc.plan().baselines.size() == 1);

    auto missing = deleteBaseline(doc.plan(), "Nope");
    REQUIRE_FALSE(missing);
    CHECK(missing.error() == "the plan has no baseline named 'Nope'; it has 'Re-plan'");
    auto unnamed = saveBaselineNamed(doc.plan(), doc.schedule(), " \t", Date(2026, 11, 24));
    REQUIRE_FALSE(unnamed);
    CHECK(unnamed.error() == "a baseline needs a name");
}
