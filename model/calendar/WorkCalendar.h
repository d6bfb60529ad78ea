// SPDX-License-Identifier: MIT
#pragma once
// A calendar compiled for arithmetic. Every date in the supported range is one
// bit (works or not) in a DayBits, which also counts the working days before
// every 64th date, so "add N working days" and "working days between" are a
// few look-ups and popcounts however far apart the dates are (multi-year audit
// cycles included). 300 years take about 32 KB, so a plan with a calendar per
// person stays small; CalendarSet also shares calendars with the same days.

#include "calendar/DayBits.h"
#include "core/Calendar.h"
#include "core/Date.h"

#include <cstdint>
#include <vector>

namespace certplan {

class WorkCalendar {
public:
    static Date rangeFirst(); // 1950-01-01
    static Date rangeLast();  // 2249-12-31

    // Exceptions are applied in order; a later one wins where they overlap.
    WorkCalendar(WeekMask week, const std::vector<CalendarException>& exceptions);
    WorkCalendar(); // Monday-Friday, no holidays

    static bool inRange(Date d) { return d >= rangeFirst() && d <= rangeLast(); }
    bool hasWorkingDays() const { return m_days.count() > 0; }
    int workingDayCount() const { return m_days.count(); }

    bool isWorkingDay(Date d) const;
    // Working days strictly before d: d's own index if d is a working day,
    // otherwise the index of the next working day. d must be in range.
    int indexOf(Date d) const;
    // The working day with index i; i is clamped to the range.
    Date dateOf(int i) const;

    // Working days in [from, to], both inclusive (0 when to < from).
    int workingDaysBetween(Date from, Date to) const;
    // The n-th working day after d (n may be negative). Day 0 is d when d works,
    // else the next working day. Clamped to the range.
    Date addWorkingDays(Date d, int n) const;
    Date nextWorkingDay(Date d) const;     // d if d works
    Date previousWorkingDay(Date d) const; // d if d works

    // One bit per date from rangeFirst(): 1 for a working day.
    const DayBits& days() const { return m_days; }
    // Same working days (the week and exceptions that gave them may differ).
    bool sameDays(const WorkCalendar& o) const { return m_days == o.m_days; }
    std::size_t bytes() const { return m_days.bytes() + m_dates.capacity() * sizeof(std::uint32_t); }
    // Adds a table of every working day's date (0.3 MB over the range) so that
    // dateOf is one array look-up, as the scheduler's time axis (the plan
    // calendar) needs; CalendarSet does it for the plan calendar only.
    void addDateTable();

private:
    std::size_t offset(Date d) const;
    DayBits m_days;
    std::vector<std::uint32_t> m_dates; // empty, or per working day: its offset from rangeFirst()
};

} // namespace certplan
