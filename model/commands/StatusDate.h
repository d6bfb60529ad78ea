// SPDX-License-Identifier: MIT
#pragma once
// Setting or moving the status date (PlanInfo::statusDate) as one undoable
// edit: the date progress is reported up to, from which the scheduler places
// remaining work (schedule/Engine.h). Project > Status Date in the app,
// `status-date` in the file.

#include "commands/TaskEdits.h"

namespace certplan {

// "Set Status Date" (or "Clear Status Date" for std::nullopt). Refused, with
// the range named, for a date the plan file cannot hold (core/FieldLimits.h:
// 1950-01-01 to 2249-12-31), and with "nothing to change" when the date is
// already the plan's.
CommandResult setStatusDate(const Plan& plan, OptDate date);

} // namespace certplan
