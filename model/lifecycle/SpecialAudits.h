// SPDX-License-Identifier: MIT
#pragma once
// Audits outside the regular slots of the programme, and audits shared by
// several programmes.
//
// Special and scope extension audits (ISO/IEC 17021-1 9.6.4) are called for
// by an event, not by the cycle, so the plan states their window:
// - it opens on the audit's trigger (the complaint, the change, the
//   application for the extension), else on the start of the audit's cycle,
//   else (no programme yet) it has no lower limit;
// - it closes on the audit's due-by date (the body's requested-by date), else
//   trigger + ProgrammeRules::specialAuditDays (special) or scopeExtensionDays
//   (scope extension), in calendar days;
// - with neither a trigger nor a due-by date there is no window, and the audit
//   is judged on its own dates as before.
// The window is judged like a surveillance window on the status date
// (assessAudit): overdue once it closed without the audit, at risk when due
// within at-risk-days and unconfirmed. A short-notice (unannounced) audit is
// not at risk for being unconfirmed: the body does not agree its date in
// advance (17021-1 9.6.4.2).
//
// A scope extension audit flagged countsAsSurveillance fills the surveillance
// slot of its cycle it is dated in, as a surveillance audit of that cycle
// would (domain brief R15: the extension may be combined with a surveillance),
// and keeps its own event and window as well.
//
// A combined audit (IAF MD 11: one audit of an integrated management system
// for several standards) appears in the programme of each certificate it
// names, matched to that programme's slot; when its dates fit the window in
// one programme and not in another, every programme concerned warns.

#include "lifecycle/AuditCalendar.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

// The window the plan states for a special or scope extension audit (rules
// above); unset for other kinds or when neither trigger nor due-by is given.
// cycleStart: the start of the audit's cycle when a programme is known.
// plannedFirst: the audit's first day, used as the open edge when nothing
// else gives one.
std::optional<DateWindow> requestedAuditWindow(const Audit& a, const ProgrammeRules& rules, OptDate cycleStart,
                                               OptDate plannedFirst);

// The certificates an audit counts for: certificate, then alsoCertificates.
std::vector<std::string> auditCertificates(const Audit& a);
bool auditCountsFor(const Audit& a, const std::string& certificate);

// Adds to each programme a warning for every combined audit whose dates fall
// inside its window in some programmes and outside it in others.
void checkCombinedAudits(const Plan& plan, std::vector<CertificateProgramme>& programmes);

} // namespace certplan
