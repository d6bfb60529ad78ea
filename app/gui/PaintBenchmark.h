// SPDX-License-Identifier: MIT
#pragma once
// `certplan --bench-paint`: how fast the real main window opens, paints and
// scrolls generated plans of 10,000 and 100,000 tasks. Needs an X display.

#include "core/Plan.h"

#include <functional>

namespace certplan::gui {

// A plan of exactly taskCount tasks shaped like a big programme: phases of
// work packages of 4-14 tasks, about 2.5 finish-to-start links per task, all
// to earlier tasks of the same phase. The same count always gives the same plan.
Plan generateBenchmarkPlan(int taskCount);

// Runs the benchmark once the event loop runs, prints a table and calls done
// with the exit code.
void startPaintBenchmark(std::function<void(int)> done);

} // namespace certplan::gui
