// SPDX-License-Identifier: MIT
#include "presenters/GanttLegend.h"

namespace certplan::present {

std::vector<LegendEntry> ganttLegend(bool baselineShown)
{
    using S = LegendEntry::Symbol;
    std::vector<LegendEntry> out = {
        {S::Task, "Task"},
        {S::CriticalTask, "Critical task"},
        {S::Summary, "Summary"},
        {S::Milestone, "Milestone"},
        {S::Progress, "% complete"},
    };
    if (baselineShown)
        out.push_back({S::Baseline, "Baseline"});
    out.push_back({S::Today, "Today"});
    out.push_back({S::StatusDate, "Status date"});
    out.push_back({S::Conflict, "Late / conflict"});
    return out;
}

} // namespace certplan::present
