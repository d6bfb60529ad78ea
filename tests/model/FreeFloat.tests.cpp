// SPDX-License-Identifier: MIT
// Free float (PMBOK: the slip that delays no successor's early dates) under
// resource calendars, every link type and lag; checked by hand on small plans
// and, on random plans, by slipping each task and rescheduling.
#include "model/ScheduleFixtures.h"

#include "TestPaths.h"
#include "calendar/CalendarSet.h"
#include "core/TaskTree.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "schedule/TaskCalendars.h"

#include <random>
#include <cstdlib>
#include <fstream>

using namespace certplan;
using namespace certplan::test;
using DT = DependencyType;

TEST_CASE("Free float: a successor held back by its assignee's calendar leaves the predecessor room (shared case)",
          "[schedule][float][resources]")
{
    const auto r = readPlanFile(dataPath("cases/scheduling/free-float-resource-calendar.certplan"));
    REQUIRE(r);
    auto s = computeSchedule(r->plan, {});
    REQUIRE(s);
    const TaskTimes& t1 = at(*s, r->plan, "t1");
    CHECK_DATES(at(*s, r->plan, "t2"), "2027-01-18", "2027-01-19");
    CHECK(t1.totalFloat == 2);
    CHECK(t1.freeFloat == 2);
}

TEST_CASE("Free float under a successor's calendar, for every link type", "[schedule][float][resources]")
{
    // p: 2 days 4-5 Jan. s: 2 days, its assignee away the first week (4-8
    // Jan), so s cannot start before Mon 11 Jan whatever p does in that week.
    auto build = [](DT type, int lag) {
        PlanBuilder b;
        b.calendar("std");
        b.calendar("away", "std").exceptions.push_back(holiday("2027-01-04", "2027-01-08"));
        b.resource("r", "away");
        b.task("p", 2);
        b.task("s", 2);
        b.assign("s", "r");
        b.link("p", "s", type, lag);
        return b;
    };
    struct Case {
        DT type;
        int lag;
        int freeFloat;
    };
    // FS: p may finish Fri 8 (3 days later) and s still starts Mon 11.
    // SS: p may start Mon 11. FF: s finishes Tue 12; p may finish Tue 12 (5).
    // SF: s finishes at the end of Tue 12, so p's start may reach Wed 13 (7),
    // but total float (to the project finish, Tue 12: p may start Mon 11)
    // caps it at 5.
    for (const Case c : {Case{DT::FinishToStart, 0, 3}, Case{DT::FinishToStart, 1, 2}, Case{DT::FinishToStart, -1, 4},
                         Case{DT::StartToStart, 0, 5}, Case{DT::StartToStart, 2, 3}, Case{DT::FinishToFinish, 0, 5},
                         Case{DT::FinishToFinish, -1, 5}, Case{DT::StartToFinish, 0, 5}}) {
        PlanBuilder b = build(c.type, c.lag);
        const Schedule s = b.schedule();
        INFO("type " << static_cast<int>(c.type) << " lag " << c.lag);
        CHECK(at(s, b.plan(), "p").freeFloat == c.freeFloat);
        CHECK(at(s, b.plan(), "p").freeFloat <= at(s, b.plan(), "p").totalFloat);
    }
}

TEST_CASE("Free float of a task on its own resource calendar is counted in its own working days",
          "[schedule][float][resources]")
{
    // p works for someone away Wed 6 - Thu 7; s (plan calendar) starts Mon 11
    // (SNET). p finishes Tue 5 and could slip to Fri 8: plan days Wed-Fri, but
    // only Friday is a day p's assignee works, so p's float is 1 working day.
    PlanBuilder b;
    b.calendar("std");
    b.calendar("away", "std").exceptions.push_back(holiday("2027-01-06", "2027-01-07"));
    b.resource("r", "away");
    b.task("p", 2);
    b.assign("p", "r");
    b.task("s", 1);
    b.link("p", "s");
    b.constrain("s", ConstraintType::StartNoEarlierThan, "2027-01-11");
    const Schedule s = b.schedule();
    CHECK(at(s, b.plan(), "p").totalFloat == 1);
    CHECK(at(s, b.plan(), "p").freeFloat == 1);
}

