// SPDX-License-Identifier: MIT
// A summary's duration is the working days of its printed span, whichever side
// of a day the milestones that open or close it sit on (schedule/Instants.h).
#include "TestPaths.h"
#include "model/ScheduleFixtures.h"

#include "calendar/CalendarSet.h"
#include "io/PlanReader.h"

using namespace certplan;
using namespace certplan::test;
using DT = DependencyType;

TEST_CASE("A summary opened by a finish-driven milestone starts on the predecessor's last day and counts it",
          "[schedule][summary]")
{
    PlanBuilder b;
    b.task("a", 2);                // Mon 4 - Tue 5
    b.summary("s");
    b.milestone("m", 1);           // end of Tue 5
    b.task("w", 2, 1);             // Wed 6 - Thu 7
    b.link("a", "m").link("m", "w");
    const Schedule s = b.schedule();
    CHECK_DATES(at(s, b.plan(), "m"), "2027-01-05", "2027-01-05");
    CHECK_DATES(at(s, b.plan(), "s"), "2027-01-05", "2027-01-07");
    CHECK(at(s, b.plan(), "s").durationDays == 3);
}

TEST_CASE("A summary closed by a start-driven milestone ends on the successor's first day and counts it",
          "[schedule][summary]")
{
    PlanBuilder b;
    b.summary("s");
    b.task("w", 2, 1);             // Mon 4 - Tue 5
    b.milestone("m", 1);           // start of Thu 7 (SS+3)
    b.link("w", "m", DT::StartToStart, 3);
    const Schedule s = b.schedule();
    CHECK_DATES(at(s, b.plan(), "m"), "2027-01-07", "2027-01-07");
    CHECK_DATES(at(s, b.plan(), "s"), "2027-01-04", "2027-01-07");
    CHECK(at(s, b.plan(), "s").durationDays == 4);
}

TEST_CASE("A summary of one milestone has no days", "[schedule][summary]")
{
    PlanBuilder b;
    b.task("a", 2);
    b.summary("s");
    b.milestone("m", 1);
    b.link("a", "m");
    CHECK(at(b.schedule(), b.plan(), "s").durationDays == 0);
}

TEST_CASE("In the example plan every summary's days are the working days of its printed span", "[schedule][summary]")
{
    auto loaded = readPlanFile(templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    const Plan& p = loaded->plan;
    auto r = computeSchedule(p);
    REQUIRE(r);
    const CalendarSet cals(p);
    int summaries = 0;
    for (std::size_t i = 0; i < p.tasks.size(); ++i) {
        const TaskTimes& tt = r->tasks[i];
        if (!tt.summary)
            continue;
        ++summaries;
        INFO(p.tasks[i].id);
        CHECK(tt.durationDays == cals.planCalendar().workingDaysBetween(tt.start, tt.finish));
    }
    CHECK(summaries > 5);
}
