// SPDX-License-Identifier: MIT
#pragma once
// Certificates, the certification body's programme rules and the audits of the
// three-year cycle. The rules are data: certification bodies differ, and the
// domain brief marks several values as uncertain.

#include "core/Date.h"
#include "core/Enums.h"

#include <string>

namespace certplan {

struct ProgrammeRules {
    int cycleYears = 3;
    bool expiryDayBefore = false;      // some bodies date expiry one day before the anniversary
    int firstSurveillanceMonths = 12;  // first surveillance no later than this after the decision
    int surveillanceIntervalMonths = 12;
    int recertWindowMonths = 6;        // recertification audit window opens this long before expiry
    int recertDecisionMarginDays = 30; // audit should end this long before expiry, leaving time for a decision
    int restorationMonths = 6;         // a lapsed certificate can be restored within this after expiry
    int majorNcVerifyMonths = 6;       // majors verified within this after the last stage 2 day
    int ncResponseDays = 90;           // response to the body's findings
    int minorNcResponseDays = 90;
    int stage1To2WarnDays = 183;       // warn when stage 1 results may be stale
    int atRiskDays = 30;               // unconfirmed audit due within this many days is at risk
    bool operator==(const ProgrammeRules&) const = default;
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
    bool operator==(const Certificate&) const = default;
};

struct Audit {
    std::string id;
    std::string certificate;
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
    bool operator==(const Audit&) const = default;
};

} // namespace certplan
