// SPDX-License-Identifier: MIT
// The dashboard of the example before and after Plan Next Cycle's Audits: the
// finish it shows is the certification project's, named by its last task, and
// the late critical tasks stay critical (schedule/ProjectScope.h).
#include "TestPaths.h"

#include "commands/AuditCommands.h"
#include "commands/Document.h"
#include "io/PlanReader.h"
#include "presenters/Dashboard.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::present;

TEST_CASE("The dashboard names the certification project's finish and keeps its critical late tasks",
          "[dashboard][audits]")
{
    auto loaded = readPlanFile(test::templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    Document doc;
    doc.replace(loaded->plan, "");
    const Date status(2026, 11, 24);
    const DashboardData before = buildDashboard(doc.plan(), doc.schedule(), status);
    CHECK(formatIsoDate(before.finish) == "2030-06-18");
    CHECK(before.finishTask == "Recertification decision");
    CHECK_FALSE(before.programmeFinish);
    CHECK(finishText(before, DateFormat()) == "Finish 2030-06-18 (Recertification decision)");

    CyclePlanSpec spec;
    spec.certificate = "cert-20000-1";
    spec.cycle = 2;
    spec.statusDate = status;
    REQUIRE(doc.execute(planCycleAudits(doc.plan(), &doc.schedule(), spec)));
    DashboardOptions all;
    all.maxMilestones = 200; // down to the certification decision
    const DashboardData after = buildDashboard(doc.plan(), doc.schedule(), status, all);
    CHECK(after.finish == before.finish);
    CHECK(after.finishTask == "Recertification decision");
    REQUIRE(after.programmeFinish);
    CHECK(formatIsoDate(*after.programmeFinish) == "2033-06-03");
    CHECK(finishText(after, DateFormat(DateStyle::DayMonthYear)) ==
          "Finish 18/06/2030 (Recertification decision)\nLater cycles' audits to 03/06/2033");
    // Before the rule: "19 tasks are late (not on the critical path)".
    CHECK(after.reasons == before.reasons);
    REQUIRE(after.late.size() == before.late.size());
    for (std::size_t k = 0; k < after.late.size(); ++k)
        CHECK(after.late[k].critical == before.late[k].critical);
    bool certifiedListed = false;
    for (const auto& m : after.milestones)
        if (m.name == "Certificate issued (certification decision)") {
            certifiedListed = true;
            CHECK(m.floatDays == 0); // 766 days before the rule
        }
    CHECK(certifiedListed);
}
