// SPDX-License-Identifier: MIT
#include "presenters/TaskCount.h"

namespace certplan::present {

TaskCount countTasks(const Plan& plan)
{
    TaskCount c;
    c.all = static_cast<int>(plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        if (isSummary(plan.tasks, i))
            ++c.summaries;
        else if (plan.tasks[i].milestone)
            ++c.milestones;
    }
    return c;
}

std::string taskCountText(const TaskCount& c)
{
    std::string out = std::to_string(c.all) + (c.all == 1 ? " task" : " tasks");
    std::string parts;
    if (c.summaries > 0)
        parts = std::to_string(c.summaries) + " summary";
    if (c.milestones > 0)
        parts += (parts.empty() ? "" : ", ") + std::to_string(c.milestones) + (c.milestones == 1 ? " milestone" : " milestones");
    if (!parts.empty())
        out += " (" + parts + ")";
    return out;
}

} // namespace certplan::present
