// SPDX-License-Identifier: MIT
#pragma once
// Due dates of nonconformities. A date written on the nonconformity wins;
// otherwise the certificate's rule table (NcRuleTable in core/Certification.h)
// gives one, by the kind of audit that raised the finding and its grade:
// - a response (cause analysis and action plan) within the rule's response
//   days of being raised;
// - a verification within the rule's days or months of the last day of the
//   audit that raised it (a stage 2 finding without an audit id: the cycle's
//   stage 2 audit; no audit at all: the day it was raised).
// The kind of audit is the raising audit's type; without one, the source
// (stage 1, stage 2, surveillance, recertification; anything else is internal).
// Which one is "the" due date follows the status: while open, the earlier of
// the two; once a plan is accepted, the verification limit (a minor usually
// has none: the body checks it at its next audit).

#include "core/Plan.h"
#include "schedule/Schedule.h"

#include <string>

namespace certplan {

// Which limit the due date came from.
enum class DueBasis {
    None,         // nothing owed in the current status
    Register,     // written on the nonconformity
    Response,     // the rule's response days
    Verification, // the rule's verification limit
};

struct NcDue {
    OptDate responseDue;
    OptDate verifyDue;
    OptDate due;           // what applies in the current status
    bool derived = false;  // due came from the rules, not from the register
    bool open = true;      // neither verified nor closed
    bool overdue = false;  // open and the status date is past due
    long daysLeft = 0;     // due - status date (negative when overdue)
    FindingOrigin origin = FindingOrigin::Internal; // the rule row that applied
    DueBasis basis = DueBasis::None;
    std::string basisText; // "response 90 d", "verify 6 months after stage2", "register" (empty: nothing owed)
};

const ProgrammeRules& rulesFor(const Plan& plan, const std::string& certificate);
FindingOrigin findingOrigin(const Plan& plan, const Nonconformity& nc);
NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate);
bool isOpen(NcStatus s);

} // namespace certplan
