// SPDX-License-Identifier: MIT
// A resource calendar that works a day the plan calendar does not: the time
// axis is the plan calendar, so the day is not used, and both the loader and
// the scheduler say so (calendar/OffPlanDays.h).
#include "model/ScheduleFixtures.h"

#include "TestPaths.h"
#include "calendar/OffPlanDays.h"
#include "io/PlanReader.h"

#include <algorithm>

using namespace certplan;
using namespace certplan::test;
using Kind = ScheduleConflict::Kind;

namespace {

const ScheduleConflict* conflictOn(const Schedule& s, const Plan& p, const std::string& id)
{
    const int i = p.taskIndex(id);
    for (const auto& c : s.conflicts)
        if (c.kind == Kind::ResourceDayNotUsed && c.task == i)
            return &c;
    return nullptr;
}

// Plan calendar Mon-Fri with a shutdown 24-31 Dec 2027; "oncall" works Mon 27 Dec.
PlanBuilder shutdownPlan()
{
    PlanBuilder b;
    b.calendar("std").exceptions.push_back(holiday("2027-12-24", "2027-12-31"));
    b.calendar("oncall", "std").exceptions.push_back(holiday("2027-12-27", "2027-12-27", true));
    b.resource("oc", "oncall");
    b.resource("plain", "std");
    return b;
}

} // namespace

TEST_CASE("A resource working a plan holiday: the loader warns and the schedule names the task (shared case)",
          "[schedule][calendar][resources]")
{
    const std::string path = dataPath("cases/scheduling/resource-works-on-holiday.certplan");
    const auto r = readPlanFile(path);
    REQUIRE(r);
    REQUIRE(r->warnings.size() == 1);
    const LoadIssue& w = r->warnings.front();
    CHECK(w.position.line == 16);
    CHECK(w.message.find("calendar 'oncall'") != std::string::npos);
    CHECK(w.message.find("resource 'oc'") != std::string::npos);
    CHECK(w.message.find("2027-12-27") != std::string::npos);
    CHECK(w.message.find("plan working days only") != std::string::npos);

    auto s = computeSchedule(r->plan, {});
    REQUIRE(s);
    CHECK_DATES(at(*s, r->plan, "a"), "2028-01-03", "2028-01-03");
    const ScheduleConflict* c = conflictOn(*s, r->plan, "a");
    REQUIRE(c != nullptr);
    CHECK(c->message.find("work on 2027-12-27 but the plan calendar does not") != std::string::npos);
    CHECK(c->message.find("(it is scheduled on 2028-01-03)") != std::string::npos);
}

TEST_CASE("Only days every assignee works, between when the task could start and its finish, are reported",
          "[schedule][calendar][resources]")
{
    SECTION("a task ready before the holiday that runs through it")
    {
        PlanBuilder b = shutdownPlan();
        b.task("a", 3).assignments.push_back({"oc", 100});
        b.constrain("a", ConstraintType::StartNoEarlierThan, "2027-12-22");
        const Schedule s = b.schedule();
        CHECK_DATES(at(s, b.plan(), "a"), "2027-12-22", "2028-01-03");
        const ScheduleConflict* c = conflictOn(s, b.plan(), "a");
        REQUIRE(c != nullptr);
        CHECK(c->message.find("2027-12-27") != std::string::npos);
        CHECK(c->message.find("(it is scheduled 2027-12-22 to 2028-01-03)") != std::string::npos);
    }
    SECTION("a task that cannot start before the day after it")
    {
        PlanBuilder b = shutdownPlan();
        b.task("a", 1).assignments.push_back({"oc", 100});
        b.constrain("a", ConstraintType::StartNoEarlierThan, "2027-12-28");
        CHECK(conflictOn(b.schedule(), b.plan(), "a") == nullptr);
    }
    SECTION("a task finished before it")
    {
        PlanBuilder b = shutdownPlan();
        b.task("a", 2).assignments.push_back({"oc", 100});
        b.constrain("a", ConstraintType::StartNoEarlierThan, "2027-12-20");
        CHECK(conflictOn(b.schedule(), b.plan(), "a") == nullptr);
    }
    SECTION("a co-assignee who does not work that day")
    {
        PlanBuilder b = shutdownPlan();
        Task& t = b.task("a", 1);
        t.assignments.push_back({"oc", 100});
        t.assignments.push_back({"plain", 100});
        b.constrain("a", ConstraintType::StartNoEarlierThan, "2027-12-27");
        CHECK(conflictOn(b.schedule(), b.plan(), "a") == nullptr);
    }
    SECTION("a status date after it")
    {
        PlanBuilder b = shutdownPlan();
        b.task("a", 1).assignments.push_back({"oc", 100});
        b.constrain("a", ConstraintType::StartNoEarlierThan, "2027-12-27");
        CHECK(conflictOn(b.schedule(day("2027-12-28")), b.plan(), "a") == nullptr);
        CHECK(conflictOn(b.schedule(day("2027-12-26")), b.plan(), "a") != nullptr);
    }
    SECTION("a predecessor that finishes before the shutdown")
    {
        PlanBuilder b = shutdownPlan();
        b.task("p", 1);
        b.constrain("p", ConstraintType::StartNoEarlierThan, "2027-12-23");
        b.task("a", 1).assignments.push_back({"oc", 100});
        b.link("p", "a");
        const Schedule s = b.schedule();
        CHECK_DATES(at(s, b.plan(), "a"), "2028-01-03", "2028-01-03");
        CHECK(conflictOn(s, b.plan(), "a") != nullptr);
    }
}

