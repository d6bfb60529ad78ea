// SPDX-License-Identifier: MIT
#include "report/PlanSummary.h"

#include "core/TaskTree.h"

#include <algorithm>

namespace certplan {

namespace {

// Progress weighted by duration, so a 40-day task at 50 % counts more than a
// 1-day one; milestones count as one day.
struct Progress {
    double done = 0;
    double total = 0;
    void add(const Task& t)
    {
        const double w = std::max(1, t.durationDays);
        total += w;
        done += w * std::clamp(t.percentComplete, 0, 100) / 100.0;
    }
    double percent() const { return total > 0 ? 100.0 * done / total : 0.0; }
};

} // namespace

PlanSummary summarizePlan(const Plan& plan, const Schedule& schedule)
{
    PlanSummary s;
    const TaskTree tree(plan.tasks);
    Progress overall;
    for (int i = 0; i < tree.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        const Task& t = plan.tasks[k];
        if (tree.isSummary(i))
            continue;
        ++s.taskCount;
        overall.add(t);
        const TaskTimes& tt = schedule.tasks[k];
        if (tt.milestone) {
            ++s.milestoneCount;
            s.milestones.push_back({i, t.name, tt.finish, tt.complete, tt.critical});
        }
    }
    s.percentComplete = overall.percent();

    for (int i : tree.children(TaskTree::kNone)) {
        if (!tree.isSummary(i))
            continue;
        PhaseSummary ph;
        ph.task = i;
        ph.name = plan.tasks[static_cast<std::size_t>(i)].name;
        const TaskTimes& tt = schedule.tasks[static_cast<std::size_t>(i)];
        ph.start = tt.start;
        ph.finish = tt.finish;
        ph.critical = tt.critical;
        Progress p;
        for (int k = i + 1; k < tree.subtreeEnd(i); ++k) {
            if (tree.isSummary(k))
                continue;
            const Task& t = plan.tasks[static_cast<std::size_t>(k)];
            ++ph.leafTasks;
            if (schedule.tasks[static_cast<std::size_t>(k)].milestone)
                ++ph.milestones;
            p.add(t);
        }
        ph.percentComplete = p.percent();
        s.phases.push_back(std::move(ph));
    }

    for (const auto& r : plan.resources) {
        ResourceSummary rs{r.id, r.name, r.role, r.kind, 0};
        for (const auto& t : plan.tasks)
            for (const auto& a : t.assignments)
                if (a.resource == r.id)
                    ++rs.assignedTasks;
        s.resources.push_back(std::move(rs));
    }
    for (const auto& c : plan.checklists)
        s.checklists.push_back(computeReadiness(c));
    return s;
}

} // namespace certplan
