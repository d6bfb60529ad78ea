// SPDX-License-Identifier: MIT
#pragma once
// The quick choices of the Status Date dialog (Project > Status Date): the
// dates planners report progress on. MS Project offers only a date picker;
// weekly status meetings usually take the last working day of the week, so
// "Week's End" and "+1 Week" step to it from the date in the field.

#include "calendar/WorkCalendar.h"
#include "core/Date.h"

namespace certplan::present {

// The last working day of the plan calendar in the Monday-to-Sunday week of
// `d` (Friday in a Monday-to-Friday week, Thursday when Friday is a holiday);
// `d` itself when no day of that week works.
Date weekEnd(const WorkCalendar& calendar, Date d);

// The week's end one week after the week of `d`: weekEnd(d + 7 days).
Date nextWeekEnd(const WorkCalendar& calendar, Date d);

} // namespace certplan::present
