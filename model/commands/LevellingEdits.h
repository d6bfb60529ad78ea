// SPDX-License-Identifier: MIT
#pragma once
// Project > Level Resources: resource levelling (resources/Levelling.h) kept
// in the plan as one undoable command.
//
// The plan file has no levelling-delay field, so a levelled task keeps its
// new start the way a planner would write it by hand: a Start No Earlier Than
// constraint on the levelled date (an As Soon As Possible task gets one; a
// task that already has one gets the later of the two dates). A task held by
// another kind of constraint (As Late As Possible, Finish No Earlier Than)
// keeps it and is listed in `notKept`. Undo takes every change back at once;
// there is no separate Clear Levelling, because a levelled date cannot be
// told apart from one the user typed.

#include "commands/TaskEdits.h"
#include "resources/Levelling.h"

#include <string>
#include <vector>

namespace certplan {

// One task whose scheduled start moved, compared with the schedule before
// levelling (leaf tasks only, in plan order).
struct LevellingMove {
    std::string taskId;
    Date from;          // start before levelling
    Date to;            // start after levelling
    int delayDays = 0;  // working days on the plan calendar
    std::string resource; // the over-allocated resource it waited for (name); empty: moved by a predecessor
    std::string reason;   // the leveller's sentence ("starts 3 working days later (...): resource ...")
};

struct LevellingEdit {
    CommandPtr command;                 // null when nothing needs to move
    std::vector<LevellingMove> moves;   // what the command moves
    std::vector<std::string> notKept;   // "'Task' (id): keeps its As Late As Possible constraint ..."
    std::vector<OverAllocation> remaining; // over-allocations levelling cannot remove
    int finishDelayDays = 0;
};

// Levels the plan as scheduled with `options` (the document's status date).
// Errors: the plan cannot be scheduled (the scheduler's message).
Result<LevellingEdit, std::string> levelResourcesEdit(const Plan& plan, const ScheduleOptions& options = {});

} // namespace certplan
