// SPDX-License-Identifier: MIT
#pragma once
// Predecessors as MS Project users type them: "3FS+2d; 5SS" where the number is
// the task's row number (its position in the outline, from 1), the type
// defaults to FS and the lag is in working days (a minus sign for a lead).

#include "core/Plan.h"
#include "util/Result.h"

#include <string>
#include <vector>

namespace certplan::present {

std::string formatPredecessors(const Plan& plan, const Task& task);
std::string formatDependency(int rowNumber, const Dependency& d);

// Row numbers refer to plan.tasks (1-based). Errors name the offending part.
Result<std::vector<Dependency>, std::string> parsePredecessors(const Plan& plan, const std::string& text);

} // namespace certplan::present
