// SPDX-License-Identifier: MIT
// Weekends, holidays, calendar exceptions both ways, resource calendars and
// summaries, computed by hand on January 2027 (Mon 4 is the project start).
#include "model/ScheduleFixtures.h"

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Durations skip weekends and holidays", "[schedule][calendar]")
{
    PlanBuilder b;
    b.calendar("std").exceptions.push_back(holiday("2027-01-06"));
    b.task("a", 3);
    b.task("b", 5);
    b.link("a", "b");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-07"); // Mon, Tue, Thu
    CHECK(s.tasks[0].durationDays == 3);
    CHECK_DATES(s.tasks[1], "2027-01-08", "2027-01-14"); // Fri, Mon-Thu
}

TEST_CASE("A working Saturday and a shutdown week", "[schedule][calendar]")
{
    PlanBuilder b;
    Calendar& c = b.calendar("std");
    c.exceptions.push_back(holiday("2027-01-09", nullptr, true));  // Saturday 9 works
    c.exceptions.push_back(holiday("2027-01-11", "2027-01-15"));   // shutdown week
    b.task("a", 6);
    b.task("b", 2);
    b.link("a", "b");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-09"); // Mon-Fri and the Saturday
    CHECK_DATES(s.tasks[1], "2027-01-18", "2027-01-19"); // after the shutdown
    CHECK(formatIsoDate(s.finish) == "2027-01-19");
}

TEST_CASE("A later exception wins where exceptions overlap", "[schedule][calendar]")
{
    PlanBuilder b;
    Calendar& c = b.calendar("std");
    c.exceptions.push_back(holiday("2027-01-04", "2027-01-08")); // first week off ...
    c.exceptions.push_back(holiday("2027-01-06", nullptr, true)); // ... except Wednesday
    b.task("a", 2);
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-06", "2027-01-11");
}

TEST_CASE("A resource calendar with a vacation stretches the task over it", "[schedule][calendar][resources]")
{
    PlanBuilder b;
    b.calendar("std");
    b.calendar("pm-cal", "std").exceptions.push_back(holiday("2027-01-06", "2027-01-07"));
    b.resource("pm", "pm-cal");
    b.resource("other");
    b.task("a", 4);
    b.task("b", 4);
    b.task("c", 1);
    b.assign("a", "pm").assign("b", "other").link("a", "c");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-11"); // Mon, Tue, Fri, Mon
    CHECK(s.tasks[0].durationDays == 4);
    CHECK_DATES(s.tasks[1], "2027-01-04", "2027-01-07"); // not affected
    CHECK_DATES(s.tasks[2], "2027-01-12", "2027-01-12"); // the lag counts plan days
}

TEST_CASE("Summaries roll up their subtasks, links on summaries bind the subtasks", "[schedule][summary]")
{
    PlanBuilder b;
    b.summary("s1");
    b.task("x", 2, 1);
    b.task("y", 3, 1);
    b.summary("s2");
    b.task("z", 2, 1);
    b.task("w", 1, 1);
    b.task("after", 1);
    b.link("x", "y").link("s1", "s2").link("s2", "after", DependencyType::FinishToStart, 1);
    b.link("y", "w", DependencyType::StartToStart);
    const auto s = b.schedule();
    const Plan& p = b.plan();
    CHECK_DATES(at(s, p, "x"), "2027-01-04", "2027-01-05");
    CHECK_DATES(at(s, p, "y"), "2027-01-06", "2027-01-08");
    CHECK_DATES(at(s, p, "s1"), "2027-01-04", "2027-01-08");
    CHECK(at(s, p, "s1").summary);
    CHECK(at(s, p, "s1").durationDays == 5);
    CHECK_DATES(at(s, p, "z"), "2027-01-11", "2027-01-12"); // the summary link holds all of s2
    CHECK_DATES(at(s, p, "w"), "2027-01-11", "2027-01-11");
    CHECK_DATES(at(s, p, "s2"), "2027-01-11", "2027-01-12");
    CHECK_DATES(at(s, p, "after"), "2027-01-14", "2027-01-14"); // one day lag after Tue 12
    CHECK(at(s, p, "w").totalFloat == 1);
    CHECK(at(s, p, "z").critical);
    REQUIRE(s.criticalPaths.size() == 1);
    CHECK(s.criticalPaths[0] == std::vector<int>{1, 2, 4, 6});
}

TEST_CASE("A start-no-earlier-than on a summary holds its subtasks", "[schedule][summary][constraints]")
{
    PlanBuilder b;
    b.summary("s");
    b.task("q", 2, 1);
    b.constrain("s", ConstraintType::StartNoEarlierThan, "2027-01-11");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[1], "2027-01-11", "2027-01-12");
    CHECK_DATES(s.tasks[0], "2027-01-11", "2027-01-12");
}

TEST_CASE("Backward planning: the last task ends on the target date", "[schedule][backward]")
{
    PlanBuilder b;
    b.task("a", 3);
    b.task("b", 2);
    b.task("side", 1);
    b.link("a", "b");
    Plan& p = b.plan();
    p.info.direction = PlanningDirection::Backward;
    p.info.target = day("2027-01-15");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[1], "2027-01-14", "2027-01-15");
    CHECK_DATES(s.tasks[0], "2027-01-11", "2027-01-13");
    CHECK(formatIsoDate(s.start) == "2027-01-11");
    CHECK(formatIsoDate(s.finish) == "2027-01-15");
    CHECK(s.tasks[2].totalFloat == 4);
    CHECK(s.conflicts.empty());
}

TEST_CASE("Backward planning to a target task over a weekend and a holiday", "[schedule][backward][calendar]")
{
    PlanBuilder b;
    b.calendar("std").exceptions.push_back(holiday("2027-01-18"));
    b.task("a", 4);
    b.milestone("cert");
    b.task("after", 2);
    b.link("a", "cert").link("cert", "after");
    Plan& p = b.plan();
    p.info.direction = PlanningDirection::Backward;
    p.info.target = day("2027-01-19");
    p.info.targetTask = "cert";
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-13", "2027-01-19"); // Wed, Thu, Fri, (weekend, holiday) Tue
    CHECK_DATES(s.tasks[1], "2027-01-19", "2027-01-19");
    CHECK_DATES(s.tasks[2], "2027-01-20", "2027-01-21");
}

TEST_CASE("Progress: finished work stays, remaining work starts after the status date", "[schedule][progress]")
{
    PlanBuilder b;
    b.task("done", 3);
    b.task("next", 4);
    b.task("doing", 4);
    b.task("late", 2);
    b.link("done", "next").link("late", "doing");
    b["done"].percentComplete = 100;
    b["done"].actualStart = day("2027-01-04");
    b["done"].actualFinish = day("2027-01-07"); // took a day longer than planned
    b["doing"].percentComplete = 50;
    b["doing"].actualStart = day("2027-01-05");
    const auto s = b.schedule(day("2027-01-08"));
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-07");
    CHECK(s.tasks[0].complete);
    // Not started by Fri 8: starts Mon 11 although its predecessor ended Thu 7.
    CHECK_DATES(s.tasks[1], "2027-01-11", "2027-01-14");
    // Half of 4 days remains: Mon 11 and Tue 12; the actual start stays.
    CHECK_DATES(s.tasks[2], "2027-01-05", "2027-01-12");
    CHECK_DATES(s.tasks[3], "2027-01-11", "2027-01-12");
    CHECK(formatIsoDate(*s.statusDate) == "2027-01-08");
}
