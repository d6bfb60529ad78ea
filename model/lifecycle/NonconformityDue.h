// SPDX-License-Identifier: MIT
#pragma once
// Due dates of nonconformities. A date written on the nonconformity wins;
// otherwise the certificate's rules give one:
// - majors and minors owe a response (cause analysis and action plan) within
//   ncResponseDays / minorNcResponseDays of being raised;
// - majors must also be verified within majorNcVerifyMonths of the last day of
//   the audit that raised them (a stage 2 finding without an audit id: the
//   cycle's stage 2 audit; no audit at all: the day it was raised);
// - observations and opportunities for improvement owe nothing.
// Which one is "the" due date follows the status: while open, the earlier of
// the two; once a plan is accepted, a major's verification deadline, and a
// minor has none (the body checks it at its next audit).

#include "core/Plan.h"
#include "schedule/Schedule.h"

namespace certplan {

struct NcDue {
    OptDate responseDue;
    OptDate verifyDue;
    OptDate due;           // what applies in the current status
    bool derived = false;  // due came from the rules, not from the register
    bool open = true;      // neither verified nor closed
    bool overdue = false;  // open and the status date is past due
    long daysLeft = 0;     // due - status date (negative when overdue)
};

const ProgrammeRules& rulesFor(const Plan& plan, const std::string& certificate);
NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate);
bool isOpen(NcStatus s);

} // namespace certplan
