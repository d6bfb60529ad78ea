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
    // In the audit programme of a later certification cycle
    // (schedule/ProjectScope.h): float against the plan's finish, never critical.
    bool laterCycle = false;
    bool summary = false;
    bool milestone = false;
    bool complete = false;
    // Positions in working days on the plan calendar (for charts and variance).
    int startIndex = 0;  // index of the day the task starts on
    int finishIndex = 0; // index of the day it finishes on (a milestone: its day)
    // Working days elapsed on the plan calendar since the schedule's start, at
    // the task's start and at its end:
    // a task of d days on consecutive days has finishWork - startWork == d; a
    // milestone has one position, which tells whether it sits at the start of
    // its day (before that day's work) or at its end (after it).
    int startWork = 0;
    int finishWork = 0;
};

struct ScheduleConflict {
    enum class Kind {
        ConstraintOverridesLink, // a hard constraint won over a link, the project start or the status date
        MissedDeadline,
        MissedTarget,
        MissedConstraint,        // a summary finishes after its finish-no-later-than date
        NoCommonWorkingDay,      // a task's assignees share no working day; the plan calendar is used
        ResourceDayNotUsed,      // the assignees work a day the plan calendar does not (calendar/OffPlanDays.h)
        OutOfRange,
        // Progress without the actual date that pins it (100 % without an
        // actual finish, started without an actual start) that the links would
        // place after the status date; placed by it instead (progress/Progress.h rules 2, 4).
        ProgressAfterStatusDate,
    };
    Kind kind = Kind::ConstraintOverridesLink;
    int task = -1;             // the task whose constraint or deadline is involved
    std::vector<int> involved; // other tasks (driving predecessors)
    int daysLate = 0;
    std::string message;
};

struct Schedule {
    std::vector<TaskTimes> tasks; // parallel to Plan::tasks
    Date start;                   // project start (in backward planning: the date you must start by)
    Date finish;                  // the last date of the plan, later cycles' audits included
    // The certification project's finish: what total float is measured
    // against and the critical path leads to (schedule/ProjectScope.h). Equal
    // to `finish` unless the plan holds audits of later cycles.
    Date projectFinish;
    int projectFinishTask = -1;   // the leaf ending the project (the last listed of those that do)
    int laterCycleTasks = 0;      // tasks in the audit programme of later cycles
    OptDate statusDate;
    std::vector<ScheduleConflict> conflicts;
    // Chains of critical leaf tasks joined by driving links (links with no
    // slack, directly or through summaries), in link order.
    std::vector<std::vector<int>> criticalPaths;
    int criticalCount = 0;                      // critical leaf tasks (never a later cycle's)
    const TaskTimes& at(std::size_t i) const { return tasks[i]; }
};

struct ScheduleError {
    std::string message;
    int task = -1;
    int depIndex = -1;
    std::vector<int> cycle;
};

} // namespace certplan
