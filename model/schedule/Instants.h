// SPDX-License-Identifier: MIT
#pragma once
// The scheduler's time axis. Working day k of the plan calendar has two
// instants: 2k (its start) and 2k+1 (its end). The end of day k and the start
// of day k+1 are the same amount of work, but MS Project shows a milestone that
// follows a finish on the finishing day, and one placed at a start on the
// starting day; keeping both instants reproduces that, and max() prefers the
// later one exactly as Project does.

namespace certplan {

// Working days elapsed at an instant (floor((v + 1) / 2); C++20 >> floors).
constexpr int workOf(int v) { return (v + 1) >> 1; }
// The same amount of work, as a day start / as a day end.
constexpr int toStart(int v) { return 2 * workOf(v); }
constexpr int toFinish(int v) { return 2 * workOf(v) - 1; }
// The working day an instant belongs to, for display.
constexpr int dayOf(int v) { return v >> 1; }

static_assert(workOf(4) == 2 && workOf(5) == 3 && workOf(-1) == 0 && workOf(-2) == -1);
static_assert(toStart(5) == 6 && toFinish(4) == 3 && dayOf(5) == 2 && dayOf(-1) == -1);

} // namespace certplan
