// SPDX-License-Identifier: MIT
// Levelling by hand on January 2027 (Mon 4 start; weekend 9-10).
#include "model/ScheduleFixtures.h"

#include "resources/Levelling.h"

using namespace certplan;
using namespace certplan::test;

namespace {

LevellingResult level(const Plan& p)
{
    auto r = levelResources(p);
    REQUIRE(r);
    return std::move(r).value();
}

const LevellingDelay* delayOf(const LevellingResult& r, int task)
{
    for (const auto& d : r.delays)
        if (d.task == task)
            return &d;
    return nullptr;
}

} // namespace

TEST_CASE("Levelling delays the task with more float, within its float", "[resources][levelling]")
{
    // a (3, float 2) and b (2, float 3) both need pm on Mon 4; c (5) sets the finish.
    PlanBuilder b;
    b.resource("pm");
    b.task("a", 3);
    b.task("b", 2);
    b.task("c", 5);
    b.assign("a", "pm").assign("b", "pm");
    const Plan before = b.plan();
    const auto r = level(b.plan());
    CHECK(b.plan() == before); // never writes into the plan
    CHECK_DATES(r.schedule.tasks[0], "2027-01-04", "2027-01-06");
    CHECK_DATES(r.schedule.tasks[1], "2027-01-07", "2027-01-08");
    REQUIRE(r.delays.size() == 1);
    const LevellingDelay& d = r.delays[0];
    CHECK(d.task == 1);
    CHECK(d.direct);
    CHECK(d.delayDays == 3);
    CHECK(d.withinFloat);
    CHECK(d.resource == 0);
    CHECK(d.reason == "starts 3 working days later (within its 3 working days of float): resource 'Resource pm' (pm) "
                      "is booked on 2027-01-04 to 2027-01-05 by 'Task a' (a)");
    REQUIRE(r.startFloors.size() == 3);
    CHECK(formatIsoDate(r.startFloors[1]) == "2027-01-07");
    CHECK_FALSE(r.startFloors[0].has_value());
    CHECK(r.finishDelayDays == 0);
    CHECK(r.remaining.empty());
}

TEST_CASE("Levelling goes beyond float when it must, and successors move with the delayed task",
          "[resources][levelling]")
{
    // b (4) and a (3) -> e (1) both have no float; b comes first in the plan,
    // keeps pm, and a waits until Fri 8 with e behind it.
    PlanBuilder b;
    b.resource("pm");
    b.task("b", 4);
    b.task("a", 3);
    b.task("e", 1);
    b.assign("a", "pm").assign("b", "pm").link("a", "e");
    const auto r = level(b.plan());
    CHECK_DATES(r.schedule.tasks[0], "2027-01-04", "2027-01-07");
    CHECK_DATES(r.schedule.tasks[1], "2027-01-08", "2027-01-12");
    CHECK_DATES(r.schedule.tasks[2], "2027-01-13", "2027-01-13");
    const LevellingDelay* a = delayOf(r, 1);
    REQUIRE(a != nullptr);
    CHECK(a->direct);
    CHECK(a->delayDays == 4);
    CHECK_FALSE(a->withinFloat);
    CHECK(a->totalFloat == 0);
    CHECK(a->reason.find("beyond its 0 working days of float") != std::string::npos);
    CHECK(a->reason.find("booked on 2027-01-04 to 2027-01-06 by 'Task b' (b)") != std::string::npos);
    const LevellingDelay* e = delayOf(r, 2);
    REQUIRE(e != nullptr);
    CHECK_FALSE(e->direct);
    CHECK(e->delayDays == 4);
    CHECK(e->reason.find("predecessor 'Task a' (a)") != std::string::npos);
    CHECK(r.finishDelayDays == 4); // Thu 7 -> Wed 13
    CHECK(r.remaining.empty());
}

TEST_CASE("Levelling is deterministic and breaks ties by plan order", "[resources][levelling]")
{
    PlanBuilder b;
    b.resource("pm");
    b.task("first", 2);
    b.task("second", 2);
    b.task("third", 2);
    b.assign("first", "pm").assign("second", "pm").assign("third", "pm");
    const auto r1 = level(b.plan());
    const auto r2 = level(b.plan());
    CHECK_DATES(r1.schedule.tasks[0], "2027-01-04", "2027-01-05");
    CHECK_DATES(r1.schedule.tasks[1], "2027-01-06", "2027-01-07");
    CHECK_DATES(r1.schedule.tasks[2], "2027-01-08", "2027-01-11");
    REQUIRE(r1.delays.size() == r2.delays.size());
    for (std::size_t k = 0; k < r1.delays.size(); ++k) {
        CHECK(r1.delays[k].task == r2.delays[k].task);
        CHECK(r1.delays[k].reason == r2.delays[k].reason);
    }
    CHECK(r1.startFloors == r2.startFloors);
}

TEST_CASE("Levelling leaves tasks in progress and hard-constrained tasks where they are", "[resources][levelling]")
{
    PlanBuilder b;
    b.resource("pm");
    b.task("doing", 3);
    b.task("fixed", 2);
    b.task("free", 2);
    b.assign("doing", "pm").assign("fixed", "pm").assign("free", "pm");
    b["doing"].actualStart = day("2027-01-04");
    b["doing"].percentComplete = 10;
    b.constrain("fixed", ConstraintType::MustStartOn, "2027-01-05");
    const auto r = level(b.plan());
    CHECK_DATES(r.schedule.tasks[0], "2027-01-04", "2027-01-06");
    CHECK_DATES(r.schedule.tasks[1], "2027-01-05", "2027-01-06");
    CHECK_DATES(r.schedule.tasks[2], "2027-01-07", "2027-01-08");
    REQUIRE(r.remaining.size() == 1); // doing and fixed overlap Tue 5 - Wed 6
    CHECK(formatIsoDate(r.remaining[0].from) == "2027-01-05");
    CHECK(formatIsoDate(r.remaining[0].to) == "2027-01-06");
}

TEST_CASE("Levelling waits for a resource's vacation to end", "[resources][levelling][calendar]")
{
    PlanBuilder b;
    b.calendar("std");
    b.calendar("pm-cal", "std").exceptions.push_back(holiday("2027-01-07", "2027-01-08"));
    b.resource("pm", "pm-cal");
    b.task("a", 2);
    b.task("b", 2);
    b.task("long", 10);
    b.assign("a", "pm").assign("b", "pm");
    const auto r = level(b.plan());
    CHECK_DATES(r.schedule.tasks[0], "2027-01-04", "2027-01-05");
    CHECK_DATES(r.schedule.tasks[1], "2027-01-06", "2027-01-11"); // Wed 6, then after the vacation Mon 11
}
