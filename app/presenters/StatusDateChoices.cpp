// SPDX-License-Identifier: MIT
#include "presenters/StatusDateChoices.h"

#include "core/FieldLimits.h"

namespace certplan::present {

Date weekEnd(const WorkCalendar& calendar, Date d)
{
    // boost: Sunday is 0; Monday 1 ... Saturday 6.
    const int weekday = d.day_of_week().as_number();
    const Date sunday = d + boost::gregorian::days(weekday == 0 ? 0 : 7 - weekday);
    for (Date k = sunday; k >= sunday - boost::gregorian::days(6); k -= boost::gregorian::days(1))
        if (limits::inDateRange(k) && calendar.isWorkingDay(k))
            return k;
    return d;
}

Date nextWeekEnd(const WorkCalendar& calendar, Date d)
{
    return weekEnd(calendar, d + boost::gregorian::days(7));
}

} // namespace certplan::present
