// SPDX-License-Identifier: MIT
#include "calendar/WorkCalendar.h"

#include <algorithm>

namespace certplan {

Date WorkCalendar::rangeFirst() { return Date(1950, 1, 1); }
Date WorkCalendar::rangeLast() { return Date(2249, 12, 31); }

WorkCalendar::WorkCalendar() : WorkCalendar(WeekMask{}, {}) {}

WorkCalendar::WorkCalendar(WeekMask week, const std::vector<CalendarException>& exceptions)
{
    const Date first = rangeFirst();
    const auto days = static_cast<std::size_t>((rangeLast() - first).days() + 1);
    std::vector<std::uint8_t> works(days);
    // The weekday of day k cycles with k; start from the first day's weekday.
    int wd = (first.day_of_week().as_number() + 6) % 7; // Monday = 0
    for (std::size_t k = 0; k < days; ++k) {
        works[k] = week.works(wd) ? 1 : 0;
        wd = (wd + 1) % 7;
    }
    for (const auto& ex : exceptions) {
        const Date from = std::max(ex.from, first);
        const Date to = std::min(ex.to, rangeLast());
        if (to < from)
            continue;
        const auto a = static_cast<std::size_t>((from - first).days());
        const auto b = static_cast<std::size_t>((to - first).days());
        std::fill(works.begin() + static_cast<std::ptrdiff_t>(a), works.begin() + static_cast<std::ptrdiff_t>(b) + 1,
                  ex.working ? 1 : 0);
    }
    m_before.resize(days);
    m_workDays.reserve(days * 5 / 7 + 8);
    std::int32_t count = 0;
    for (std::size_t k = 0; k < days; ++k) {
        m_before[k] = count;
        if (works[k]) {
            m_workDays.push_back(static_cast<std::uint32_t>(k));
            ++count;
        }
    }
}

std::size_t WorkCalendar::offset(Date d) const
{
    const Date c = std::clamp(d, rangeFirst(), rangeLast());
    return static_cast<std::size_t>((c - rangeFirst()).days());
}

bool WorkCalendar::isWorkingDay(Date d) const
{
    const auto k = offset(d);
    const auto before = m_before[k];
    return static_cast<std::size_t>(before) < m_workDays.size() && m_workDays[static_cast<std::size_t>(before)] == k;
}

int WorkCalendar::indexOf(Date d) const
{
    return m_before[offset(d)];
}

Date WorkCalendar::dateOf(int i) const
{
    if (m_workDays.empty())
        return rangeFirst();
    const auto k = static_cast<std::size_t>(std::clamp(i, 0, workingDayCount() - 1));
    return rangeFirst() + boost::gregorian::days(static_cast<long>(m_workDays[k]));
}

int WorkCalendar::workingDaysBetween(Date from, Date to) const
{
    if (to < from)
        return 0;
    return indexOf(to + boost::gregorian::days(1)) - indexOf(from) +
           ((to == rangeLast() && isWorkingDay(to)) ? 1 : 0);
}

Date WorkCalendar::addWorkingDays(Date d, int n) const
{
    // A non-working d first moves to the next working day, which is day 0.
    return dateOf(indexOf(d) + n);
}

Date WorkCalendar::nextWorkingDay(Date d) const
{
    return dateOf(indexOf(d));
}

Date WorkCalendar::previousWorkingDay(Date d) const
{
    return isWorkingDay(d) ? d : dateOf(indexOf(d) - 1);
}

} // namespace certplan
