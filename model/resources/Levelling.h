// SPDX-License-Identifier: MIT
#pragma once
// Resource levelling: delays tasks until no resource is asked for more than it
// can give. A pure function of the plan: the delays come back as extra
// start-no-earlier-than dates (ScheduleOptions::startFloors) with a levelled
// schedule, and the caller decides whether to keep them.
//
// Method (serial, deterministic): tasks are taken in order of their current
// start, then least total float (in the unlevelled schedule), then plan order;
// each takes the resources it needs at its current start or, if they are
// booked, at the first later day on which all of them are free. Tasks with
// float are therefore the ones that wait, and they wait within their float when
// that is enough. Tasks that cannot move (started, finished, or held by a
// must/no-later-than constraint) keep their dates; what they over-allocate is
// left in `remaining`.

#include "resources/ResourceLoad.h"
#include "schedule/Scheduler.h"

#include <string>
#include <vector>

namespace certplan {

struct LevellingDelay {
    int task = -1;
    Date originalStart; // in the unlevelled schedule
    Date levelledStart;
    int delayDays = 0;   // working days on the plan calendar
    int totalFloat = 0;  // in the unlevelled schedule
    bool withinFloat = false;
    bool direct = false; // levelled itself (false: pushed by a levelled predecessor)
    int resource = -1;   // for a direct delay: the resource it waited for
    std::string reason;
};

struct LevellingResult {
    std::vector<OptDate> startFloors;    // parallel to Plan::tasks; set for levelled tasks
    std::vector<LevellingDelay> delays;  // every task that moved, in plan order
    Schedule schedule;                   // the levelled schedule
    int finishDelayDays = 0;             // how much later the plan finishes
    std::vector<OverAllocation> remaining; // over-allocations levelling could not remove
};

Result<LevellingResult, ScheduleError> levelResources(const Plan& plan, const ScheduleOptions& options = {});

} // namespace certplan
