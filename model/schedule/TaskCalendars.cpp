// SPDX-License-Identifier: MIT
#include "schedule/TaskCalendars.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace certplan {

DayMask::DayMask(const WorkCalendar& plan, const std::vector<const WorkCalendar*>& others)
{
    // Date by date, 64 at a time: the plan's working days in each word, and
    // those of them every other calendar works too. Where they agree (most
    // words: leave is rare) the word's plan days are appended as a run.
    const DayBits& planDays = plan.days();
    DayBitsBuilder bits(static_cast<std::size_t>(plan.workingDayCount()));
    for (std::size_t w = 0; w < planDays.wordCount(); ++w) {
        const std::uint64_t p = planDays.word(w);
        std::uint64_t m = p;
        for (const WorkCalendar* c : others)
            m &= c->days().word(w);
        if (m == p) {
            bits.append(static_cast<std::size_t>(__builtin_popcountll(p)), true);
            continue;
        }
        for (std::uint64_t rest = p; rest != 0; rest &= rest - 1)
            bits.appendBit((m & rest & (~rest + 1)) != 0);
    }
    m_bits = std::move(bits).build();
}

int DayMask::before(int day) const
{
    // Past either end of the range every plan day counts, as plan-day
    // arithmetic does there: a task pushed beyond the range stays beyond it
    // (and the scheduler reports it) instead of piling up on the last day.
    const int size = static_cast<int>(m_bits.size());
    if (day < 0)
        return day;
    if (day > size)
        return m_bits.count() + (day - size);
    return m_bits.rank(static_cast<std::size_t>(day));
}

int DayMask::dayOf(int k) const
{
    if (k < 0)
        return k;
    if (k >= m_bits.count())
        return static_cast<int>(m_bits.size()) + (k - m_bits.count());
    return static_cast<int>(m_bits.select(k));
}

bool DayMask::works(int day) const
{
    return day >= 0 && day < static_cast<int>(m_bits.size()) && m_bits.test(static_cast<std::size_t>(day));
}

int DayMask::firstOnOrAfter(int day) const
{
    return dayOf(before(day));
}

int DayMask::lastOnOrBefore(int day) const
{
    return dayOf(before(day + 1) - 1);
}

int DayMask::advance(int day, int n) const
{
    return dayOf(before(day) + n);
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
    // Calendars with the same days are one object (CalendarSet), so such
    // resources share masks.
    std::unordered_set<std::string_view> calendarIds;
    for (const auto& c : plan.calendars)
        calendarIds.insert(c.id);
    std::unordered_map<std::string_view, const WorkCalendar*> own;
    for (const auto& r : plan.resources) {
        if (r.calendar.empty() || r.calendar == planId || !calendarIds.count(r.calendar))
            continue;
        own.emplace(r.id, &calendars.get(r.calendar));
    }
    if (own.empty())
        return;
    std::map<std::vector<const WorkCalendar*>, int> maskIndex;
    m_maskOf.assign(plan.tasks.size(), -1);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        std::vector<const WorkCalendar*> cals;
        bool onPlanCalendar = false; // an assignee works the plan calendar itself
        for (const auto& a : plan.tasks[i].assignments) {
            if (auto it = own.find(a.resource); it != own.end())
                cals.push_back(it->second);
            else
                onPlanCalendar = true;
        }
        if (cals.empty())
            continue;
        // Same mask, but no day off the plan calendar is common to all assignees.
        if (onPlanCalendar)
            cals.push_back(&planCal);
        std::sort(cals.begin(), cals.end());
        cals.erase(std::unique(cals.begin(), cals.end()), cals.end());
        auto [it, added] = maskIndex.emplace(cals, static_cast<int>(m_masks.size()));
        if (added) {
            m_masks.emplace_back(planCal, cals);
            m_calendars.push_back(cals);
        }
        if (m_masks[static_cast<std::size_t>(it->second)].empty())
            m_unworkable.push_back(static_cast<int>(i));
        else
            m_maskOf[i] = it->second;
    }
}

} // namespace certplan
