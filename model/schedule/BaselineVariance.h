// SPDX-License-Identifier: MIT
#pragma once
// Baselines against the schedule: taking a snapshot of the current dates, and
// how far each task has moved since one was taken, in working days of the plan
// calendar (positive: later than the baseline).

#include "core/Plan.h"
#include "schedule/Schedule.h"
#include "util/Result.h"

#include <string>
#include <vector>

namespace certplan {

struct TaskVariance {
    int task = -1;
    bool inBaseline = false; // false: the task was added after the baseline was saved
    Date baselineStart, baselineFinish;
    int baselineDuration = 0;
    int startVariance = 0;
    int finishVariance = 0;
    int durationVariance = 0;
};

// Every task's dates as scheduled now (summaries included, as MS Project does).
Baseline makeBaseline(const Plan& plan, const Schedule& sched, std::string name, Date saved);

// One entry per task, parallel to Plan::tasks; an error names the baseline
// that does not exist and the ones that do.
Result<std::vector<TaskVariance>, std::string> baselineVariance(const Plan& plan, const Schedule& sched,
                                                                const std::string& baselineName);

} // namespace certplan
