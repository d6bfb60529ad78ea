// SPDX-License-Identifier: MIT
// A suspended certificate shows its state and what is due to lift it; a
// withdrawn one ends there. Decision 2027-03-15: surveillance 1 due by
// 2028-03-15, expiry 2030-03-15.
#include "commands/AuditCommands.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "lifecycle/AuditCalendar.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"
#include "presenters/Dashboard.h"
#include "presenters/ProgrammeSummary.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Plan suspendedPlan()
{
    Plan p = minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = d(2027, 3, 15);
    c.suspensions.push_back({d(2028, 4, 1), "surveillance not allowed at the required frequency", std::nullopt,
                             std::nullopt});
    p.certificates.push_back(c);
    Audit a;
    a.id = "c2-s1";
    a.certificate = "cert";
    a.type = AuditType::Surveillance;
    a.cycle = 2;
    a.planned = d(2031, 2, 1);
    p.audits.push_back(a);
    return p;
}

CertificateProgramme judge(const Plan& p, Date status)
{
    ProgrammeOptions o;
    o.statusDate = status;
    return planAuditProgrammes(p, nullptr, o).at(0);
}

} // namespace

TEST_CASE("A suspension in force says what is due to lift it and by when", "[lifecycle][suspension]")
{
    Plan p = suspendedPlan();
    CertificateProgramme pr = judge(p, d(2028, 5, 1));
    CHECK(pr.suspendedNote == "suspended since 2028-04-01 (surveillance not allowed at the required frequency); lift "
                              "it by 2028-10-01 (overdue: Surveillance audit 1 (cycle 1))");
    const ProgrammeEvent* s = findEvent(pr, ProgrammeEventKind::Suspension, 1);
    REQUIRE(s);
    CHECK(s->window->close == d(2028, 10, 1)); // from + suspensionMonths (6)
    CHECK(s->assessment.state == AuditState::AtRisk);
    CHECK(std::find(pr.warnings.begin(), pr.warnings.end(), "the certificate is " + pr.suspendedNote) !=
          pr.warnings.end());

    // Past the deadline and not lifted.
    pr = judge(p, d(2028, 10, 2));
    s = findEvent(pr, ProgrammeEventKind::Suspension, 1);
    CHECK(s->assessment.state == AuditState::Overdue);
    CHECK(s->assessment.reason == "not lifted by 2028-10-01 (surveillance not allowed at the required frequency): "
                                  "the body withdraws the certificate or reduces its scope");

    // Lifted: done, and no longer in force.
    p.certificates[0].suspensions[0].lifted = d(2028, 6, 15);
    p.certificates[0].suspensions[0].liftBy = d(2028, 7, 1); // the body's own deadline
    pr = judge(p, d(2028, 7, 1));
    CHECK(pr.suspendedNote.empty());
    s = findEvent(pr, ProgrammeEventKind::Suspension, 1);
    CHECK(s->assessment.state == AuditState::Done);
    CHECK(s->window->close == d(2028, 7, 1));
    CHECK(judge(p, d(2028, 6, 14)).suspendedNote.size() > 0); // the day before it was lifted

    // The board sees it.
    p.certificates[0].suspensions[0].lifted.reset();
    ScheduleOptions so;
    so.statusDate = d(2028, 5, 1);
    const auto sched = computeSchedule(p, so);
    REQUIRE(sched);
    const auto board = present::buildDashboard(p, *sched, d(2028, 5, 1));
    CHECK(board.rag == present::Rag::Red);
    CHECK(std::find(board.reasons.begin(), board.reasons.end(),
                    "Certificate cert is suspended since 2028-04-01 (surveillance not allowed at the required "
                    "frequency); lift it by 2028-07-01 (overdue: Surveillance audit 1 (cycle 1))") !=
          board.reasons.end()); // the body's deadline set above
}