TEST_CASE("Free float is never more than total float, nor negative", "[schedule][float]")
{
    // q has no successor but a deadline it misses: negative total float, and
    // free float (room to the project finish) stays at zero.
    PlanBuilder b;
    b.task("a", 5);
    b.task("q", 3);
    b["q"].deadline = day("2027-01-05");
    const Schedule s = b.schedule();
    CHECK(at(s, b.plan(), "q").totalFloat < 0);
    CHECK(at(s, b.plan(), "q").freeFloat == 0);
    CHECK(at(s, b.plan(), "a").freeFloat == 0);
}

namespace {

// Random plans with resource calendars on predecessors and successors alike,
// every link type and lags; no constraints or progress (nothing to conflict).
Plan randomPlan(unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    PlanBuilder b;
    Calendar& cal = b.calendar("std");
    for (int k = pick(0, 3); k > 0; --k) {
        const Date d = day("2027-01-04") + boost::gregorian::days(pick(0, 50));
        cal.exceptions.push_back({d, d + boost::gregorian::days(pick(0, 3)), false, "x"});
    }
    const char* people[] = {"r0", "r1", "r2"};
    for (const char* id : people) {
        Calendar& c = b.calendar(std::string("cal-") + id, "std");
        for (int k = pick(1, 3); k > 0; --k) {
            const Date d = day("2027-01-04") + boost::gregorian::days(pick(0, 50));
            c.exceptions.push_back({d, d + boost::gregorian::days(pick(0, 6)), false, "away"});
        }
        if (pick(0, 2) == 0)
            c.week = WeekMask{static_cast<std::uint8_t>(0x15)}; // Mon, Wed, Fri
        b.resource(id, std::string("cal-") + id);
    }
    const int n = pick(2, 14);
    int level = 0;
    for (int i = 0; i < n; ++i) {
        level = std::max(0, std::min(level + pick(-2, 1), i == 0 ? 0 : level + 1));
        b.task("t" + std::to_string(i), pick(0, 5) == 0 ? 0 : pick(1, 5), level);
    }
    Plan& p = b.plan();
    const TaskTree tree(p.tasks);
    for (int i = 0; i < n; ++i) {
        Task& t = p.tasks[static_cast<std::size_t>(i)];
        t.milestone = t.durationDays == 0;
        for (int k = pick(0, 2); k > 0 && i > 0; --k) {
            const int j = pick(0, i - 1);
            if (tree.isAncestor(j, i) || tree.isAncestor(i, j) || t.findPredecessor(p.tasks[static_cast<std::size_t>(j)].id))
                continue;
            DT type = static_cast<DT>(pick(0, 3));
            if (tree.isSummary(i) && (type == DT::FinishToFinish || type == DT::StartToFinish))
                type = DT::FinishToStart;
            t.predecessors.push_back({p.tasks[static_cast<std::size_t>(j)].id, type, pick(-2, 3)});
        }
        if (!tree.isSummary(i) && !t.milestone && pick(0, 1) == 0)
            t.assignments.push_back({people[pick(0, 2)], 100});
    }
    return p;
}

int lastWork(const Schedule& s)
{
    int w = 0;
    for (const TaskTimes& t : s.tasks)
        w = std::max(w, t.finishWork);
    return w;
}

Schedule scheduleWith(const Plan& p, std::vector<OptDate> floors = {})
{
    ScheduleOptions o;
    o.startFloors = std::move(floors);
    auto r = computeSchedule(p, o);
    REQUIRE(r);
    return std::move(r).value();
}

} // namespace

