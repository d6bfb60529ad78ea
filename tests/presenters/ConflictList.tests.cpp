// SPDX-License-Identifier: MIT
// The rows of View > Schedule Conflicts: task, kind and the scheduler's message.
#include "TestPaths.h"
#include "model/ScheduleFixtures.h"

#include "io/PlanReader.h"
#include "presenters/ConflictList.h"

#include <set>

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Conflict rows name the task, the kind and keep the scheduler's message", "[presenters][conflicts]")
{
    const auto r = readPlanFile(dataPath("cases/scheduling/resource-works-on-holiday.certplan"));
    REQUIRE(r);
    auto s = computeSchedule(r->plan, {});
    REQUIRE(s);
    const auto rows = present::conflictRows(r->plan, *s);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].taskId == "a");
    CHECK(rows[0].task == "On-call change on the holiday (a)");
    CHECK(rows[0].kind == "Resource day the plan does not work");
    CHECK(rows[0].message == s->conflicts[0].message);
}

TEST_CASE("A conflict about the whole plan has no task, and every kind has its own label", "[presenters][conflicts]")
{
    PlanBuilder b;
    b.task("a", 2);
    Schedule s = b.schedule();
    ScheduleConflict c;
    c.kind = ScheduleConflict::Kind::OutOfRange;
    c.message = "beyond";
    s.conflicts.push_back(c);
    const auto rows = present::conflictRows(b.plan(), s);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].taskId.empty());
    CHECK(rows[0].task == "Whole plan");
    using K = ScheduleConflict::Kind;
    std::set<std::string> labels;
    for (K k : {K::ConstraintOverridesLink, K::MissedDeadline, K::MissedTarget, K::MissedConstraint,
                K::NoCommonWorkingDay, K::ResourceDayNotUsed, K::OutOfRange, K::ProgressAfterStatusDate})
        labels.insert(present::conflictKindLabel(k));
    CHECK(labels.size() == 8);
    CHECK(labels.count("Conflict") == 0);
}
