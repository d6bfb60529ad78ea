// SPDX-License-Identifier: MIT
#pragma once
// The scheduler is a pure function: plan (+ status date) in, schedule out.
// It never writes into tasks, so it can run on every edit and on a copy in a
// worker thread alike.
//
// Total float is measured against the certification project's finish, as MS
// Project measures it against the project finish date; the audits of later
// certification cycles (schedule/ProjectScope.h) are the audit programme, not
// part of that project: they do not move its finish, their own float runs to
// the plan's last date, and they are never critical. A plan without them
// schedules exactly as if the rule did not exist.

#include "core/Plan.h"
#include "schedule/Schedule.h"
#include "util/Result.h"

#include <vector>

namespace certplan {

struct ScheduleOptions {
    // Progress cut-off; unset means the plan's own status date (if any).
    OptDate statusDate;
    // Compute up to this many distinct critical paths (they can multiply in wide plans).
    int maxCriticalPaths = 8;
    // Per task (parallel to Plan::tasks, or empty): a start-no-earlier-than
    // date on top of the task's own constraint. Resource levelling delays
    // tasks through it, so that it never has to write into the plan.
    std::vector<OptDate> startFloors;
};

Result<Schedule, ScheduleError> computeSchedule(const Plan& plan, const ScheduleOptions& options = {});

} // namespace certplan
