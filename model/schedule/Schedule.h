// SPDX-License-Identifier: MIT
#pragma once
// What the scheduler computes from a plan. Nothing here is stored in the plan.

#include "core/Date.h"

#include <string>
#include <vector>

namespace certplan {

struct TaskTimes {
    Date start;          // scheduled dates: what the Gantt chart and reports show
    Date finish;
    Date earlyStart, earlyFinish;
    Date lateStart, lateFinish;
    int durationDays = 0; // working days from start to finish (a summary: its span)
    int totalFloat = 0;   // working days; negative when a constraint or deadline cannot be met
    int freeFloat = 0;
    bool critical = false;
    bool summary = false;
    bool milestone = false;
    bool complete = false;
    // Positions in working days on the plan calendar (for charts and variance).
    int startIndex = 0;  // first working day
    int finishIndex = 0; // last working day (== startIndex - 1 for a zero-length task at a day start)
};

struct ScheduleConflict {
    enum class Kind { ConstraintOverridesLink, MissedDeadline, MissedTarget, OutOfRange };
    Kind kind = Kind::ConstraintOverridesLink;
    int task = -1;             // the task whose constraint or deadline is involved
    std::vector<int> involved; // other tasks (driving predecessors)
    int daysLate = 0;
    std::string message;
};

struct Schedule {
    std::vector<TaskTimes> tasks; // parallel to Plan::tasks
    Date start;                   // project start (in backward planning: the date you must start by)
    Date finish;
    OptDate statusDate;
    std::vector<ScheduleConflict> conflicts;
    std::vector<std::vector<int>> criticalPaths; // leaf tasks, in link order
    int criticalCount = 0;                      // critical leaf tasks
    const TaskTimes& at(std::size_t i) const { return tasks[i]; }
};

struct ScheduleError {
    std::string message;
    int task = -1;
    int depIndex = -1;
    std::vector<int> cycle;
};

} // namespace certplan
