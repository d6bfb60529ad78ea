// SPDX-License-Identifier: MIT
#pragma once
// Days a resource calendar works but the plan calendar does not.
//
// CertPlan's decision (README, "Calendars"): the scheduler's time axis is the
// plan calendar (schedule/Instants.h), so a resource calendar can only take
// working days away. MS Project would let a task follow its resource onto such
// a day; we do not, because lags, float, summaries and the charts are all
// counted in plan working days, and a day only one person works would make
// them disagree. Instead the day is never ignored silently: the loader warns
// once per resource calendar that has such days, and the scheduler reports a
// conflict on each task that could have used one. Both use this unit.

#include "calendar/CalendarSet.h"
#include "core/Plan.h"

#include <string>
#include <vector>

namespace certplan {

// One resource calendar with working days outside the plan calendar.
struct CalendarDaysOffPlan {
    std::string calendarId;
    std::vector<std::string> resources; // ids of the resources that use it, in plan order
    Date first;                         // the first such day
    int count = 0;                      // how many such days in the supported range
};

// Every calendar used by a resource that works a day the plan calendar does
// not, in the order the calendars first appear among the resources.
std::vector<CalendarDaysOffPlan> resourceDaysOffPlan(const Plan& plan, const CalendarSet& calendars);

// The first date in [from, to] (clamped to the supported range) that every
// calendar in `cals` works and `plan` does not; nullopt when there is none or
// cals is empty.
OptDate firstCommonDayOffPlan(const WorkCalendar& plan, const std::vector<const WorkCalendar*>& cals, Date from,
                              Date to);

} // namespace certplan
