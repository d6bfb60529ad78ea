// SPDX-License-Identifier: MIT
#include "templating/BlankPlan.h"

namespace certplan {

Date blankPlanStart(Date today, WeekMask week)
{
    if (week.workingDaysPerWeek() == 0)
        return today;
    Date d = today;
    while (!week.worksOn(d))
        d += boost::gregorian::days(1);
    return d;
}

Plan blankPlan(Date today, WeekMask week)
{
    if (week.workingDaysPerWeek() == 0)
        week = WeekMask{};
    Plan p;
    p.info.title = "Untitled plan";
    p.info.standard = "ISO/IEC 20000-1";
    p.info.edition = "2018";
    p.info.start = blankPlanStart(today, week);
    p.info.calendar = "standard";
    Calendar cal;
    cal.id = "standard";
    cal.name = "Standard";
    cal.week = week;
    p.calendars.push_back(std::move(cal));
    return p;
}

} // namespace certplan
