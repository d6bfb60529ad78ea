// SPDX-License-Identifier: MIT
#pragma once
// A calendar as the user edits it: a working week and dated exceptions. The
// scheduler compiles it into a WorkCalendar (calendar/) for fast arithmetic.

#include "core/Date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace certplan {

// Bit 0 = Monday ... bit 6 = Sunday.
struct WeekMask {
    std::uint8_t bits = 0x1F; // Monday to Friday
    bool works(int isoWeekday0) const { return (bits >> isoWeekday0) & 1U; }
    bool worksOn(Date d) const;
    int workingDaysPerWeek() const;
    bool operator==(const WeekMask&) const = default;
};

std::string formatWeekMask(WeekMask m);                    // "mon tue wed thu fri"
std::optional<WeekMask> parseWeekMask(const std::string& s); // nullopt on an unknown day name

struct CalendarException {
    Date from;
    Date to;              // inclusive
    bool working = false; // false: holiday or shutdown; true: an extra working day
    std::string name;
    bool operator==(const CalendarException&) const = default;
};

struct Calendar {
    std::string id;
    std::string name;
    std::string base;              // a calendar this one layers on (e.g. a person's on the company's)
    std::optional<WeekMask> week;  // unset: the base's week, or Monday-Friday without a base
    std::vector<CalendarException> exceptions;
    bool operator==(const Calendar&) const = default;
};

} // namespace certplan
