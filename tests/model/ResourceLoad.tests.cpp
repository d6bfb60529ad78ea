// SPDX-License-Identifier: MIT
// Per-day load and over-allocations, by hand on January 2027 (Mon 4 start).
#include "model/ScheduleFixtures.h"

#include "resources/ResourceLoad.h"

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Load adds assignment units per working day, over-allocations say who, when and by how much",
          "[resources][load]")
{
    PlanBuilder b;
    b.resource("pm");
    b.resource("idle");
    b.task("a", 3);
    b.task("b", 2);
    b.task("c", 2);
    b.assign("a", "pm").assign("b", "pm", 50).assign("c", "pm", 50).link("a", "c");
    const Plan& p = b.plan();
    const auto s = b.schedule();
    const auto r = computeResourceLoad(p, s);
    REQUIRE(r.resources.size() == 2);
    const ResourceUsage& pm = r.resources[0];
    CHECK(pm.assignedTasks == 3);
    // Mon 4, Tue 5: a + b = 150; Wed 6: a = 100; Thu 7, Fri 8: c = 50.
    REQUIRE(pm.days.size() == 5);
    CHECK(pm.days[0].load == 150);
    CHECK(pm.days[1].load == 150);
    CHECK(pm.days[2].load == 100);
    CHECK(pm.days[3].load == 50);
    CHECK(formatIsoDate(pm.days[4].date) == "2027-01-08");
    CHECK(pm.days[0].capacity == 100);
    CHECK(pm.workUnitDays == 500);
    CHECK(pm.peakLoad == 150);
    CHECK(r.resources[1].days.empty());

    REQUIRE(r.overAllocations.size() == 1);
    const OverAllocation& o = r.overAllocations[0];
    CHECK(o.resource == 0);
    CHECK(formatIsoDate(o.from) == "2027-01-04");
    CHECK(formatIsoDate(o.to) == "2027-01-05");
    CHECK(o.days == 2);
    CHECK(o.peakLoad == 150);
    CHECK(o.excess == 50);
    CHECK(o.tasks == std::vector<int>{0, 1});
    CHECK(o.message.find("(pm)") != std::string::npos);
}

TEST_CASE("A resource's max units and the weekend split over-allocations into runs", "[resources][load]")
{
    PlanBuilder b;
    b.resource("half").maxUnits = 50;
    b.task("a", 7); // Mon 4 - Tue 12
    b.task("b", 1);
    b.constrain("b", ConstraintType::StartNoEarlierThan, "2027-01-12");
    b.assign("a", "half", 60).assign("b", "half", 10);
    const auto r = computeResourceLoad(b.plan(), b.schedule());
    REQUIRE(r.overAllocations.size() == 1); // Fri 8 and Mon 11 are consecutive working days
    CHECK(formatIsoDate(r.overAllocations[0].from) == "2027-01-04");
    CHECK(formatIsoDate(r.overAllocations[0].to) == "2027-01-12");
    CHECK(r.overAllocations[0].days == 7);
    CHECK(r.overAllocations[0].peakLoad == 70); // Tue 12
    CHECK(r.overAllocations[0].excess == 20);
}

TEST_CASE("Resource calendars: no load on vacation days, capacity follows the calendar", "[resources][load][calendar]")
{
    PlanBuilder b;
    b.calendar("std");
    b.calendar("pm-cal", "std").exceptions.push_back(holiday("2027-01-06"));
    b.resource("pm", "pm-cal");
    b.task("a", 3);
    b.assign("a", "pm");
    const auto r = computeResourceLoad(b.plan(), b.schedule());
    const auto& days = r.resources[0].days;
    REQUIRE(days.size() == 3);
    CHECK(formatIsoDate(days[0].date) == "2027-01-04");
    CHECK(formatIsoDate(days[1].date) == "2027-01-05");
    CHECK(formatIsoDate(days[2].date) == "2027-01-07");
    CHECK(r.overAllocations.empty());
}

TEST_CASE("Over-allocations on or before the status date are history and not reported", "[resources][load][progress]")
{
    PlanBuilder b;
    b.resource("pm");
    b.task("a", 4);
    b.task("b", 4);
    b.assign("a", "pm").assign("b", "pm");
    b["a"].actualStart = day("2027-01-04");
    b["a"].percentComplete = 50;
    b["b"].actualStart = day("2027-01-04");
    b["b"].percentComplete = 50;
    const auto r = computeResourceLoad(b.plan(), b.schedule(day("2027-01-05")));
    REQUIRE(r.overAllocations.size() == 1);
    CHECK(formatIsoDate(r.overAllocations[0].from) == "2027-01-06");
    CHECK(formatIsoDate(r.overAllocations[0].to) == "2027-01-07");
}
