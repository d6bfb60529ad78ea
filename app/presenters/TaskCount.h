// SPDX-License-Identifier: MIT
#pragma once
// The task count the status bar (and the New Plan wizard's summary) shows.
// It counts the way the grid numbers its rows: every task, summaries
// included, as MS Project's ID column does, so the last row's number is the
// count. Summaries are then named apart, since they are phases, not work.

#include "core/Plan.h"

#include <string>

namespace certplan::present {

struct TaskCount {
    int all = 0;       // every task: the last row number
    int summaries = 0; // of them, tasks with subtasks
    int milestones = 0;
};

TaskCount countTasks(const Plan& plan);
// "42 tasks (5 summary, 3 milestones)", "1 task", "0 tasks".
std::string taskCountText(const TaskCount& c);

} // namespace certplan::present
