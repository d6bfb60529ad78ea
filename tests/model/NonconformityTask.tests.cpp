// SPDX-License-Identifier: MIT
// An open nonconformity's corrective action becomes a task in the plan.
#include "commands/ChecklistCommands.h"
#include "commands/Document.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::test;

namespace {

Plan planWithNc()
{
    Plan p = minimalPlan();
    Resource r;
    r.id = "ann";
    r.name = "Ann";
    p.resources.push_back(r);
    Nonconformity nc;
    nc.id = "nc-01";
    nc.ncClass = NcClass::Major;
    nc.clause = "8.6.1";
    nc.description = "No documented major incident procedure";
    nc.owner = "ann";
    nc.raised = d(2027, 1, 4);
    p.nonconformities.push_back(nc);
    return p;
}

} // namespace

TEST_CASE("Planning a nonconformity's corrective action adds one linked task, undoable exactly", "[nonconformity]")
{
    Document doc;
    doc.replace(planWithNc(), "");
    const std::string before = writePlanToString(doc.plan());
    NonconformityTaskSpec spec;
    spec.nonconformity = "nc-01";
    spec.durationDays = 3;
    spec.due = d(2027, 2, 1);
    REQUIRE(doc.execute(createNonconformityTask(doc.plan(), spec)));
    const Plan& p = doc.plan();
    REQUIRE(p.tasks.size() == 3); // t1, the "Corrective actions" summary, the task
    CHECK(p.tasks[1].id == kCorrectiveSummaryId);
    const Task& t = p.tasks[2];
    CHECK(t.level == 1);
    CHECK(t.nonconformity == "nc-01");
    CHECK(t.name == "Correct nc-01 (8.6.1): No documented major incident procedure");
    CHECK(t.durationDays == 3);
    CHECK(t.deadline == d(2027, 2, 1));
    REQUIRE(t.assignments.size() == 1);
    CHECK(t.assignments[0].resource == "ann");
    CHECK(doc.undoLabel() == "Plan Corrective Action");

    // One task per nonconformity.
    auto again = createNonconformityTask(doc.plan(), spec);
    REQUIRE_FALSE(again);
    CHECK(again.error().find("already has a corrective task") != std::string::npos);

    doc.undo();
    CHECK(writePlanToString(doc.plan()) == before);
}

TEST_CASE("Closed nonconformities and unknown ids get no corrective task", "[nonconformity]")
{
    Plan p = planWithNc();
    p.nonconformities[0].status = NcStatus::Closed;
    NonconformityTaskSpec spec;
    spec.nonconformity = "nc-01";
    auto closed = createNonconformityTask(p, spec);
    REQUIRE_FALSE(closed);
    CHECK(closed.error() == "nonconformity nc-01 is already Closed");
    spec.nonconformity = "nc-99";
    CHECK_FALSE(createNonconformityTask(p, spec));
}
