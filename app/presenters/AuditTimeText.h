// SPDX-License-Identifier: MIT
#pragma once
// A certificate's audit time (lifecycle/AuditTime.h) as text, for
// `certplan-cli audit-time` and the Audits tab. No wx here.

#include "core/Certification.h"
#include "lifecycle/AuditTime.h"

#include <string>

namespace certplan::present {

// "3.5 days", "1 day"; "-" without a figure.
std::string auditDaysText(const std::optional<int>& halfDays);

// One line per certificate for the Audits tab: "Audit time of cert-1 (IAF MD 5
// QMS table (default), 55 persons): stage 1 1.5 d, stage 2 3.5 d,
// surveillance 1.5 d, recertification 3.5 d", or why there is none. Empty for
// a certificate without <audit-time>.
std::string auditTimeSummary(const Certificate& c);

} // namespace certplan::present