TEST_CASE("Property: slipping a task by its free float moves no other task, one day more moves one",
          "[schedule][float][property]")
{
    int checked = 0, boundReached = 0;
    for (unsigned seed = 1; seed <= 250; ++seed) {
        const Plan p = randomPlan(seed);
        const TaskTree tree(p.tasks);
        const CalendarSet cals(p);
        const WorkCalendar& cal = cals.planCalendar();
        const TaskCalendars taskCals(p, cals);
        const Schedule base = scheduleWith(p);
        REQUIRE(base.conflicts.empty());
        const int n = static_cast<int>(p.tasks.size());
        // Slip task i by s of its own working days (a levelling floor on its start).
        auto slipped = [&](int i, int s) {
            const TaskTimes& tt = base.tasks[static_cast<std::size_t>(i)];
            const DayMask* m = taskCals.of(i);
            const int first = cal.indexOf(tt.earlyStart);
            std::vector<OptDate> floors(p.tasks.size());
            floors[static_cast<std::size_t>(i)] = cal.dateOf(m ? m->advance(first, s) : first + s);
            return scheduleWith(p, floors);
        };
        // Which other task's early dates moved (summaries around i excepted).
        auto moved = [&](const Schedule& after, int i) -> std::string {
            for (int j = 0; j < n; ++j) {
                if (j == i || tree.isAncestor(j, i))
                    continue;
                const TaskTimes &x = base.tasks[static_cast<std::size_t>(j)], &y = after.tasks[static_cast<std::size_t>(j)];
                if (x.startWork != y.startWork || x.finishWork != y.finishWork)
                    return p.tasks[static_cast<std::size_t>(j)].id;
            }
            // In work, not dates: a milestone may move from the end of one
            // day to the start of the next, which is no slip (Instants.h).
            return lastWork(after) != lastWork(base) ? "the project finish" : "";
        };
        // Subtasks that start a summary together each count as driving its
        // start links (the scheduler's documented reading), so one of them may
        // slip a little further alone without moving anything.
        auto startsSummaryWithOthers = [&](int i) {
            for (int c = i, a = tree.parent(i); a != TaskTree::kNone; c = a, a = tree.parent(a)) {
                const int w = base.tasks[static_cast<std::size_t>(c)].startWork;
                if (w != base.tasks[static_cast<std::size_t>(a)].startWork)
                    return false;
                for (int o = a + 1; o < tree.subtreeEnd(a); ++o)
                    if (o != c && tree.parent(o) == a && base.tasks[static_cast<std::size_t>(o)].startWork == w)
                        return true;
            }
            return false;
        };
        for (int i = 0; i < n; ++i) {
            const TaskTimes& tt = base.tasks[static_cast<std::size_t>(i)];
            if (tt.summary || tt.milestone)
                continue;
            INFO("seed " << seed << " task " << p.tasks[static_cast<std::size_t>(i)].id << " free float " << tt.freeFloat
                         << " total float " << tt.totalFloat);
            REQUIRE(tt.freeFloat >= 0);
            REQUIRE(tt.freeFloat <= std::max(0, tt.totalFloat));
            const std::string atFreeFloat = moved(slipped(i, tt.freeFloat), i);
            CHECK(atFreeFloat.empty());
            if (!atFreeFloat.empty() && std::getenv("CERTPLAN_DUMP"))
                std::ofstream("/tmp/ff-seed" + std::to_string(seed) + ".certplan") << writePlanToString(p);
            // One more day must move something: a successor (free float is
            // exact) or, when free float equals total float, at least the
            // finish of something after it.
            const std::string next = moved(slipped(i, tt.freeFloat + 1), i);
            if (!startsSummaryWithOthers(i))
                CHECK(!next.empty());
            if (next.empty() && std::getenv("CERTPLAN_DUMP"))
                std::ofstream("/tmp/ff-seed" + std::to_string(seed) + ".certplan") << writePlanToString(p);
            boundReached += tt.freeFloat == tt.totalFloat ? 1 : 0;
            ++checked;
        }
    }
    CHECK(checked > 1000);
    CHECK(boundReached < checked); // the bound by successors, not only by total float, was exercised
}