TEST_CASE("A transfer review planned during a suspension is at risk", "[lifecycle][suspension]")
{
    Plan p = suspendedPlan();
    Audit tr;
    tr.id = "tr";
    tr.certificate = "cert";
    tr.type = AuditType::Transfer;
    tr.planned = d(2028, 5, 10);
    p.audits.push_back(tr);
    const CertificateProgramme pr = judge(p, d(2028, 5, 1));
    const ProgrammeEvent* e = nullptr;
    for (const auto& x : pr.events)
        if (x.audit == "tr")
            e = &x;
    REQUIRE(e);
    CHECK(e->assessment.state == AuditState::AtRisk);
    CHECK(e->assessment.reason == "planned while the certificate is suspended (since 2028-04-01): a suspended "
                                  "certificate cannot be transferred");
}

TEST_CASE("A withdrawn certificate ends in the cycle of its withdrawal", "[lifecycle][withdrawal]")
{
    Plan p = suspendedPlan();
    p.certificates[0].withdrawn = d(2028, 10, 2);
    const CertificateProgramme pr = judge(p, d(2028, 11, 1));
    REQUIRE(pr.programme);
    REQUIRE(pr.programme->cycles.size() == 1);
    CHECK(pr.programme->cycles[0].outcome == CycleOutcome::Withdrawn);
    CHECK(pr.programme->ended());
    CHECK(present::cycleOutcomeText(pr.programme->cycles[0]) == "withdrawn: a new initial certification is needed");
    CHECK(pr.suspendedNote.empty()); // no longer suspended: withdrawn
    const ProgrammeEvent* w = findEvent(pr, ProgrammeEventKind::Withdrawal, 1);
    REQUIRE(w);
    CHECK(w->planned == d(2028, 10, 2));
    CHECK(w->assessment.state == AuditState::Done);
    CHECK(std::find(pr.warnings.begin(), pr.warnings.end(),
                    "Surveillance audit 'c2-s1' is planned for cycle 2, but the certificate was withdrawn on 2028-10-02 "
                    "in cycle 1: a new initial certification is needed instead") != pr.warnings.end());

    CyclePlanSpec spec;
    spec.certificate = "cert";
    spec.cycle = 2;
    spec.statusDate = d(2028, 11, 1);
    const auto cmd = planCycleAudits(p, nullptr, spec);
    REQUIRE_FALSE(cmd);
    CHECK(cmd.error() == "the certificate cert was withdrawn in cycle 1: there is no cycle 2 to plan; a new initial "
                         "certification is needed");
}

TEST_CASE("Suspensions and the withdrawal date are saved, read back and checked", "[lifecycle][suspension][io]")
{
    Plan p = suspendedPlan();
    p.certificates[0].suspensions[0].liftBy = d(2028, 8, 1);
    p.certificates[0].withdrawn = d(2028, 10, 2);
    p.certificates[0].rules.suspensionMonths = 3;
    const std::string text = writePlanToString(p);
    CHECK(contains(text, "<certificate id=\"cert\" standard=\"ISO/IEC 20000-1\" decision=\"2027-03-15\" "
                         "withdrawn=\"2028-10-02\">"));
    CHECK(contains(text, "<suspension from=\"2028-04-01\" lift-by=\"2028-08-01\">surveillance not allowed at the "
                         "required frequency</suspension>"));
    CHECK(contains(text, "<rules suspension-months=\"3\" />"));
    const LoadResult r = readPlanText(text, "s.certplan");
    REQUIRE(r.ok());
    CHECK(r->plan == p);

    std::string bad = text;
    bad.replace(bad.find("lift-by=\"2028-08-01\""), 20, "lifted=\"2028-03-31\"");
    const LoadResult refused = readPlanText(bad, "s.certplan");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "lifted (2028-03-31) is before the suspension began (2028-04-01)");

    bad = text;
    bad.replace(bad.find("withdrawn=\"2028-10-02\""), 22, "withdrawn=\"2027-01-01\"");
    const LoadResult early = readPlanText(bad, "s.certplan");
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message == "the certificate is withdrawn (2027-01-01) before it was granted (2027-03-15)");
}
