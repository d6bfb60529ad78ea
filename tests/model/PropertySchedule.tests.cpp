// SPDX-License-Identifier: MIT
// Properties of the scheduler over thousands of seeded random plans: links and
// constraints honoured or reported, no negative float without a reported
// conflict, critical paths contiguous from the start to the finish, and the
// same plan always giving the same schedule.
#include "model/ScheduleFixtures.h"

#include "calendar/CalendarSet.h"
#include "core/TaskTree.h"
#include "schedule/Network.h"

#include <algorithm>
#include <random>

using namespace certplan;
using namespace certplan::test;
using CT = ConstraintType;
using DT = DependencyType;
using Kind = ScheduleConflict::Kind;

namespace {

struct RandomPlan {
    Plan plan;
    bool hasHardDates = false; // hard constraints or deadlines somewhere
};

RandomPlan randomPlan(unsigned seed, bool withConstraints)
{
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    RandomPlan out;
    PlanBuilder b;
    Calendar& cal = b.calendar("std");
    for (int k = pick(0, 4); k > 0; --k) {
        const Date d = day("2027-01-04") + boost::gregorian::days(pick(0, 60));
        cal.exceptions.push_back({d, d + boost::gregorian::days(pick(0, 4)), pick(0, 4) == 0, "x"});
    }
    b.calendar("away", "std").exceptions.push_back(holiday("2027-01-13", "2027-01-20"));
    b.resource("away", "away");
    const int n = pick(2, 40);
    int level = 0;
    for (int i = 0; i < n; ++i) {
        level = std::max(0, std::min(level + pick(-2, 1), i == 0 ? 0 : level + 1));
        b.task("t" + std::to_string(i), pick(0, 4) == 0 ? 0 : pick(1, 6), level);
    }
    Plan& p = b.plan();
    const TaskTree tree(p.tasks);
    for (int i = 0; i < n; ++i) {
        Task& t = p.tasks[static_cast<std::size_t>(i)];
        t.milestone = t.durationDays == 0;
        for (int k = pick(0, 3); k > 0 && i > 0; --k) {
            const int j = pick(0, i - 1);
            if (tree.isAncestor(j, i) || t.findPredecessor(p.tasks[static_cast<std::size_t>(j)].id))
                continue;
            DT type = static_cast<DT>(pick(0, 3));
            if (tree.isSummary(i) && (type == DT::FinishToFinish || type == DT::StartToFinish))
                type = DT::FinishToStart;
            t.predecessors.push_back({p.tasks[static_cast<std::size_t>(j)].id, type, pick(-2, 3)});
        }
        if (tree.isSummary(i))
            continue;
        if (withConstraints && pick(0, 5) == 0) {
            const CT type = static_cast<CT>(pick(1, 7));
            t.constraint = {type, constraintNeedsDate(type) ? OptDate(day("2027-01-04") + boost::gregorian::days(pick(0, 40)))
                                                            : std::nullopt};
            out.hasHardDates = out.hasHardDates || (type != CT::StartNoEarlierThan && type != CT::FinishNoEarlierThan &&
                                                    type != CT::AsLateAsPossible);
        } else if (withConstraints && pick(0, 6) == 0 && t.durationDays > 0) {
            // Only unconstrained tasks get the vacation calendar. Not in plans
            // without constraints: a vacation would start a critical chain
            // that is not at the project start.
            t.assignments.push_back({"away", 100});
        }
        if (withConstraints && pick(0, 15) == 0) {
            t.deadline = day("2027-01-04") + boost::gregorian::days(pick(5, 50));
            out.hasHardDates = true;
        }
    }
    out.plan = p;
    return out;
}

bool hasConflict(const Schedule& s, Kind kind, int task)
{
    return std::any_of(s.conflicts.begin(), s.conflicts.end(),
                       [&](const ScheduleConflict& c) { return c.kind == kind && c.task == task; });
}

// A violated link into s must come with an overridden constraint on s or inside it.
bool overriddenAtOrBelow(const Schedule& s, const TaskTree& tree, int task)
{
    for (int k = task; k < tree.subtreeEnd(task); ++k)
        if (hasConflict(s, Kind::ConstraintOverridesLink, k))
            return true;
    return false;
}

bool linkHolds(const TaskTimes& p, const TaskTimes& s, const Dependency& d)
{
    switch (d.type) {
    case DT::FinishToStart: return s.startWork >= p.finishWork + d.lagDays;
    case DT::StartToStart: return s.startWork >= p.startWork + d.lagDays;
    case DT::FinishToFinish: return s.finishWork >= p.finishWork + d.lagDays;
    case DT::StartToFinish: return s.finishWork >= p.startWork + d.lagDays;
    }
    return false;
}

bool sameSchedule(const Schedule& a, const Schedule& b)
{
    if (a.tasks.size() != b.tasks.size() || a.start != b.start || a.finish != b.finish ||
        a.criticalPaths != b.criticalPaths || a.conflicts.size() != b.conflicts.size())
        return false;
    for (std::size_t i = 0; i < a.tasks.size(); ++i) {
        const TaskTimes &x = a.tasks[i], &y = b.tasks[i];
        if (x.start != y.start || x.finish != y.finish || x.earlyStart != y.earlyStart || x.lateFinish != y.lateFinish ||
            x.totalFloat != y.totalFloat || x.freeFloat != y.freeFloat || x.critical != y.critical)
            return false;
    }
    for (std::size_t k = 0; k < a.conflicts.size(); ++k)
        if (a.conflicts[k].message != b.conflicts[k].message)
            return false;
    return true;
}

bool linkedThroughSummaries(const Plan& p, const TaskTree& tree, int from, int to)
{
    for (int s = to; s != TaskTree::kNone; s = tree.parent(s))
        for (const Dependency& d : p.tasks[static_cast<std::size_t>(s)].predecessors) {
            const int pred = p.taskIndex(d.predecessor);
            for (int a = from; a != TaskTree::kNone; a = tree.parent(a))
                if (a == pred)
                    return true;
        }
    return false;
}

} // namespace

