// SPDX-License-Identifier: MIT
#include "schedule/BaselineVariance.h"

#include "calendar/CalendarSet.h"

#include <string_view>
#include <unordered_map>

namespace certplan {

Baseline makeBaseline(const Plan& plan, const Schedule& sched, std::string name, Date saved)
{
    Baseline b;
    b.name = std::move(name);
    b.saved = saved;
    b.entries.reserve(plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size() && i < sched.tasks.size(); ++i) {
        const TaskTimes& tt = sched.tasks[i];
        b.entries.push_back({plan.tasks[i].id, tt.start, tt.finish, tt.durationDays});
    }
    return b;
}

Result<std::vector<TaskVariance>, std::string> baselineVariance(const Plan& plan, const Schedule& sched,
                                                                const std::string& baselineName)
{
    const Baseline* base = nullptr;
    std::string known;
    for (const Baseline& b : plan.baselines) {
        if (b.name == baselineName)
            base = &b;
        known += (known.empty() ? "'" : ", '") + b.name + "'";
    }
    if (!base)
        return unexpected("the plan has no baseline named '" + baselineName + "'" +
                          (known.empty() ? std::string("; it has no baselines yet") : "; it has " + known));
    const CalendarSet calendars(plan);
    const WorkCalendar& cal = calendars.planCalendar();
    // Dates on non-working days count from the next working day, like the scheduler.
    auto between = [&](Date from, Date to) { return cal.indexOf(to) - cal.indexOf(from); };
    // Baseline::find is a linear search; index once so large plans stay linear.
    std::unordered_map<std::string_view, const BaselineEntry*> entries;
    entries.reserve(base->entries.size());
    for (const BaselineEntry& e : base->entries)
        entries.emplace(e.task, &e);
    std::vector<TaskVariance> out(plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size() && i < sched.tasks.size(); ++i) {
        TaskVariance& v = out[i];
        v.task = static_cast<int>(i);
        const auto it = entries.find(plan.tasks[i].id);
        if (it == entries.end())
            continue;
        const BaselineEntry* e = it->second;
        const TaskTimes& tt = sched.tasks[i];
        v.inBaseline = true;
        v.baselineStart = e->start;
        v.baselineFinish = e->finish;
        v.baselineDuration = e->durationDays;
        v.startVariance = between(e->start, tt.start);
        v.finishVariance = between(e->finish, tt.finish);
        v.durationVariance = tt.durationDays - e->durationDays;
    }
    return out;
}

} // namespace certplan
