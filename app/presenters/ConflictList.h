// SPDX-License-Identifier: MIT
#pragma once
// The schedule's conflicts as rows a list can show: which task, what kind, and
// the scheduler's full message. wx-free, so the wording is tested headless.

#include "core/Plan.h"
#include "schedule/Schedule.h"

#include <string>
#include <vector>

namespace certplan::present {

struct ConflictRow {
    std::string taskId;   // "" when the conflict is about the whole plan
    std::string task;     // "Name (id)", or "Whole plan"
    std::string kind;     // short label, e.g. "Constraint wins over a link"
    std::string message;  // the scheduler's sentence, unchanged
};

// One row per conflict, in the scheduler's order.
std::vector<ConflictRow> conflictRows(const Plan& plan, const Schedule& schedule);

// Short label of a conflict kind for a list column.
std::string conflictKindLabel(ScheduleConflict::Kind kind);

} // namespace certplan::present
