// SPDX-License-Identifier: MIT
#pragma once
// What the Gantt chart's legend lists: one entry per kind of mark the chart
// draws (GanttPainter), in the order MS Project's bar styles list them.

#include <string>
#include <vector>

namespace certplan::present {

struct LegendEntry {
    enum class Symbol { Task, CriticalTask, Summary, Milestone, Progress, Baseline, Today, StatusDate, Conflict };
    Symbol symbol = Symbol::Task;
    std::string label;
};

// The baseline entry only when a baseline is drawn under the bars.
std::vector<LegendEntry> ganttLegend(bool baselineShown);

} // namespace certplan::present
