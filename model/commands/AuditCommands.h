// SPDX-License-Identifier: MIT
#pragma once
// Turning the rules' empty slots of a certification cycle into planned audits:
// each surveillance and the recertification audit of the cycle becomes an audit
// in the register and a milestone in the plan, dated inside its window. When
// the rules ask for a recertification stage 1 (R16) it becomes a stage 1
// audit of the cycle, 6 weeks before the recertification audit (not before
// its window opens).

#include "commands/TaskEdits.h"
#include "schedule/Schedule.h"

namespace certplan {

struct CyclePlanSpec {
    std::string certificate;  // certificate id
    int cycle = 2;
    Date statusDate;
    int marginDays = 30;      // planned this long before the window closes (not before it opens)
};

// One undo step ("Plan Cycle 2 Audits"). Slots the plan already holds an audit
// for are left alone; refused when nothing is left to plan or the programme is
// unknown (no decision date yet).
CommandResult planCycleAudits(const Plan& plan, const Schedule* schedule, const CyclePlanSpec& spec);

} // namespace certplan
