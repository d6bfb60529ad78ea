// SPDX-License-Identifier: MIT
#pragma once
// Which plan working days each task can work on. A task's assignees may have
// their own calendars (vacations layered on the company calendar); MS Project
// then schedules the work on the resource calendars. We do the same, with one
// decision of our own: a task with several assignees works only on days when
// all of them work (MS Project lets each assignee work on their own days, which
// stretches the task in ways a certification plan cannot show per person).
// Days a resource works but the plan calendar does not are not used: the time
// axis is the plan calendar (see Instants.h and calendar/OffPlanDays.h, which
// finds such days so that they are reported, never ignored silently). Lags
// stay on the plan calendar.
//
// Positions are plan working-day indices. A task without a calendar of its own
// works every plan working day and all functions are the identity.

#include "calendar/CalendarSet.h"
#include "core/Plan.h"

#include <cstdint>
#include <string>
#include <vector>

namespace certplan {

// One bit per plan working day (DayBits): about 20 KB over the 300-year range,
// so a plan with a mask per person stays small.
class DayMask {
public:
    DayMask(const WorkCalendar& plan, const std::vector<const WorkCalendar*>& others);
    bool empty() const { return m_bits.count() == 0; }
    bool works(int day) const;
    int firstOnOrAfter(int day) const;
    int lastOnOrBefore(int day) const;
    // The working day n days of this mask after (before, n < 0) working day
    // `day`. Positions outside the range (< 0, >= the plan's working days)
    // are allowed and extend it by plain plan days, so an overflow stays
    // visible to the caller.
    int advance(int day, int n) const;
    // Days of this mask in plan days [from, to).
    int countBetween(int from, int to) const;

private:
    int before(int day) const;
    int dayOf(int k) const; // the k-th mask day; beyond the range: one per plan day
    DayBits m_bits; // bit d: the task can work on plan working day d
};

class TaskCalendars {
public:
    TaskCalendars(const Plan& plan, const CalendarSet& calendars);
    // nullptr: the task works every plan working day.
    const DayMask* of(int task) const
    {
        const int m = m_maskOf.empty() ? -1 : m_maskOf[static_cast<std::size_t>(task)];
        return m < 0 ? nullptr : &m_masks[static_cast<std::size_t>(m)];
    }
    // Tasks whose assignees share no working day; they fall back to the plan calendar.
    const std::vector<int>& unworkable() const { return m_unworkable; }
    // The calendars of a task's assignees that differ from the plan's (empty
    // when it has none), for finding the days they work off the plan calendar.
    const std::vector<const WorkCalendar*>& calendarsOf(int task) const
    {
        static const std::vector<const WorkCalendar*> none;
        const int m = m_maskOf.empty() ? -1 : m_maskOf[static_cast<std::size_t>(task)];
        return m < 0 ? none : m_calendars[static_cast<std::size_t>(m)];
    }

private:
    std::vector<int> m_maskOf;
    std::vector<DayMask> m_masks;
    std::vector<std::vector<const WorkCalendar*>> m_calendars; // parallel to m_masks
    std::vector<int> m_unworkable;
};

} // namespace certplan
