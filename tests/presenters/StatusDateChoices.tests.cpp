// SPDX-License-Identifier: MIT
// The Status Date dialog's quick choices. January 2027: Monday 4, Friday 8,
// Sunday 10; Friday 15 made a holiday below.
#include "presenters/StatusDateChoices.h"

#include "model/ScheduleFixtures.h"

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;

TEST_CASE("Week's end is the last working day of the Monday-to-Sunday week", "[presenters][status-date]")
{
    const WorkCalendar cal; // Monday to Friday
    CHECK(formatIsoDate(weekEnd(cal, day("2027-01-04"))) == "2027-01-08"); // Monday
    CHECK(formatIsoDate(weekEnd(cal, day("2027-01-08"))) == "2027-01-08"); // Friday itself
    CHECK(formatIsoDate(weekEnd(cal, day("2027-01-09"))) == "2027-01-08"); // Saturday: the week's Friday
    CHECK(formatIsoDate(weekEnd(cal, day("2027-01-10"))) == "2027-01-08"); // Sunday ends the week
    CHECK(formatIsoDate(nextWeekEnd(cal, day("2027-01-06"))) == "2027-01-15");

    const WorkCalendar friday15Off(WeekMask{}, {holiday("2027-01-15")});
    CHECK(formatIsoDate(weekEnd(friday15Off, day("2027-01-12"))) == "2027-01-14");
    const WorkCalendar shutdown(WeekMask{}, {holiday("2027-01-11", "2027-01-17")});
    CHECK(formatIsoDate(weekEnd(shutdown, day("2027-01-13"))) == "2027-01-13"); // no working day: unchanged
    // The range ends on Monday 31 December 2249: its week's end is read no further.
    CHECK(formatIsoDate(weekEnd(cal, day("2249-12-31"))) == "2249-12-31");
    CHECK(formatIsoDate(nextWeekEnd(cal, day("2249-12-30"))) == "2249-12-31");
}
