// SPDX-License-Identifier: MIT
#pragma once
// The plan's calendars, compiled on first use. A calendar with a base inherits
// the base's week (unless it sets its own) and its exceptions, then applies its
// own on top: a person's vacations layered on the company calendar.
//
// Calendars that compile to the same working days share one WorkCalendar, so
// get() gives the same object for them (TaskCalendars relies on this to build
// one day mask per distinct set of days). Base chains are followed through an
// id index: cost grows with the chain, not with the chain times the plan.

#include "calendar/WorkCalendar.h"
#include "core/Plan.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
    // Distinct compiled calendars so far (shared ones count once).
    std::size_t compiledCount() const { return m_store.size(); }

private:
    const Calendar* find(std::string_view id) const;
    const Plan& m_plan;
    std::string m_defaultId;
    std::unordered_map<std::string_view, const Calendar*> m_byId; // first calendar with each id
    mutable std::unordered_map<std::string, const WorkCalendar*> m_compiled;
    mutable std::unordered_multimap<std::size_t, const WorkCalendar*> m_byDays; // by DayBits::hash
    mutable std::vector<std::unique_ptr<WorkCalendar>> m_store;
};

} // namespace certplan
