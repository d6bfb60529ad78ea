// SPDX-License-Identifier: MIT
#pragma once
#include "schedule/Engine.h"

namespace certplan {

// Up to `limit` paths of critical leaf tasks; each follows driving links (no
// slack) from a critical task nothing critical drives to one that drives
// nothing critical. Deterministic: paths are listed by first task, then by
// successor index.
void collectCriticalPaths(const Network& net, const Engine& eng, const std::vector<TaskTimes>& times, int limit,
                          std::vector<std::vector<int>>& out);

} // namespace certplan
