// SPDX-License-Identifier: MIT
#pragma once
// Which tasks are the certification project and which belong to the audit
// programme of a later certification cycle.
//
// A plan is the project that leads to certification (cycle 1: from the gap
// analysis through the certification decision, and, as the example plans it,
// its surveillance and recertification) plus, once "Plan Next Cycle's Audits"
// (commands/AuditCommands.h) has run, the audits of cycles 2 and later. Those
// are fixed dates agreed with the certification body years ahead; they are
// not work the certification project must finish. MS Project measures total
// float against the project's finish date, and a master project with its
// inserted projects calculated separately ("Inserted projects are calculated
// like summary tasks" off) has one critical path per project. Here the
// project whose finish bounds float and whose critical path is shown is the
// certification project; the later cycles' audits are scheduled the same way
// but have their float measured against the end of the whole plan (the
// programme's last date) and are never critical (Scheduler.h).
//
// A task belongs to the audit programme of a later cycle when
//  1. it stands for an audit of cycle 2 or later (Task::audit, or the audit's
//     task or decision task names it: core/Certification.h), or
//  2. it lies inside a summary that belongs to it, or
//  3. it follows one by a link, directly or through others (closing a
//     later cycle's findings is that cycle's work), or
//  4. it is a summary all of whose subtasks do.
// Work that only leads up to such an audit (preparing for it) is not caught by
// these rules: it stays in the certification project and, when it ends after
// everything else, moves the project's finish.

#include "core/Plan.h"
#include "schedule/Network.h"

#include <vector>

namespace certplan {

// One flag per task (parallel to Plan::tasks): 1 when it belongs to the audit
// programme of a later cycle. All zero in a plan without such audits.
std::vector<char> laterCycleTasks(const Plan& plan, const Network& net);

} // namespace certplan
