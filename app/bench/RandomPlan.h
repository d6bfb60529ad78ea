// SPDX-License-Identifier: MIT
#pragma once
// Seeded random plans shaped like large certification programmes: phases of
// summaries, leaf tasks with about 2.5 links each to earlier tasks (all four
// link types, lags and leads), some milestones and constraints, and a
// ten-year holiday calendar.

#include "core/Plan.h"

namespace certplan::bench {

Plan randomPlan(int tasks, unsigned seed);

} // namespace certplan::bench
