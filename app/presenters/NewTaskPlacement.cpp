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

} // namespace certplan::present
