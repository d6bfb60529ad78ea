// SPDX-License-Identifier: MIT
#pragma once
// A calendar compiled for arithmetic. Every date in the supported range gets the
// count of working days before it, and every working day gets its date, so
// "add N working days" and "working days between" are two array look-ups
// however far apart the dates are (multi-year audit cycles included).

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
    bool hasWorkingDays() const { return !m_workDays.empty(); }
    int workingDayCount() const { return static_cast<int>(m_workDays.size()); }

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

private:
    std::size_t offset(Date d) const;
    std::vector<std::int32_t> m_before;   // per day in range: working days before it
    std::vector<std::uint32_t> m_workDays; // per working day: its day offset
};

} // namespace certplan
