// SPDX-License-Identifier: MIT
#include "schedule/TaskCalendars.h"

#include <algorithm>
#include <map>

namespace certplan {

DayMask::DayMask(const WorkCalendar& plan, const std::vector<const WorkCalendar*>& others)
{
    const int n = plan.workingDayCount();
    m_before.resize(static_cast<std::size_t>(n) + 1);
    for (int d = 0; d < n; ++d) {
        m_before[static_cast<std::size_t>(d)] = static_cast<std::int32_t>(m_days.size());
        const Date date = plan.dateOf(d);
        if (std::all_of(others.begin(), others.end(), [&](const WorkCalendar* c) { return c->isWorkingDay(date); }))
            m_days.push_back(d);
    }
    m_before[static_cast<std::size_t>(n)] = static_cast<std::int32_t>(m_days.size());
}

int DayMask::before(int day) const
{
    const int last = static_cast<int>(m_before.size()) - 1;
    return m_before[static_cast<std::size_t>(std::clamp(day, 0, last))];
}

bool DayMask::works(int day) const
{
    const int k = before(day);
    return k < static_cast<int>(m_days.size()) && m_days[static_cast<std::size_t>(k)] == day;
}

int DayMask::firstOnOrAfter(int day) const
{
    const int k = std::min(before(day), static_cast<int>(m_days.size()) - 1);
    return m_days[static_cast<std::size_t>(k)];
}

int DayMask::lastOnOrBefore(int day) const
{
    const int k = std::max(before(day + 1) - 1, 0);
    return m_days[static_cast<std::size_t>(k)];
}

int DayMask::advance(int day, int n) const
{
    const int k = std::clamp(before(day) + n, 0, static_cast<int>(m_days.size()) - 1);
    return m_days[static_cast<std::size_t>(k)];
}

int DayMask::countBetween(int from, int to) const
{
    return to <= from ? 0 : before(to) - before(from);
}

TaskCalendars::TaskCalendars(const Plan& plan, const CalendarSet& calendars)
{
    const WorkCalendar& planCal = calendars.planCalendar();
    const std::string planId = plan.defaultCalendar() ? plan.defaultCalendar()->id : std::string();
    // Resources whose calendar differs from the plan's; most plans have none,
    // and then no task gets a mask and scheduling stays pure arithmetic.
    std::map<std::string, const WorkCalendar*> own;
    for (const auto& r : plan.resources)
        if (!r.calendar.empty() && r.calendar != planId && plan.findCalendar(r.calendar))
            own.emplace(r.id, &calendars.get(r.calendar));
    if (own.empty())
        return;
    std::map<std::vector<const WorkCalendar*>, int> maskIndex;
    m_maskOf.assign(plan.tasks.size(), -1);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        std::vector<const WorkCalendar*> cals;
        for (const auto& a : plan.tasks[i].assignments)
            if (auto it = own.find(a.resource); it != own.end())
                cals.push_back(it->second);
        if (cals.empty())
            continue;
        std::sort(cals.begin(), cals.end());
        cals.erase(std::unique(cals.begin(), cals.end()), cals.end());
        auto [it, added] = maskIndex.emplace(cals, static_cast<int>(m_masks.size()));
        if (added)
            m_masks.emplace_back(planCal, cals);
        if (m_masks[static_cast<std::size_t>(it->second)].empty())
            m_unworkable.push_back(static_cast<int>(i));
        else
            m_maskOf[i] = it->second;
    }
}

} // namespace certplan
