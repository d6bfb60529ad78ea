// SPDX-License-Identifier: MIT
// Every dependency type with lag 0, positive lags and leads, computed by hand on
// the January 2027 calendar (Mon 4 start; weekends 9-10 and 16-17).
#include "model/ScheduleFixtures.h"

using namespace certplan;
using namespace certplan::test;
using DT = DependencyType;

namespace {

// A (3 days) Mon 4 - Wed 6, then B (2 days) linked to it.
Schedule withLink(DT type, int lag, const char* aSnet = nullptr)
{
    PlanBuilder b;
    b.task("a", 3);
    b.task("b", 2);
    b.link("a", "b", type, lag);
    if (aSnet)
        b.constrain("a", ConstraintType::StartNoEarlierThan, aSnet);
    return b.schedule();
}

} // namespace

TEST_CASE("FS: the successor starts the next working day, lags skip working days", "[schedule][links]")
{
    auto s = withLink(DT::FinishToStart, 0);
    CHECK_DATES(s.tasks[0], "2027-01-04", "2027-01-06");
    CHECK_DATES(s.tasks[1], "2027-01-07", "2027-01-08");
    CHECK(s.tasks[1].durationDays == 2);
    s = withLink(DT::FinishToStart, 2); // Thu 7 and Fri 8 wait, then the weekend
    CHECK_DATES(s.tasks[1], "2027-01-11", "2027-01-12");
    s = withLink(DT::FinishToStart, -1); // a lead: overlap the last day
    CHECK_DATES(s.tasks[1], "2027-01-06", "2027-01-07");
    s = withLink(DT::FinishToStart, -3); // a lead longer than the task: not before the project start
    CHECK_DATES(s.tasks[1], "2027-01-04", "2027-01-05");
}

TEST_CASE("SS: starts align, lags count from the predecessor's start", "[schedule][links]")
{
    auto s = withLink(DT::StartToStart, 0);
    CHECK_DATES(s.tasks[1], "2027-01-04", "2027-01-05");
    s = withLink(DT::StartToStart, 2);
    CHECK_DATES(s.tasks[1], "2027-01-06", "2027-01-07");
    s = withLink(DT::StartToStart, -2, "2027-01-07"); // a starts Thu 7; b two working days earlier
    CHECK_DATES(s.tasks[0], "2027-01-07", "2027-01-11");
    CHECK_DATES(s.tasks[1], "2027-01-05", "2027-01-06");
}

TEST_CASE("FF: finishes align, lags count from the predecessor's finish", "[schedule][links]")
{
    auto s = withLink(DT::FinishToFinish, 0);
    CHECK_DATES(s.tasks[1], "2027-01-05", "2027-01-06");
    s = withLink(DT::FinishToFinish, 2);
    CHECK_DATES(s.tasks[1], "2027-01-07", "2027-01-08");
    s = withLink(DT::FinishToFinish, 3); // finish Mon 11: start Fri 8 across the weekend
    CHECK_DATES(s.tasks[1], "2027-01-08", "2027-01-11");
    s = withLink(DT::FinishToFinish, -1);
    CHECK_DATES(s.tasks[1], "2027-01-04", "2027-01-05");
}

TEST_CASE("SF: the successor finishes the working day before the predecessor starts", "[schedule][links]")
{
    auto s = withLink(DT::StartToFinish, 0, "2027-01-07"); // a Thu 7 - Mon 11
    CHECK_DATES(s.tasks[0], "2027-01-07", "2027-01-11");
    CHECK_DATES(s.tasks[1], "2027-01-05", "2027-01-06");
    s = withLink(DT::StartToFinish, 2, "2027-01-07");
    CHECK_DATES(s.tasks[1], "2027-01-07", "2027-01-08");
    s = withLink(DT::StartToFinish, -1, "2027-01-07");
    CHECK_DATES(s.tasks[1], "2027-01-04", "2027-01-05");
    s = withLink(DT::StartToFinish, 0); // would finish before the project start: the start wins
    CHECK_DATES(s.tasks[1], "2027-01-04", "2027-01-05");
}