TEST_CASE("Property: links and constraints are honoured or reported, float negative only with a conflict",
          "[schedule][property]")
{
    int checkedLinks = 0, reportedViolations = 0;
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        const RandomPlan rp = randomPlan(seed, true);
        const Plan& p = rp.plan;
        if (!buildNetwork(p))
            continue; // a cycle through summaries: refused before scheduling, tested elsewhere
        auto r = computeSchedule(p);
        INFO("seed " << seed);
        REQUIRE(r);
        const Schedule& s = *r;
        const TaskTree tree(p.tasks);
        const CalendarSet calendars(p);
        const WorkCalendar& cal = calendars.planCalendar();
        for (int i = 0; i < static_cast<int>(p.tasks.size()); ++i) {
            const Task& t = p.tasks[static_cast<std::size_t>(i)];
            const TaskTimes& tt = s.tasks[static_cast<std::size_t>(i)];
            INFO("task " << t.id);
            for (const Dependency& d : t.predecessors) {
                ++checkedLinks;
                const TaskTimes& pt = s.tasks[static_cast<std::size_t>(p.taskIndex(d.predecessor))];
                if (!linkHolds(pt, tt, d)) {
                    ++reportedViolations;
                    CHECK(overriddenAtOrBelow(s, tree, i));
                }
            }
            if (!t.constraint.date || tt.summary)
                continue;
            const int on = cal.indexOf(*t.constraint.date);
            const int onFinish = cal.indexOf(cal.previousWorkingDay(*t.constraint.date));
            switch (t.constraint.type) {
            case CT::StartNoEarlierThan: CHECK(tt.startIndex >= on); break;
            case CT::FinishNoEarlierThan: CHECK(tt.finishIndex >= onFinish); break;
            case CT::StartNoLaterThan: CHECK(tt.startIndex <= on); break;
            case CT::FinishNoLaterThan: CHECK(tt.finishIndex <= onFinish); break;
            case CT::MustStartOn: CHECK(tt.startIndex == on); break;
            case CT::MustFinishOn: CHECK(tt.finishIndex == onFinish); break;
            default: break;
            }
        }
        const bool negative = std::any_of(s.tasks.begin(), s.tasks.end(), [](const TaskTimes& x) { return x.totalFloat < 0; });
        if (negative) {
            CHECK(rp.hasHardDates);
            CHECK(std::any_of(s.conflicts.begin(), s.conflicts.end(), [](const ScheduleConflict& c) {
                return c.kind == Kind::ConstraintOverridesLink || c.kind == Kind::MissedDeadline ||
                       c.kind == Kind::MissedConstraint || c.kind == Kind::MissedTarget;
            }));
        }
    }
    CHECK(checkedLinks > 20000);
    CHECK(reportedViolations > 0); // the generator does produce overridden links
}

TEST_CASE("Property: without hard dates, no conflicts, no negative float, and critical paths run from start to finish",
          "[schedule][property]")
{
    int paths = 0;
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        const RandomPlan rp = randomPlan(seed, false);
        const Plan& p = rp.plan;
        if (!buildNetwork(p))
            continue;
        auto r = computeSchedule(p);
        INFO("seed " << seed);
        REQUIRE(r);
        const Schedule& s = *r;
        CHECK(s.conflicts.empty());
        int last = 0;
        for (const TaskTimes& tt : s.tasks) {
            CHECK(tt.totalFloat >= 0);
            CHECK(tt.freeFloat >= 0);
            CHECK(tt.freeFloat <= tt.totalFloat);
            last = std::max(last, tt.finishWork);
        }
        REQUIRE_FALSE(s.criticalPaths.empty());
        const TaskTree tree(p.tasks);
        for (const auto& path : s.criticalPaths) {
            ++paths;
            CHECK(s.tasks[static_cast<std::size_t>(path.front())].startWork == 0);
            CHECK(s.tasks[static_cast<std::size_t>(path.back())].finishWork == last);
            for (std::size_t k = 0; k + 1 < path.size(); ++k)
                CHECK(linkedThroughSummaries(p, tree, path[k], path[k + 1]));
            for (int t : path)
                CHECK(s.tasks[static_cast<std::size_t>(t)].critical);
        }
    }
    CHECK(paths >= 3000);
}

TEST_CASE("Property: rescheduling the same plan gives the same schedule", "[schedule][property]")
{
    for (unsigned seed = 1; seed <= 1000; ++seed) {
        const RandomPlan rp = randomPlan(seed, true);
        auto a = computeSchedule(rp.plan);
        auto b = computeSchedule(Plan(rp.plan));
        INFO("seed " << seed);
        REQUIRE(a.ok() == b.ok());
        if (a)
            CHECK(sameSchedule(*a, *b));
    }
}
