// SPDX-License-Identifier: MIT
#pragma once
// Conflicts found after the passes: deadlines, summary limits, the target of
// backward planning, assignees without a common working day, assignees'
// working days the plan calendar cannot give them.

#include "schedule/Engine.h"

namespace certplan {

struct ScheduleTarget {
    bool active = false;
    int anchor = -1; // task that must finish on the target; -1: the whole plan
    int end = 0;     // instant: end of the target day
};

void addScheduleConflicts(const Plan& plan, const Network& net, const Engine& eng, const TaskCalendars& taskCals,
                          const ScheduleTarget& target, OptDate statusDate, std::vector<ScheduleConflict>& out);
// Computed dates left the calendars' range (limits::firstDate..lastDate): names
// the range and the tasks (task: the first, involved: the others), and says
// their dates are shown clamped to the range.
ScheduleConflict outOfRangeConflict(const Plan& plan, const std::vector<int>& tasks);

} // namespace certplan
