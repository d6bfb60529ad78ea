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
#include "presenters/DateFormat.h"
#include "schedule/Schedule.h"

#include <string>

namespace certplan::present {

// The SNET date for a task inserted before `position` (== size: appended).
// None when there is no schedule or no neighbour, or when the neighbour starts
// on the project start, where the new task goes anyway.
OptDate newTaskStartNoEarlierThan(const Plan& plan, const Schedule* schedule, int position);

// Inserted among finished work, the new task (not done yet) is scheduled after
// the status date, not beside `wanted` (its neighbour's start): the sentence
// the status bar gives, or "" when it starts where it was wanted.
std::string newTaskAfterStatusDateNote(const Plan& plan, const Schedule& schedule, const std::string& taskId, Date wanted,
                                       const DateFormat& dates);

} // namespace certplan::present
