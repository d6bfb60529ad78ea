// SPDX-License-Identifier: MIT
#pragma once
// Saving is deterministic (same plan, same bytes: fixed element and attribute
// order, defaults left out, LF line ends, two-space indent) so plans diff well
// in git, and atomic (see AtomicFile.h).

#include "core/Plan.h"
#include "util/Result.h"

#include <string>

namespace certplan {

std::string writePlanToString(const Plan& plan);
// Refuses text the loader would refuse ("not saved: ...", naming the value),
// so that no save replaces a file with one that cannot be opened again.
Result<Ok, std::string> checkPlanText(const std::string& text, const std::string& path);
// Writes the plan atomically (io/AtomicFile.h). Refuses, leaving the file on
// disk as it was, when the text would not load again (a value outside the
// file's limits, core/FieldLimits.h): the error says which value.
Result<Ok, std::string> savePlanFile(const Plan& plan, const std::string& path);

} // namespace certplan
