// SPDX-License-Identifier: MIT
#pragma once
// Gap-analysis edits: assessing requirements, recording evidence, keeping
// readiness snapshots, and turning a gap into corrective work in the plan.
// Like TaskEdits.h, each function checks the edit and returns the command or
// a message saying why it cannot be done.

#include "commands/TaskEdits.h"

#include <string>
#include <vector>

namespace certplan {

// Not applicable needs a justification: ISO/IEC 20000-1 allows no exclusions,
// so an auditor will ask for the reason. `assessed` records when it was judged.
CommandResult setRequirementStatus(const Plan& plan, const std::string& requirement, RequirementStatus status,
                                   OptDate assessed = std::nullopt, std::string justification = {});
CommandResult setRequirementMaturity(const Plan& plan, const std::string& requirement, std::optional<int> maturity);
CommandResult setRequirementOwner(const Plan& plan, const std::string& requirement, const std::string& owner);
CommandResult setRequirementNotes(const Plan& plan, const std::string& requirement, std::string notes);
CommandResult addRequirementEvidence(const Plan& plan, const std::string& requirement, Evidence evidence);

// Records today's readiness of a checklist; a snapshot of the same checklist
// on the same date is replaced, so re-running on one day keeps one point.
CommandResult addReadinessSnapshot(const Plan& plan, const std::string& checklist, Date when);

struct CorrectiveTaskSpec {
    std::string requirement;
    std::string owner;        // resource id; empty: the requirement's owner, if any
    int durationDays = 5;
    OptDate due;
    bool hardDue = false;     // true: finish-no-later-than constraint; false: a deadline flag only
    std::string name;         // empty: "Close gap <clause> <title>"
};
inline constexpr const char* kCorrectiveSummaryId = "corrective-actions";

// One undo step: adds the task under the "Corrective actions" summary (made at
// the end of the plan if missing), linked to the requirement. Only partially
// conforming and nonconforming requirements have gaps to close.
CommandResult createCorrectiveTask(const Plan& plan, const CorrectiveTaskSpec& spec);

// Puts an open nonconformity's corrective action into the plan (under
// "Corrective actions", linked through Task::nonconformity) so it is scheduled,
// resourced and visible with the rest of the work. One task per nonconformity.
struct NonconformityTaskSpec {
    std::string nonconformity;
    std::string owner;   // resource id; empty: the nonconformity's owner
    int durationDays = 5;
    OptDate due;         // shown as the task's deadline (usually the rule-derived due date)
};
CommandResult createNonconformityTask(const Plan& plan, const NonconformityTaskSpec& spec);

// Nonconformity register edits.
std::string uniqueNonconformityId(const Plan& plan);
CommandResult addNonconformity(const Plan& plan, Nonconformity nc);
// Moves forward through open -> plan accepted -> implemented -> verified ->
// closed (steps may be skipped; going back reopens). Verified and closed
// record their date.
CommandResult setNonconformityStatus(const Plan& plan, const std::string& id, NcStatus status, Date when);

} // namespace certplan
