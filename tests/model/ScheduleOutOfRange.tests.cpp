// SPDX-License-Identifier: MIT
// A schedule pushed past the calendars' range by durations and lags that are
// each allowed (core/FieldLimits.h) is still computed, and a conflict names
// the supported dates and the tasks whose dates are shown clamped.
#include "model/ScheduleFixtures.h"

using namespace certplan;
using namespace certplan::test;

namespace {

std::vector<const ScheduleConflict*> outOfRange(const Schedule& s)
{
    std::vector<const ScheduleConflict*> out;
    for (const auto& c : s.conflicts)
        if (c.kind == ScheduleConflict::Kind::OutOfRange)
            out.push_back(&c);
    return out;
}

} // namespace

TEST_CASE("A task pushed past 2249-12-31 gets an OutOfRange conflict naming it and the supported dates",
          "[schedule][limits]")
{
    PlanBuilder b("2249-06-01");
    b.task("early", 5);
    b.task("long", 1000); // about four years of working days from June 2249
    const auto s = computeSchedule(b.plan());
    REQUIRE(s);
    const auto found = outOfRange(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->task == 1);
    CHECK(found[0]->involved.empty());
    CHECK(found[0]->message == "'Task long' (long) runs beyond the supported dates (1950-01-01 to 2249-12-31); its "
                               "dates are shown clamped to that range");
    CHECK(s->tasks[1].finish == Date(2249, 12, 31)); // the last working day of the range (a Monday)
}

TEST_CASE("Every task a lag pushes out of range is named, and one in range is not", "[schedule][limits]")
{
    PlanBuilder b("2249-06-01");
    b.task("a", 1);
    b.task("b", 1);
    b.task("c", 1);
    b.link("a", "b", DependencyType::FinishToStart, 109573).link("b", "c");
    const auto s = computeSchedule(b.plan());
    REQUIRE(s);
    const auto found = outOfRange(*s);
    REQUIRE(found.size() == 1);
    CHECK(found[0]->task == 1);
    CHECK(found[0]->involved == std::vector<int>{2});
    CHECK(found[0]->message == "'Task b' (b), 'Task c' (c) run beyond the supported dates (1950-01-01 to 2249-12-31); "
                               "their dates are shown clamped to that range");
}

TEST_CASE("A plan inside the range has no OutOfRange conflict", "[schedule][limits]")
{
    PlanBuilder b("2249-06-01");
    b.task("a", 100);
    const auto s = computeSchedule(b.plan());
    REQUIRE(s);
    CHECK(outOfRange(*s).empty());
}

TEST_CASE("A task on its assignee's calendar pushed past 2249 is named like any other", "[schedule][limits][resources]")
{
    PlanBuilder b("2249-06-01");
    b.calendar("std");
    b.calendar("person", "std").exceptions.push_back(holiday("2249-07-01", "2249-07-10"));
    b.resource("p", "person");
    b.task("withcal", 300).assignments.push_back({"p", 100});
    b.task("inside", 10).assignments.push_back({"p", 100});
    const Schedule s = b.schedule();
    const auto it = std::find_if(s.conflicts.begin(), s.conflicts.end(),
                                 [](const ScheduleConflict& c) { return c.kind == ScheduleConflict::Kind::OutOfRange; });
    REQUIRE(it != s.conflicts.end());
    CHECK(it->message.find("(withcal)") != std::string::npos);
    CHECK(it->message.find("(inside)") == std::string::npos);
    CHECK(formatIsoDate(at(s, b.plan(), "withcal").finish) == "2249-12-31");
}
