// SPDX-License-Identifier: MIT
#pragma once
// Seeded random plans with every kind of progress data, consistent or not:
// percents with and without actual dates, actual dates on either side of the
// status date, milestones and zero-duration tasks with progress, summaries
// nested a few levels, links of every type. For the property tests that every
// output counts progress as progress/Progress.h does.

#include "core/TaskTree.h"
#include "model/ScheduleFixtures.h"

#include <algorithm>
#include <random>

namespace certplan::test {

// summaryNoise: also store progress on summaries (the file format drops it,
// so only in-memory plans can carry it; every output must ignore it).
inline Plan randomProgressPlan(unsigned seed, bool summaryNoise = true)
{
    using DT = DependencyType;
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto dayAfterStart = [&](int lo, int hi) { return day("2027-01-04") + boost::gregorian::days(pick(lo, hi)); };
    PlanBuilder b;
    b.plan().info.title = "Random progress " + std::to_string(seed);
    Calendar& cal = b.calendar("std");
    for (int k = pick(0, 3); k > 0; --k) {
        const Date d = dayAfterStart(1, 50);
        cal.exceptions.push_back({d, d + boost::gregorian::days(pick(0, 3)), false, "x"});
    }
    if (pick(0, 4) > 0)
        b.plan().info.statusDate = dayAfterStart(0, 40);
    const int n = pick(1, 30);
    int level = 0;
    for (int i = 0; i < n; ++i) {
        level = std::max(0, std::min(level + pick(-2, 1), i == 0 ? 0 : level + 1));
        b.task("t" + std::to_string(i), pick(0, 4) == 0 ? 0 : pick(1, 8), level);
    }
    Plan& p = b.plan();
    const TaskTree tree(p.tasks);
    const int percents[] = {0, 0, 1, 10, 25, 40, 50, 66, 99, 100, 100};
    for (int i = 0; i < n; ++i) {
        Task& t = p.tasks[static_cast<std::size_t>(i)];
        for (int k = pick(0, 2); k > 0 && i > 0; --k) {
            const int j = pick(0, i - 1);
            if (tree.isAncestor(j, i) || t.findPredecessor(p.tasks[static_cast<std::size_t>(j)].id))
                continue;
            DT type = static_cast<DT>(pick(0, 3));
            if (tree.isSummary(i) && (type == DT::FinishToFinish || type == DT::StartToFinish))
                type = DT::FinishToStart;
            t.predecessors.push_back({p.tasks[static_cast<std::size_t>(j)].id, type, pick(-1, 3)});
        }
        if (tree.isSummary(i)) {
            t.durationDays = 0;
            if (summaryNoise)
                t.percentComplete = percents[pick(0, 10)];
            continue;
        }
        t.milestone = t.durationDays == 0 && pick(0, 1) == 0;
        t.percentComplete = percents[pick(0, 10)];
        if (pick(0, 2) == 0)
            t.actualStart = dayAfterStart(-3, 35);
        if (pick(0, 3) == 0) {
            t.actualFinish = t.actualStart ? *t.actualStart + boost::gregorian::days(pick(0, 10)) : dayAfterStart(0, 40);
            if (t.milestone && t.actualStart)
                t.actualFinish = t.actualStart;
        }
    }
    return p;
}

} // namespace certplan::test
