// SPDX-License-Identifier: MIT
#pragma once
// Audit time (rule R18 of the domain brief): audit days per audit type from the
// organization's effective headcount, read from a table and reduced as the body
// allows, so that audits and their tasks get realistic durations.
//
// Sources: the default table is IAF MD 5's table for quality management
// systems (QMS), stage 1 + stage 2 days by effective personnel. ISO/IEC
// 20000-6 (9.1.4.2) has its own table for ISO/IEC 20000-1, whose figures a
// plan takes from the body's quotation (<row> elements); the QMS table is a
// labelled stand-in until then. Results are rounded to the nearest half day
// (IAF MD 5; a tie goes up). Reductions: at most 30 % in all (EA FAQ 48.4);
// an integrated audit (IAF MD 11) at most a further 20 % of what remains.
// Surveillance about one third and recertification about two thirds of the
// initial time ([P], IAF MD 5 guidance).

#include "core/AuditTimeRules.h"
#include "core/Enums.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

// IAF MD 5 Table QMS 1: 1-5 persons -> 1.5 days ... 8,501-10,700 -> 22 days.
const std::vector<AuditTimeRow>& defaultAuditTimeTable();
inline constexpr const char* kDefaultAuditTimeTableLabel = "IAF MD 5 QMS table (default)";
inline constexpr const char* kBodyAuditTimeTableLabel = "body's table";

// Rows strictly ascending in persons, days never falling: nullopt when fine,
// else a sentence naming the first offending row (1-based).
std::optional<std::string> checkAuditTimeTable(const std::vector<AuditTimeRow>& rows);

// Every single-field limit (core/FieldLimits.h: reductions 0-30 and 0-20,
// shares 0-100, headcounts, half days 0-365), above-persons and above-days
// together, and the table's order: nullopt when fine, else the first problem
// ("reduction-percent is 35; a reduction of audit time (at most 30 % in all,
// EA FAQ 48.4) is a whole number of percent from 0 to 30"). The loader checks
// the same while reading; this guards rules built in code.
std::optional<std::string> checkAuditTimeRules(const AuditTimeRules& rules);

// The days of one audit type, or why there are none.
struct AuditTimeFigure {
    AuditType type = AuditType::Stage1;
    std::optional<int> halfDays; // unset: no figure (see error)
    std::string derivation;      // "30 % of 3.6 days, rounded to the half day"
    std::string error;           // "no effective headcount is given" ...
    // Whole working days for a plan (audit records and tasks hold whole days):
    // the half days rounded up.
    std::optional<int> wholeDays() const;
};

struct AuditTimeResult {
    std::string tableLabel;       // kDefaultAuditTimeTableLabel or kBodyAuditTimeTableLabel
    bool defaultTable = true;
    std::optional<int> headcount;
    // How the initial (stage 1 + 2) time follows from the table: "55 persons:
    // row 46-65 -> 5 days; -10 % reduction = 4.5 days". Empty when no headcount.
    std::string basis;
    // Why the table gives nothing (no headcount, beyond the table without a
    // rule for above, more days than an audit can hold); types with fixed days
    // still have their figure.
    std::string error;
    std::optional<int> initialHalfDays; // rounded, after the reductions
    std::vector<AuditTimeFigure> figures; // one per AuditType, in the enum's order

    const AuditTimeFigure& figure(AuditType t) const { return figures[static_cast<std::size_t>(t)]; }
};

// Pure: the same rules give the same days. Rules that checkAuditTimeRules
// refuses give no figure at all, with its sentence as the error. Special audits and transfer reviews
// have no table figure; only fixed days give them one. A figure over 365 days
// (limits::kAuditDays, more than an audit record holds) is an error.
AuditTimeResult computeAuditTime(const AuditTimeRules& rules);

} // namespace certplan