TEST_CASE("A resource working Saturdays on a Monday-to-Friday plan", "[schedule][calendar][resources]")
{
    PlanBuilder b;
    b.calendar("std");
    b.calendar("six", "std").week = WeekMask{0x3F};
    b.resource("r", "six");
    b.task("a", 6).assignments.push_back({"r", 100});
    const Schedule s = b.schedule();
    CHECK_DATES(at(s, b.plan(), "a"), "2027-01-04", "2027-01-11");
    const ScheduleConflict* c = conflictOn(s, b.plan(), "a");
    REQUIRE(c != nullptr);
    CHECK(c->message.find("2027-01-09") != std::string::npos); // the first Saturday

    const CalendarSet cals(b.plan());
    const auto found = resourceDaysOffPlan(b.plan(), cals);
    REQUIRE(found.size() == 1);
    CHECK(found[0].calendarId == "six");
    CHECK(found[0].resources == std::vector<std::string>{"r"});
    CHECK(formatIsoDate(found[0].first) == "1950-01-07"); // first Saturday of the supported range
    CHECK(found[0].count > 15000);
}

TEST_CASE("Resource calendars that only take days away give no warning and no conflict",
          "[schedule][calendar][resources]")
{
    PlanBuilder b;
    b.calendar("std");
    b.calendar("away", "std").exceptions.push_back(holiday("2027-01-06", "2027-01-08"));
    b.resource("r", "away");
    b.task("a", 5).assignments.push_back({"r", 100});
    const CalendarSet cals(b.plan());
    CHECK(resourceDaysOffPlan(b.plan(), cals).empty());
    const Schedule s = b.schedule();
    CHECK(s.conflicts.empty());
}

TEST_CASE("firstCommonDayOffPlan looks only inside the given dates, across 64-day words",
          "[calendar][resources]")
{
    const WorkCalendar plan(WeekMask{}, {});
    const WorkCalendar six(WeekMask{0x3F}, {});
    const WorkCalendar sun(WeekMask{0x40}, {});
    const std::vector<const WorkCalendar*> one{&six};
    CHECK(!firstCommonDayOffPlan(plan, one, day("2027-01-04"), day("2027-01-08")));
    CHECK(formatIsoDate(*firstCommonDayOffPlan(plan, one, day("2027-01-09"), day("2027-01-09"))) == "2027-01-09");
    CHECK(formatIsoDate(*firstCommonDayOffPlan(plan, one, day("2027-01-10"), day("2028-01-10"))) == "2027-01-16");
    CHECK(!firstCommonDayOffPlan(plan, {&six, &sun}, day("2027-01-01"), day("2029-01-01")));
    CHECK(!firstCommonDayOffPlan(plan, {}, day("2027-01-01"), day("2029-01-01")));
    CHECK(!firstCommonDayOffPlan(plan, one, day("2027-01-10"), day("2027-01-09")));
    // The end of the supported range: Sat 29 Dec 2249 is the last Saturday, Mon 31 the last date.
    CHECK(formatIsoDate(*firstCommonDayOffPlan(plan, one, day("2249-12-23"), day("2249-12-31"))) == "2249-12-29");
    CHECK(!firstCommonDayOffPlan(plan, one, day("2249-12-30"), day("2260-01-01")));
}

TEST_CASE("The load warning counts the other days in words that agree", "[calendar][resources]")
{
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:certplan:plan" format="1">
  <info><title>t</title><schedule start="2027-01-04" calendar="std" /></info>
  <calendars>
    <calendar id="std" name="std"><exception from="2027-12-24" to="2027-12-31" name="shutdown" /></calendar>
    <calendar id="oc" name="oc" base="std"><exception from="2027-12-27" to="2027-12-28" working="true" name="on call" /></calendar>
  </calendars>
  <resources><resource id="r" name="R" calendar="oc" /></resources>
  <tasks><task id="a" name="A" duration="1" /></tasks>
</plan>
)";
    const auto r = readPlanText(text, "two-days.certplan");
    REQUIRE(r);
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0].message.find("works on 2027-12-27 and 1 more day when") != std::string::npos);
}
