// SPDX-License-Identifier: MIT
// The next certification cycle's empty slots become planned audits and plan milestones.
#include "commands/AuditCommands.h"
#include "commands/Document.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "lifecycle/AuditCalendar.h"

#include <catch2/catch.hpp>

using namespace certplan;

TEST_CASE("Planning cycle 2 of the example adds two surveillances and the recertification", "[audits][commands]")
{
    auto loaded = readPlanFile(std::string(CERTPLAN_TEMPLATE_DIR) + "/examples/northwind-iso20000.certplan");
    REQUIRE(loaded);
    Document doc;
    doc.replace(loaded->plan, "");
    REQUIRE(doc.hasSchedule());
    const std::string before = writePlanToString(doc.plan());
    const std::size_t tasksBefore = doc.plan().tasks.size();
    const std::size_t auditsBefore = doc.plan().audits.size();
    const Date status(2026, 11, 24);

    CyclePlanSpec spec;
    spec.certificate = "cert-20000-1";
    spec.cycle = 2;
    spec.statusDate = status;
    REQUIRE(doc.execute(planCycleAudits(doc.plan(), &doc.schedule(), spec)));
    CHECK(doc.undoLabel() == "Plan Cycle 2 Audits");
    const Plan& p = doc.plan();
    REQUIRE(p.audits.size() == auditsBefore + 3);
    REQUIRE(p.tasks.size() == tasksBefore + 4); // a summary and three milestones

    // Cycle 2 starts at the recertification decision (2030-06-18, the example's
    // schedule): surveillance 1 is due by 2031-06-18, surveillance 2 by
    // 2032-06-18, the recertification audit window closes 2033-07-04. Each is
    // planned 30 days before its window closes, moved back to a working day
    // (2033-06-04 is a Saturday).
    const Audit& s1 = p.audits[auditsBefore];
    CHECK(s1.id == "c2-surv1");
    CHECK(s1.type == AuditType::Surveillance);
    CHECK(s1.cycle == 2);
    CHECK(s1.planned == Date(2031, 5, 19));
    const Audit& s2 = p.audits[auditsBefore + 1];
    CHECK(s2.planned == Date(2032, 5, 19));
    const Audit& re = p.audits[auditsBefore + 2];
    CHECK(re.type == AuditType::Recertification);
    CHECK(re.planned == Date(2033, 6, 3));
    for (std::size_t k = auditsBefore; k < p.audits.size(); ++k) {
        INFO(p.audits[k].id);
        const auto weekday = p.audits[k].planned->day_of_week().as_number();
        CHECK(weekday != 0); // Sunday
        CHECK(weekday != 6); // Saturday
    }
    const Task* m = p.findTask(s1.task);
    REQUIRE(m);
    CHECK(m->milestone);
    CHECK(m->audit == "c2-surv1");
    CHECK(m->constraint.type == ConstraintType::MustStartOn);
    CHECK(p.tasks[tasksBefore].level == 0);
    CHECK(p.tasks[tasksBefore + 1].level == 1);

    // The programme now sees those slots as planned.
    ProgrammeOptions options;
    options.statusDate = status;
    options.cycles = 2;
    int planned = 0;
    for (const auto& e : combinedCalendar(planAuditProgrammes(p, &doc.schedule(), options)))
        if (e.cycle == 2 && !e.audit.empty())
            ++planned;
    CHECK(planned == 3);

    // Nothing left to plan: refused with the reason.
    auto again = planCycleAudits(doc.plan(), &doc.schedule(), spec);
    REQUIRE_FALSE(again);
    CHECK(again.error() == "every audit of cycle 2 of cert-20000-1 is already planned");

    doc.undo();
    CHECK(writePlanToString(doc.plan()) == before);
}

TEST_CASE("A certificate without a known programme cannot have its cycle planned", "[audits][commands]")
{
    Plan p;
    p.info.title = "x";
    CyclePlanSpec spec;
    spec.certificate = "nope";
    auto r = planCycleAudits(p, nullptr, spec);
    REQUIRE_FALSE(r);
    CHECK(r.error() == "there is no certificate 'nope'");
}

TEST_CASE("A cycle whose audits would fall after 2249 is refused, naming the range, so no unreadable file is made",
          "[audits][commands][limits]")
{
    // Found by trying the app: a certificate decided in 2248 had its cycle 2
    // planned into 2252, and the saved file could not be opened again.
    auto loaded = readPlanFile(std::string(CERTPLAN_TEST_DATA_DIR) + "/cases/lifecycle/cert-2248.certplan");
    REQUIRE(loaded);
    Document doc;
    doc.replace(loaded->plan, "");
    CyclePlanSpec spec;
    spec.certificate = "c1";
    spec.cycle = 2;
    spec.statusDate = Date(2249, 1, 1);
    const CommandResult r = planCycleAudits(doc.plan(), doc.hasSchedule() ? &doc.schedule() : nullptr, spec);
    REQUIRE(!r);
    CHECK(r.error().find("runs past 2249-12-31") != std::string::npos);
    CHECK(r.error().find("from 1950-01-01 to 2249-12-31") != std::string::npos);
    CHECK(doc.plan().audits.size() == loaded->plan.audits.size());
}
