// SPDX-License-Identifier: MIT
#include "presenters/NewTaskPlacement.h"

namespace certplan::present {

OptDate newTaskStartNoEarlierThan(const Plan& plan, const Schedule* schedule, int position)
{
    const int size = static_cast<int>(plan.tasks.size());
    if (!schedule || size == 0 || static_cast<int>(schedule->tasks.size()) != size)
        return std::nullopt;
    const int neighbour = position >= 0 && position < size ? position : size - 1;
    const Date start = schedule->tasks[static_cast<std::size_t>(neighbour)].start;
    if (start <= schedule->start)
        return std::nullopt;
    return start;
}

std::string newTaskAfterStatusDateNote(const Plan& plan, const Schedule& schedule, const std::string& taskId, Date wanted,
                                       const DateFormat& dates)
{
    const int k = plan.taskIndex(taskId);
    if (k < 0 || static_cast<std::size_t>(k) >= schedule.tasks.size() || !schedule.statusDate)
        return {};
    const Date status = *schedule.statusDate;
    const Date start = schedule.tasks[static_cast<std::size_t>(k)].start;
    if (start <= wanted || start <= status)
        return {};
    return "\"" + plan.tasks[static_cast<std::size_t>(k)].name + "\" starts " + dates.format(start) +
           ", after the status date " + dates.format(status) +
           ": work not done yet is not scheduled in the past; mark it complete, or move the status date, to place it "
           "beside " + dates.format(wanted) + ".";
}

} // namespace certplan::present
