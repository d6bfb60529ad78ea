// SPDX-License-Identifier: MIT
#pragma once
// The plan's calendars, compiled on first use. A calendar with a base inherits
// the base's week (unless it sets its own) and its exceptions, then applies its
// own on top: a person's vacations layered on the company calendar.

#include "calendar/WorkCalendar.h"
#include "core/Plan.h"

#include <map>
#include <memory>
#include <string>

namespace certplan {

struct EffectiveCalendar {
    WeekMask week;
    std::vector<CalendarException> exceptions;
};

// Follows the base chain; a chain that loops stops at the repeat.
EffectiveCalendar resolveCalendar(const Plan& plan, const Calendar& cal);

class CalendarSet {
public:
    explicit CalendarSet(const Plan& plan);

    const WorkCalendar& planCalendar() const;
    // An unknown or empty id gives the plan calendar.
    const WorkCalendar& get(const std::string& calendarId) const;

private:
    const Plan& m_plan;
    std::string m_defaultId;
    mutable std::map<std::string, std::unique_ptr<WorkCalendar>> m_compiled;
};

} // namespace certplan
