// SPDX-License-Identifier: MIT
#pragma once
// Giving audits (and the tasks that stand for them) the durations their
// certificate's audit time calls for (lifecycle/AuditTime.h).

#include "commands/TaskEdits.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

// What setting the durations would do to one audit. Days are whole working
// days: the audit time's half days rounded up (an audit record and a task
// hold whole days).
struct AuditDurationChange {
    std::string audit;
    int daysBefore = 0;
    int daysAfter = 0;
    std::string task;                 // linked task whose duration changes, if any
    std::optional<int> taskDaysBefore;
    std::optional<int> taskDaysAfter;
};

struct AuditDurationPreview {
    std::vector<AuditDurationChange> changes; // only audits or tasks whose days change
    // Audits left alone and why: completed or cancelled (their days are
    // history), no audit time for their certificate or type, a milestone or
    // summary task.
    std::vector<std::string> notes;
};

// Pure: what setAuditDurationsFromAuditTime would change.
AuditDurationPreview previewAuditDurations(const Plan& plan);

// One undo step, "Set Audit Durations from Audit Time": every planned or
// confirmed audit whose certificate has an <audit-time> gets its days, and its
// linked task (not a milestone, a summary or finished work) the same
// duration. Refused, with the reason, when nothing would change.
CommandResult setAuditDurationsFromAuditTime(const Plan& plan);

} // namespace certplan
