// SPDX-License-Identifier: MIT
#pragma once
// The scheduler is a pure function: plan (+ status date) in, schedule out.
// It never writes into tasks, so it can run on every edit and on a copy in a
// worker thread alike.

#include "core/Plan.h"
#include "schedule/Schedule.h"
#include "util/Result.h"

namespace certplan {

struct ScheduleOptions {
    // Progress cut-off; unset means the plan's own status date (if any).
    OptDate statusDate;
    // Compute up to this many distinct critical paths (they can multiply in wide plans).
    int maxCriticalPaths = 8;
};

Result<Schedule, ScheduleError> computeSchedule(const Plan& plan, const ScheduleOptions& options = {});

} // namespace certplan
