// SPDX-License-Identifier: MIT
#pragma once
// Certificates, the certification body's programme rules and the audits of the
// three-year cycle. The rules are data: certification bodies differ, and the
// domain brief marks several values as uncertain.

#include "core/AuditTimeRules.h"
#include "core/Date.h"
#include "core/Enums.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace certplan {

// What the certification body allows for one grade of finding from one kind of
// audit. Unset limits owe nothing. Verification is counted from the last day of
// the audit that raised the finding (the day it was raised when no audit is
// known), in days or in calendar months; at most one of the two is set.
struct NcRule {
    std::optional<int> responseDays; // cause analysis and action plan, days after the day it was raised
    std::optional<int> verifyDays;   // majors: corrections verified within this many days
    std::optional<int> verifyMonths; // ... or within this many calendar months
    bool operator==(const NcRule&) const = default;
};

// The nonconformity rules by audit kind and grade (major, minor); observations
// and opportunities for improvement owe nothing. Bodies differ, so every row
// is a setting of the certificate (<nc-rule> in the file). Defaults and their
// sources ([N] 17021-1, [P] common certification-body practice, [H] a planning
// assumption of this program), as in the domain brief:
//   stage 2 major: response 90 days [P]; verified within 6 months of the last
//     stage 2 day, else a new stage 2 [N 17021-1 9.5.3.2, R7]
//   stage 2 minor: response (cause and plan) 90 days [P, R8]; checked at the
//     next audit, no verification limit
//   stage 1: as stage 2 [H] (stage 1 concerns can become stage 2 findings)
//   surveillance, recertification major: response 90 days, verified within 90
//     days [P, R7 "usually 90 days"]; a recertification finding is also due by
//     expiry (R12), see NonconformityDue.h
//   special audit, transfer review, scope extension: as surveillance [H]
//   minors from any audit: response 90 days [P, R8]
//   internal (gap analysis, internal audit, complaint): major response 90 days
//     and verification within 6 months of the day raised, minor response 90
//     days [H] (ISO/IEC 20000-1 10.1 sets no days)
struct NcRuleTable {
    std::array<std::array<NcRule, 2>, 8> rows; // [FindingOrigin][0 = major, 1 = minor]

    static NcRuleTable defaults();
    // Observation and opportunity for improvement: an empty rule.
    const NcRule& rule(FindingOrigin origin, NcClass grade) const;
    NcRule& at(FindingOrigin origin, bool major) { return rows[static_cast<std::size_t>(origin)][major ? 0 : 1]; }
    const NcRule& at(FindingOrigin origin, bool major) const
    {
        return rows[static_cast<std::size_t>(origin)][major ? 0 : 1];
    }
    bool operator==(const NcRuleTable&) const = default;
};

struct ProgrammeRules {
    int cycleYears = 3;
    bool expiryDayBefore = false;      // some bodies date expiry one day before the anniversary
    int firstSurveillanceMonths = 12;  // first surveillance no later than this after the decision
    int surveillanceIntervalMonths = 12;
    int recertWindowMonths = 6;        // recertification audit window opens this long before expiry
    int recertDecisionMarginDays = 30; // audit should end this long before expiry, leaving time for a decision
    int restorationMonths = 6;         // a lapsed certificate can be restored within this after expiry
    NcRuleTable ncRules = NcRuleTable::defaults(); // nonconformity limits by audit kind and grade
    int suspensionMonths = 6;          // a suspension not lifted by then leads to withdrawal (R14, [P])
    // Calendar days from an audit's trigger (Audit::trigger) to the last day
    // the body holds it, when the audit names no due-by date; [H] planning
    // assumptions, bodies set their own (17021-1 9.6.4 gives no days).
    int specialAuditDays = 30;         // special audit after a complaint, change or suspension
    int scopeExtensionDays = 90;       // scope extension audit after the application
    int stage1To2WarnDays = 183;       // warn when stage 1 results may be stale
    int atRiskDays = 30;               // unconfirmed audit due within this many days is at risk
    // Surveillance timed around each anniversary of the initial decision
    // instead of at intervals from the cycle's start (R11: "usually near the
    // anniversary"; the tolerance depends on the body, [P]). Months before and
    // after the anniversary; see lifecycle/SurveillanceSlots.h.
    bool anniversarySurveillance = false;
    int anniversaryBeforeMonths = 3;
    int anniversaryAfterMonths = 3;
    // Every recertification is preceded by a recertification stage 1 (R16:
    // the body asks for one after significant changes). A stage 1 audit the
    // plan holds for a later cycle asks for it in that cycle alone.
    bool recertStage1 = false;
    bool operator==(const ProgrammeRules&) const = default;
};

// A period in which the body suspended the certificate (17021-1 9.6.5): it is
// temporarily invalid; lifted when the cause is resolved, else the body
// withdraws the certificate or reduces its scope.
struct Suspension {
    Date from;            // first day suspended
    std::string reason;   // e.g. "surveillance audit not allowed at the required frequency"
    OptDate liftBy;       // the body's deadline; unset: from + ProgrammeRules::suspensionMonths
    OptDate lifted;       // the day it was lifted, once it was
    bool operator==(const Suspension&) const = default;
};

struct Certificate {
    std::string id;
    std::string standard;          // "ISO/IEC 20000-1"
    std::string edition;           // "2018"
    std::string certificationBody;
    std::string number;            // certificate number once issued
    std::string scope;
    OptDate decisionDate;          // D0: initial certification decision
    ProgrammeRules rules;
    std::vector<Suspension> suspensions; // in date order
    OptDate withdrawn;             // the day the body withdrew the certificate: it ends there
    std::optional<AuditTimeRules> auditTime; // <audit-time>: headcount, reductions, the body's figures
    bool operator==(const Certificate&) const = default;
};

struct Audit {
    std::string id;
    std::string certificate; // the first (or only) certificate it counts for
    AuditType type = AuditType::Stage1;
    int cycle = 1;          // certification cycle, 1 = initial
    OptDate planned;        // first audit day; when a task is linked, the schedule decides
    int durationDays = 1;
    std::string auditors;
    AuditStatus status = AuditStatus::Planned;
    std::string task;       // milestone or task in the plan
    std::string notes;
    // The certification decision this audit leads to (stage 2: the initial
    // decision; recertification: the renewal). The linked task's finish wins
    // over the date, as for `planned`.
    OptDate decision;
    std::string decisionTask;
    // Special and scope extension audits (17021-1 9.6.4) have no slot from the
    // rules: their window opens on the trigger (the complaint, change or
    // application that called for the audit) and closes on dueBy, else
    // trigger + ProgrammeRules::specialAuditDays / scopeExtensionDays.
    OptDate trigger;
    OptDate dueBy;
    bool shortNotice = false;          // announced at short notice or unannounced (17021-1 9.6.4.2)
    bool countsAsSurveillance = false; // scope extension held with a surveillance: fills its slot too (R15)
    // A combined audit (IAF MD 11, an integrated management system audited for
    // several standards at once): the other certificates of the organization it
    // counts for, besides `certificate`; each programme matches it to its slot.
    std::vector<std::string> alsoCertificates;
    bool operator==(const Audit&) const = default;
};

} // namespace certplan
