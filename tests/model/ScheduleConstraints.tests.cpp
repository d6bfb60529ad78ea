// SPDX-License-Identifier: MIT
// Every constraint kind and deadlines, computed by hand on January 2027 (Mon 4
// is the project start; weekends 9-10, 16-17). A hard constraint that a link
// cannot meet wins, is reported naming both tasks, and shows as negative float.
#include "model/ScheduleFixtures.h"

#include <algorithm>

using namespace certplan;
using namespace certplan::test;
using CT = ConstraintType;
using Kind = ScheduleConflict::Kind;

namespace {

// p (5 days, Mon 4 - Fri 8) -> a (3 days); a carries the constraint.
Schedule afterFiveDays(CT type, const char* date, PlanBuilder& b)
{
    b.task("p", 5);
    b.task("a", 3);
    b.link("p", "a");
    b.constrain("a", type, date);
    return b.schedule();
}

const ScheduleConflict* conflictOf(const Schedule& s, Kind kind, int task)
{
    auto it = std::find_if(s.conflicts.begin(), s.conflicts.end(),
                           [&](const ScheduleConflict& c) { return c.kind == kind && c.task == task; });
    return it == s.conflicts.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("SNET and FNET delay a task and never pull it earlier", "[schedule][constraints]")
{
    PlanBuilder b;
    b.task("a", 3);
    b.constrain("a", CT::StartNoEarlierThan, "2027-01-07");
    auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-07", "2027-01-11"); // Thu, Fri, Mon
    CHECK(s.conflicts.empty());

    b.constrain("a", CT::StartNoEarlierThan, "2027-01-09"); // a Saturday: the next working day
    s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-11", "2027-01-13");

    b.constrain("a", CT::FinishNoEarlierThan, "2027-01-13");
    s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-11", "2027-01-13");

    b.constrain("a", CT::StartNoEarlierThan, "2026-12-01"); // before the project start: the start wins
    s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-06");
}

TEST_CASE("SNLT and FNLT met by the links: no conflict, float up to the constraint", "[schedule][constraints]")
{
    PlanBuilder b;
    b.task("a", 2);
    b.task("long", 10);
    b.constrain("a", CT::StartNoLaterThan, "2027-01-06");
    auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-05");
    CHECK(s.tasks[0].totalFloat == 2); // may start Wed 6 at the latest
    CHECK(s.conflicts.empty());

    b.constrain("a", CT::FinishNoLaterThan, "2027-01-08");
    s = b.schedule();
    CHECK(s.tasks[0].totalFloat == 3);
    CHECK(formatIsoDate(s.tasks[0].lateFinish) == "2027-01-08");
}

TEST_CASE("SNLT that a link would break: the constraint wins, both tasks named, negative float",
          "[schedule][constraints][conflicts]")
{
    PlanBuilder b;
    const auto s = afterFiveDays(CT::StartNoLaterThan, "2027-01-06", b);
    CHECK_DATES(s.tasks[1], "2027-01-06", "2027-01-08"); // the link wants Mon 11
    const ScheduleConflict* c = conflictOf(s, Kind::ConstraintOverridesLink, 1);
    REQUIRE(c != nullptr);
    CHECK(c->involved == std::vector<int>{0});
    CHECK(c->daysLate == 3); // Wed 6, Thu 7, Fri 8
    CHECK(c->message.find("(p)") != std::string::npos);
    CHECK(c->message.find("(a)") != std::string::npos);
    CHECK(s.tasks[0].totalFloat == -3);
    CHECK(s.tasks[0].critical);
}

TEST_CASE("FNLT that a link would break", "[schedule][constraints][conflicts]")
{
    PlanBuilder b;
    const auto s = afterFiveDays(CT::FinishNoLaterThan, "2027-01-08", b);
    CHECK_DATES(s.tasks[1], "2027-01-06", "2027-01-08");
    const ScheduleConflict* c = conflictOf(s, Kind::ConstraintOverridesLink, 1);
    REQUIRE(c != nullptr);
    CHECK(c->daysLate == 3);
    CHECK(s.tasks[0].totalFloat == -3);
}

TEST_CASE("MSO and MFO fix the dates either way", "[schedule][constraints]")
{
    PlanBuilder b;
    b.task("a", 3);
    b.constrain("a", CT::MustStartOn, "2027-01-13");
    auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-13", "2027-01-15");
    CHECK(s.conflicts.empty());
    b.constrain("a", CT::MustFinishOn, "2027-01-15");
    s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-13", "2027-01-15");

    PlanBuilder late;
    s = afterFiveDays(CT::MustStartOn, "2027-01-07", late); // the link wants Mon 11
    CHECK_DATES(s.tasks[1], "2027-01-07", "2027-01-11");
    const ScheduleConflict* c = conflictOf(s, Kind::ConstraintOverridesLink, 1);
    REQUIRE(c != nullptr);
    CHECK(c->daysLate == 2);
    CHECK(s.tasks[0].totalFloat == -2);

    PlanBuilder mfo;
    s = afterFiveDays(CT::MustFinishOn, "2027-01-12", mfo); // the link wants Mon 11 - Wed 13
    CHECK_DATES(s.tasks[1], "2027-01-08", "2027-01-12");
    REQUIRE(conflictOf(s, Kind::ConstraintOverridesLink, 1) != nullptr);
    CHECK(conflictOf(s, Kind::ConstraintOverridesLink, 1)->daysLate == 1);
    CHECK(s.tasks[0].totalFloat == -1);
}

TEST_CASE("A milestone with a must-start-on date sits on it", "[schedule][constraints][milestone]")
{
    PlanBuilder b;
    b.task("a", 2);
    b.milestone("m");
    b.link("a", "m");
    b.constrain("m", CT::MustStartOn, "2027-01-12");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[1], "2027-01-12", "2027-01-12");
    CHECK(s.conflicts.empty());
    CHECK(s.tasks[0].totalFloat == 4); // a may finish as late as Mon 11 (m is at the start of Tue 12)
}

TEST_CASE("ALAP takes the latest dates that delay nothing, float stays on the early dates", "[schedule][constraints]")
{
    PlanBuilder b;
    b.task("a", 2);
    b.task("b", 5);
    b.task("c", 1);
    b.link("a", "c").link("b", "c");
    b.constrain("a", CT::AsLateAsPossible);
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-07", "2027-01-08");
    CHECK(formatIsoDate(s.tasks[0].earlyStart) == "2027-01-04");
    CHECK(s.tasks[0].totalFloat == 3);
    CHECK_DATES(s.tasks[2], "2027-01-11", "2027-01-11");
}

TEST_CASE("Deadlines: met ones bound the float, missed ones are conflicts with negative float",
          "[schedule][deadlines][conflicts]")
{
    PlanBuilder b;
    b.task("a", 2);
    b.task("long", 5);
    b["a"].deadline = day("2027-01-06");
    auto s = b.schedule();
    CHECK(s.tasks[0].totalFloat == 1); // finish Tue 5, deadline Wed 6 (not Fri 8, the plan finish)
    CHECK(s.conflicts.empty());

    b["a"].durationDays = 5; // finishes Fri 8: two days late
    s = b.schedule();
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-08");
    CHECK(s.tasks[0].totalFloat == -2);
    const ScheduleConflict* c = conflictOf(s, Kind::MissedDeadline, 0);
    REQUIRE(c != nullptr);
    CHECK(c->daysLate == 2);
    CHECK(c->message.find("2027-01-06") != std::string::npos);

    // A missed deadline names the predecessor that drives the task.
    PlanBuilder chain;
    chain.task("p", 4);
    chain.task("q", 2);
    chain.link("p", "q");
    chain["q"].deadline = day("2027-01-07");
    s = chain.schedule();
    c = conflictOf(s, Kind::MissedDeadline, 1);
    REQUIRE(c != nullptr);
    CHECK(c->involved == std::vector<int>{0});
    CHECK(c->daysLate == 2); // q finishes Mon 11
    CHECK(s.tasks[0].totalFloat == -2);
}
