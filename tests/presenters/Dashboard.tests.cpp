// SPDX-License-Identifier: MIT
// The board's verdict: figures computed by hand on a Mon-Fri calendar from
// Mon 2027-01-04.
#include "model/PlanBuilders.h"
#include "presenters/Dashboard.h"
#include "schedule/Scheduler.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::test;
using present::Rag;

namespace {

// Phase A: a (10 d, Jan 4-15) then b (10 d, Jan 18-29); milestone m after b.
Plan twoTaskPlan()
{
    Plan p;
    p.info.title = "Dashboard";
    p.info.start = d(2027, 1, 4);
    p.tasks.push_back(makeTask("phase", "Phase A", 0, 0));
    p.tasks.push_back(makeTask("a", "Task a", 1, 10));
    Task b = makeTask("b", "Task b", 1, 10);
    b.predecessors.push_back({"a", DependencyType::FinishToStart, 0});
    p.tasks.push_back(b);
    Task m = makeMilestone("m", "Ready", 1);
    m.predecessors.push_back({"b", DependencyType::FinishToStart, 0});
    p.tasks.push_back(m);
    return p;
}

// The baseline is the plan as scheduled before any progress.
void saveBaseline(Plan& p)
{
    Plan clean = p;
    for (auto& t : clean.tasks) {
        t.percentComplete = 0;
        t.actualStart.reset();
        t.actualFinish.reset();
    }
    auto s = computeSchedule(clean);
    REQUIRE(s);
    Baseline b;
    b.name = "Approved";
    b.saved = p.info.start;
    for (std::size_t i = 0; i < p.tasks.size(); ++i)
        b.entries.push_back({p.tasks[i].id, s->tasks[i].start, s->tasks[i].finish, s->tasks[i].durationDays});
    p.baselines.push_back(b);
}

present::DashboardData board(const Plan& p, Date status)
{
    ScheduleOptions options;
    options.statusDate = status;
    auto s = computeSchedule(p, options);
    REQUIRE(s);
    return present::buildDashboard(p, *s, status);
}

} // namespace

TEST_CASE("Progress is weighted by work and compared with what was due by the status date", "[dashboard]")
{
    Plan p = twoTaskPlan();
    p.tasks[1].percentComplete = 100;
    p.tasks[1].actualStart = d(2027, 1, 4);
    p.tasks[1].actualFinish = d(2027, 1, 15);
    p.tasks[2].percentComplete = 50;
    p.tasks[2].actualStart = d(2027, 1, 18);
    saveBaseline(p);
    // Status Mon Jan 25, reported through that day: a's 10 days and b's 6
    // (Jan 18-25) were due: 16 of 20 = 80 %; done 10 + 5 = 75 %: 5 points behind,
    // inside the 5-point tolerance.
    const auto data = board(p, d(2027, 1, 25));
    CHECK(data.baseline == "Approved");
    CHECK(data.percentComplete == Approx(75.0));
    CHECK(data.percentExpected == Approx(80.0));
    REQUIRE(data.phases.size() == 1);
    CHECK(data.phases[0].percentComplete == Approx(75.0));
    CHECK(data.rag == Rag::Green);
    // b's other 5 days run after the status date: Jan 26 - Feb 1, and so does the milestone.
    REQUIRE(data.milestones.size() == 1);
    CHECK(data.milestones[0].date == d(2027, 2, 1));
    CHECK(data.phases[0].finishVarianceDays == 1);
}

