// SPDX-License-Identifier: MIT
#include "report/PlanSummary.h"

#include "core/TaskTree.h"
#include "progress/Progress.h"

namespace certplan {

PlanSummary summarizePlan(const Plan& plan, const Schedule& schedule)
{
    PlanSummary s;
    const TaskTree tree(plan.tasks);
    const PlanProgress progress(plan, tree);
    for (int i = 0; i < tree.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        const Task& t = plan.tasks[k];
        if (tree.isSummary(i))
            continue;
        ++s.taskCount;
        const TaskTimes& tt = schedule.tasks[k];
        if (tt.milestone) {
            ++s.milestoneCount;
            s.milestones.push_back({i, t.name, tt.finish, progress.finished(i), tt.critical});
        }
    }
    s.percentComplete = progress.planPercent();

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
        for (int k = i + 1; k < tree.subtreeEnd(i); ++k) {
            if (tree.isSummary(k))
                continue;
            ++ph.leafTasks;
            if (schedule.tasks[static_cast<std::size_t>(k)].milestone)
                ++ph.milestones;
        }
        ph.percentComplete = progress.percent(i);
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
