// SPDX-License-Identifier: MIT
#pragma once
// Where Edit > Insert Task puts a new task in time.
//
// Left as it is (As Soon As Possible, no links) a new task starts at the
// project start, or at the status date once progress is tracked; inserted in a
// phase months ahead, it drags that phase's summary back to it. MS Project
// also starts a new task at the project start, and expects it to be linked;
// but a planner inserting a row between two tasks means "here". So the new
// task gets a Start No Earlier Than its neighbour's scheduled start: the task
// it is inserted above (at the end of the plan: the last task). A constraint
// of that kind, not a fixed date, so links added later still push it later
// and the status date still moves unstarted work out of the past.

#include "core/Plan.h"
#include "schedule/Schedule.h"

namespace certplan::present {

// The SNET date for a task inserted before `position` (== size: appended).
// None when there is no schedule or no neighbour, or when the neighbour starts
// on the project start, where the new task goes anyway.
OptDate newTaskStartNoEarlierThan(const Plan& plan, const Schedule* schedule, int position);

} // namespace certplan::present
