// SPDX-License-Identifier: MIT
#pragma once
// The words for a certificate's programme, shared by `certplan-cli audits` and
// the Audits tab so both say the same thing: one line per cycle with its dates
// and where it stands on the status date.

#include "lifecycle/AuditCalendar.h"

#include <string>
#include <vector>

namespace certplan::present {

// "expired-restorable: no renewal decision by expiry; restorable until
// 2030-12-30 once the recertification is finished". Dates are ISO 8601.
std::string cycleOutcomeText(const ProgrammeCycle& c);

// "cycle 1: 2027-06-30 to expiry 2030-06-30, 2 surveillance audits, renewal
// decision by 2030-06-30, restorable until 2030-12-30; <outcome text>".
std::string cycleSummary(const ProgrammeCycle& c);

// The short form for the Audits tab, whose list shows the windows: "cycle 1,
// 2027-06-30 to 2030-06-30: <outcome text>".
std::string cycleStatusLine(const ProgrammeCycle& c);

// The body's settings that move the audit slots away from the defaults, one
// sentence each, empty with the defaults: "surveillance around each
// anniversary of 2027-06-30, from 3 months before to 3 months after; the
// first closes by 2028-06-30 (within 12 months of the decision, R10)",
// "a recertification stage 1 before each recertification audit (R16)".
std::vector<std::string> programmeRuleNotes(const CertificationProgramme& p);

// "never-renewed.certplan: ISO/IEC 20000-1:2018 (cert-20000-1), decision
// 2027-06-30" (or ", no decision date yet").
std::string certificateHeading(const CertificateProgramme& p);

} // namespace certplan::present
