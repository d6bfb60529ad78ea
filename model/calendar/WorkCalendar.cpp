// SPDX-License-Identifier: MIT
#include "calendar/WorkCalendar.h"

#include "core/FieldLimits.h"

#include <algorithm>

namespace certplan {

// The calendars cover exactly the dates a plan may hold (core/FieldLimits.h).
Date WorkCalendar::rangeFirst() { return limits::firstDate(); }
Date WorkCalendar::rangeLast() { return limits::lastDate(); }

WorkCalendar::WorkCalendar() : WorkCalendar(WeekMask{}, {}) {}

WorkCalendar::WorkCalendar(WeekMask week, const std::vector<CalendarException>& exceptions)
{
    const Date first = rangeFirst();
    const auto days = static_cast<std::size_t>((rangeLast() - first).days() + 1);
    DayBitsBuilder bits(days);
    // Word w starts on day 64*w, and 64 = 1 (mod 7): word w's weekday pattern is
    // the first word's shifted by w days of the week. Seven patterns cover all.
    const int wd0 = (first.day_of_week().as_number() + 6) % 7; // Monday = 0
    std::uint64_t pattern[7] = {};
    for (int s = 0; s < 7; ++s)
        for (int j = 0; j < 64; ++j)
            if (week.works((wd0 + s + j) % 7))
                pattern[s] |= std::uint64_t{1} << j;
    auto& words = bits.words();
    for (std::size_t w = 0; w < words.size(); ++w)
        words[w] = pattern[w % 7];
    if (days % 64 != 0)
        words.back() &= (std::uint64_t{1} << (days % 64)) - 1;
    for (const auto& ex : exceptions) {
        const Date from = std::max(ex.from, first);
        const Date to = std::min(ex.to, rangeLast());
        if (to < from)
            continue;
        bits.assign(static_cast<std::size_t>((from - first).days()), static_cast<std::size_t>((to - first).days()),
                    ex.working);
    }
    m_days = std::move(bits).build();
}

std::size_t WorkCalendar::offset(Date d) const
{
    const Date c = std::clamp(d, rangeFirst(), rangeLast());
    return static_cast<std::size_t>((c - rangeFirst()).days());
}

bool WorkCalendar::isWorkingDay(Date d) const
{
    return m_days.test(offset(d));
}

int WorkCalendar::indexOf(Date d) const
{
    return m_days.rank(offset(d));
}

Date WorkCalendar::dateOf(int i) const
{
    if (m_days.count() == 0)
        return rangeFirst();
    const int k = std::clamp(i, 0, workingDayCount() - 1);
    const std::size_t offset = m_dates.empty() ? m_days.select(k) : m_dates[static_cast<std::size_t>(k)];
    return rangeFirst() + boost::gregorian::days(static_cast<long>(offset));
}

void WorkCalendar::addDateTable()
{
    if (!m_dates.empty())
        return;
    m_dates.reserve(static_cast<std::size_t>(m_days.count()));
    for (std::size_t w = 0; w < m_days.wordCount(); ++w)
        for (std::uint64_t bits = m_days.word(w); bits != 0; bits &= bits - 1)
            m_dates.push_back(static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
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