TEST_CASE("Falling behind turns amber then red, and a late critical task is red with its reason", "[dashboard]")
{
    Plan p = twoTaskPlan();
    p.tasks[1].percentComplete = 40; // a should be done by Jan 15
    p.tasks[1].actualStart = d(2027, 1, 4);
    saveBaseline(p);
    SECTION("ahead of plan: green")
    {
        // Status Tue Jan 5: 2 days of a were due (10 %), 4 of 20 days done (20 %).
        const auto data = board(p, d(2027, 1, 5));
        CHECK(data.percentExpected == Approx(10.0));
        CHECK(data.rag == Rag::Green);
        CHECK(data.late.empty());
    }
    SECTION("10 points behind: amber")
    {
        // Status Fri Jan 8: 5 days due (25 %), 4 done (20 %)... 5 points: green; Mon Jan 11: 6 due (30 %): amber.
        CHECK(board(p, d(2027, 1, 8)).rag == Rag::Green);
        const auto data = board(p, d(2027, 1, 11));
        CHECK(data.percentExpected == Approx(30.0));
        CHECK(data.rag == Rag::Amber);
        CHECK(data.reasons.front() == "Progress is 10 percentage points behind plan");
    }
    SECTION("past a's baseline finish with a unfinished: a critical task is late")
    {
        // Status Mon Jan 25: 16 of 20 days due (80 %), 4 done (20 %).
        const auto data = board(p, d(2027, 1, 25));
        CHECK(data.percentExpected == Approx(80.0));
        CHECK(data.rag == Rag::Red);
        REQUIRE(data.late.size() == 2); // a past its finish, b not started
        CHECK(data.late[0].name == "Task a");
        CHECK(data.late[0].finish == d(2027, 1, 15));
        CHECK_FALSE(data.late[0].notStarted);
        CHECK(data.late[1].notStarted);
        CHECK(data.reasons.front() == "Progress is 60 percentage points behind plan");
        CHECK(data.reasons[1] == "2 critical tasks are late: the finish date slips with them");
    }
}

TEST_CASE("An overdue major nonconformity makes the verdict red, a minor one amber", "[dashboard]")
{
    Plan p = twoTaskPlan();
    Nonconformity nc;
    nc.id = "nc-1";
    nc.ncClass = NcClass::Minor;
    nc.clause = "8.2.1";
    nc.description = "No service catalogue";
    nc.raised = d(2026, 12, 1);
    nc.due = d(2027, 1, 1);
    p.nonconformities.push_back(nc);
    auto data = board(p, d(2027, 1, 4));
    CHECK(data.overdueNcs == 1);
    CHECK(data.rag == Rag::Amber);
    p.nonconformities[0].ncClass = NcClass::Major;
    data = board(p, d(2027, 1, 4));
    CHECK(data.rag == Rag::Red);
    REQUIRE(data.openNcs.size() == 1);
    CHECK(data.openNcs[0].overdue);
    p.nonconformities[0].status = NcStatus::Closed;
    data = board(p, d(2027, 1, 4));
    CHECK(data.openNcs.empty());
    CHECK(data.rag == Rag::Green);
    REQUIRE(data.reasons.size() == 2);
    CHECK(data.reasons[1] == "No baseline saved: progress is measured against the current schedule");
}

TEST_CASE("Readiness and its trend come from the first checklist and the last snapshot before the status date",
          "[dashboard]")
{
    Plan p = twoTaskPlan();
    Checklist c;
    c.id = "iso";
    Requirement r1;
    r1.id = "r1";
    r1.clause = "4.1";
    r1.status = RequirementStatus::Conforming;
    Requirement r2 = r1;
    r2.id = "r2";
    r2.clause = "4.2";
    r2.status = RequirementStatus::PartiallyConforming;
    c.items = {r1, r2};
    p.checklists.push_back(c);
    p.snapshots.push_back({d(2026, 12, 1), "iso", 50.0, {}});
    p.snapshots.push_back({d(2027, 2, 1), "iso", 90.0, {}}); // after the status date: ignored
    const auto data = board(p, d(2027, 1, 4));
    CHECK(data.readiness == Approx(75.0));
    CHECK(data.readinessTrend == Approx(25.0));
    REQUIRE(data.previousSnapshot);
    CHECK(*data.previousSnapshot == d(2026, 12, 1));
}