TEST_CASE("Milestones sit on the finishing day of their predecessor and at the start of the plan",
          "[schedule][milestone]")
{
    PlanBuilder b;
    b.milestone("kickoff");
    b.task("a", 3);
    b.milestone("done");
    b.task("c", 1);
    b.milestone("ss");
    b.link("kickoff", "a").link("a", "done").link("done", "c").link("a", "ss", DT::StartToStart);
    const auto s = b.schedule();
    const Plan& p = b.plan();
    CHECK_DATES(at(s, p, "kickoff"), "2027-01-04", "2027-01-04");
    CHECK(at(s, p, "kickoff").startWork == 0);
    CHECK_DATES(at(s, p, "a"), "2027-01-04", "2027-01-06");
    CHECK_DATES(at(s, p, "done"), "2027-01-06", "2027-01-06");
    CHECK(at(s, p, "done").finishWork == 3); // after Wednesday's work
    CHECK(at(s, p, "done").milestone);
    CHECK(at(s, p, "done").durationDays == 0);
    CHECK_DATES(at(s, p, "c"), "2027-01-07", "2027-01-07");
    CHECK_DATES(at(s, p, "ss"), "2027-01-04", "2027-01-04");
    // Everything is on one chain except "ss", which has all the slack to the end.
    CHECK(at(s, p, "done").critical);
    CHECK(at(s, p, "ss").totalFloat == 4);
}

TEST_CASE("A milestone with an FF or SF link takes the linked instant", "[schedule][milestone]")
{
    PlanBuilder b;
    b.task("a", 3);
    b.milestone("ff");
    b.milestone("sf");
    b.link("a", "ff", DT::FinishToFinish, 1).link("a", "sf", DT::StartToFinish, 2);
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[1], "2027-01-07", "2027-01-07"); // end of Thu 7
    CHECK(s.tasks[1].finishWork == 4);
    CHECK_DATES(s.tasks[2], "2027-01-06", "2027-01-06"); // start of Wed 6
    CHECK(s.tasks[2].finishWork == 2);
}

TEST_CASE("Several predecessors: the latest one drives, the others get free float", "[schedule][links]")
{
    PlanBuilder b;
    b.task("a", 2);
    b.task("b", 5);
    b.task("c", 1);
    b.link("a", "c").link("b", "c");
    const auto s = b.schedule();
    CHECK_DATES(s.tasks[2], "2027-01-11", "2027-01-11");
    CHECK(s.tasks[0].freeFloat == 3);
    CHECK(s.tasks[0].totalFloat == 3);
    CHECK(s.tasks[1].freeFloat == 0);
    CHECK(s.tasks[1].critical);
    CHECK_FALSE(s.tasks[0].critical);
    REQUIRE(s.criticalPaths.size() == 1);
    CHECK(s.criticalPaths[0] == std::vector<int>{1, 2});
    CHECK(s.criticalCount == 2);
}

TEST_CASE("Free float and total float differ along a chain with slack", "[schedule][float]")
{
    // a(1) -> b(1) -> d(1); c(5) -> d. a and b share 4 days of total float;
    // only b has free float.
    PlanBuilder b;
    b.task("a", 1);
    b.task("b", 1);
    b.task("c", 5);
    b.task("d", 1);
    b.link("a", "b").link("b", "d").link("c", "d");
    const auto s = b.schedule();
    CHECK(s.tasks[0].totalFloat == 3);
    CHECK(s.tasks[0].freeFloat == 0);
    CHECK(s.tasks[1].totalFloat == 3);
    CHECK(s.tasks[1].freeFloat == 3);
    CHECK(formatIsoDate(s.tasks[0].lateStart) == "2027-01-07");
    CHECK(formatIsoDate(s.tasks[1].lateFinish) == "2027-01-08");
    CHECK(s.tasks[3].critical);
    CHECK(formatIsoDate(s.finish) == "2027-01-11");
}
