// SPDX-License-Identifier: MIT
#pragma once
// The audit time settings of one certificate (<audit-time> in the file): the
// organization's effective headcount, the reductions the body grants, and any
// figure the body's quotation fixes. lifecycle/AuditTime.h turns them into
// audit days per audit type. All days are counted in half days (the unit the
// tables use: 3 = 1.5 days) so that the arithmetic stays exact.

#include "core/Enums.h"

#include <array>
#include <optional>
#include <vector>

namespace certplan {

// One row of an audit time table: organizations of up to `upToPersons`
// effective personnel (and more than the previous row's) need `halfDays` of
// stage 1 + stage 2 audit time, in 8-hour days.
struct AuditTimeRow {
    int upToPersons = 0;
    int halfDays = 0;
    bool operator==(const AuditTimeRow&) const = default;
};

struct AuditTimeRules {
    // Effective personnel: persons in scope, part-timers as full-time
    // equivalents (IAF MD 5). Unset: nothing can be read from the table.
    std::optional<int> headcount;
    // Reductions granted by the body (low complexity, maturity ...), percent,
    // 0-30 in all (EA FAQ 48.4); an integrated audit of several standards, a
    // further 0-20 percent of what remains (IAF MD 11).
    int reductionPercent = 0;
    int integrationPercent = 0;
    // Stage 1's share of the initial (stage 1 + 2) time, percent. 30 is a
    // planning assumption of this program [H]: the sources give only the sum.
    int stage1Percent = 30;
    // Share of the initial time for a surveillance and for a recertification
    // audit, percent; unset means exactly one third and two thirds (IAF MD 5
    // guidance, [P]).
    std::optional<int> surveillancePercent;
    std::optional<int> recertificationPercent;
    // The body's own table, rows in ascending order of upToPersons. Empty:
    // the IAF MD 5 QMS table (lifecycle/AuditTime.h, defaultAuditTimeTable).
    std::vector<AuditTimeRow> table;
    // Beyond the last row: each started block of abovePersons more persons
    // adds aboveHalfDays. Both set or neither; unset: a headcount beyond the
    // table is an error, since the sources leave that progression open.
    std::optional<int> abovePersons;
    std::optional<int> aboveHalfDays;
    // Days the body's quotation fixes per audit type (index: AuditType), half
    // days; they win over the table.
    std::array<std::optional<int>, kAuditTypeCount> fixedHalfDays{};
    bool operator==(const AuditTimeRules&) const = default;
};

} // namespace certplan
