// SPDX-License-Identifier: MIT
// Where a certification cycle stands on the status date, not only after its
// decisions: valid, expired but restorable, lapsed. Dates worked out by hand
// from a decision on 2027-03-15 (expiry 2030-03-15, restorable 2030-03-16 ..
// 2030-09-15) and from the shared case never-renewed.certplan.
#include "commands/AuditCommands.h"
#include "lifecycle/AuditProgramme.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"
#include "presenters/Dashboard.h"
#include "presenters/ProgrammeSummary.h"

using namespace certplan;
using namespace certplan::test;

namespace {

const Date kD0 = d(2027, 3, 15);

CertificationProgramme judged(Date status, std::vector<RenewalDecision> decisions = {})
{
    return computeProgramme(kD0, ProgrammeRules{}, 2, decisions, status);
}

} // namespace

TEST_CASE("Shared case never-renewed: cycle 1 lapsed, no cycle 2, the missed restoration window overdue",
          "[lifecycle][kind1]")
{
    const LoadedCase c = loadLifecycleCase("never-renewed.certplan");
    CHECK(c.status == d(2031, 3, 1));
    const CertificateProgramme p = programmeOf(c);
    REQUIRE(p.programme);
    REQUIRE(p.programme->cycles.size() == 1);
    const ProgrammeCycle& c1 = p.programme->cycles[0];
    CHECK(c1.outcome == CycleOutcome::Lapsed);
    CHECK(c1.restoration.open == d(2030, 7, 1));
    CHECK(c1.restoration.close == d(2030, 12, 30));
    CHECK(p.programme->lapsed());
    for (const auto& e : p.events)
        CHECK(e.cycle == 1); // nothing planned for a second cycle, no surveillance of it
    const ProgrammeEvent* r = findEvent(p, ProgrammeEventKind::RestorationEnd, 1);
    REQUIRE(r);
    CHECK(r->assessment.state == AuditState::Overdue);
    CHECK(r->window->open == d(2030, 7, 1));
    CHECK(r->window->close == d(2030, 12, 30));
    CHECK(present::cycleSummary(c1) ==
          "cycle 1: 2027-06-30 to expiry 2030-06-30, 2 surveillance audits, renewal decision by 2030-06-30, "
          "restorable until 2030-12-30; lapsed: restoration window 2030-07-01 .. 2030-12-30 missed, a new initial "
          "certification is needed");
}

TEST_CASE("No decision taken: valid through expiry, expired-restorable through the window, then lapsed",
          "[lifecycle][kind1]")
{
    struct Row {
        Date status;
        CycleOutcome outcome;
        std::size_t cycles;
        OptDate cycle2Start;
    };
    const std::vector<Row> rows = {
        {d(2030, 3, 15), CycleOutcome::Pending, 2, d(2030, 3, 15)},  // expiry day: still valid
        {d(2030, 3, 16), CycleOutcome::Expired, 2, d(2030, 9, 15)},  // first day after expiry
        {d(2030, 9, 15), CycleOutcome::Expired, 2, d(2030, 9, 15)},  // last restorable day
        {d(2030, 9, 16), CycleOutcome::Lapsed, 1, std::nullopt},     // the window has closed
    };
    for (const auto& row : rows) {
        INFO(formatIsoDate(row.status));
        const auto p = judged(row.status);
        REQUIRE(p.cycles.size() == row.cycles);
        CHECK(p.cycles[0].outcome == row.outcome);
        if (row.cycle2Start)
            CHECK(p.cycles[1].start == *row.cycle2Start); // the last permitted decision stands in
    }
    // A planned renewal that was never taken does not save the certificate.
    const auto planned = judged(d(2030, 9, 16), {{d(2030, 2, 1), false}});
    REQUIRE(planned.cycles.size() == 1);
    CHECK(planned.cycles[0].outcome == CycleOutcome::Lapsed);
    CHECK_FALSE(planned.cycles[0].decisionTaken);
    // A decision taken in time does.
    const auto taken = judged(d(2030, 9, 16), {{d(2030, 2, 1), true}});
    REQUIRE(taken.cycles.size() == 2);
    CHECK(taken.cycles[0].outcome == CycleOutcome::Renewed);
    // Without a status date only decisions count, as before.
    CHECK(computeProgramme(kD0, ProgrammeRules{}, 2).cycles[0].outcome == CycleOutcome::Pending);
}

namespace {

Plan lapsingPlan()
{
    Plan p = minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = kD0;
    p.certificates.push_back(c);
    Audit s;
    s.id = "c2-s1";
    s.certificate = "cert";
    s.type = AuditType::Surveillance;
    s.cycle = 2;
    s.planned = d(2031, 3, 1);
    p.audits.push_back(s);
    return p;
}

} // namespace

TEST_CASE("Audits planned for a cycle after a lapse are warned about and not planned again", "[lifecycle][kind1]")
{
    const Plan p = lapsingPlan();
    ProgrammeOptions o;
    o.statusDate = d(2030, 10, 1);
    const auto progs = planAuditProgrammes(p, nullptr, o);
    REQUIRE(progs[0].programme);
    CHECK(progs[0].programme->cycles.size() == 1);
    REQUIRE(progs[0].warnings.size() == 1);
    CHECK(progs[0].warnings[0] ==
          "Surveillance audit 'c2-s1' is planned for cycle 2, but the certificate lapsed in cycle 1 (no renewal "
          "decision by the end of the restoration window, 2030-09-15): a new initial certification is needed instead");

    CyclePlanSpec spec;
    spec.certificate = "cert";
    spec.cycle = 2;
    spec.statusDate = o.statusDate;
    const auto cmd = planCycleAudits(p, nullptr, spec);
    REQUIRE_FALSE(cmd);
    CHECK(cmd.error() == "cycle 1 of cert lapsed (restoration window closed on 2030-09-15): there is no cycle 2 to "
                         "plan; a new initial certification (stage 1 and stage 2) is needed");
    // One day earlier the certificate can still be restored: cycle 2 can be planned.
    spec.statusDate = d(2030, 9, 15);
    CHECK(planCycleAudits(p, nullptr, spec));
}

TEST_CASE("The dashboard turns red for an expired or lapsed certificate and drops audits of a dead cycle",
          "[lifecycle][kind1][dashboard]")
{
    const Plan p = lapsingPlan();
    auto reasonsAt = [&](Date status) {
        ScheduleOptions so;
        so.statusDate = status;
        const auto s = computeSchedule(p, so);
        REQUIRE(s);
        return present::buildDashboard(p, *s, status);
    };
    const auto valid = reasonsAt(d(2030, 3, 15));
    CHECK(valid.rag == present::Rag::Green);

    const auto expired = reasonsAt(d(2030, 3, 16));
    CHECK(expired.rag == present::Rag::Red);
    CHECK(std::find(expired.reasons.begin(), expired.reasons.end(),
                    "Certificate cert expired on 2030-03-15 without a renewal decision; restorable until 2030-09-15 "
                    "once the recertification is finished") != expired.reasons.end());
    CHECK(expired.audits.size() == 1); // cycle 2 may still come, after a restoration

    const auto lapsed = reasonsAt(d(2030, 9, 16));
    CHECK(lapsed.rag == present::Rag::Red);
    CHECK(std::find(lapsed.reasons.begin(), lapsed.reasons.end(),
                    "Certificate cert lapsed: it expired on 2030-03-15 and was not restored by 2030-09-15; a new "
                    "initial certification is needed") != lapsed.reasons.end());
    CHECK(lapsed.audits.empty());
}

TEST_CASE("Shared case planned-renewal: cycle 1 is renewal planned, not renewed, until the decision is taken",
          "[lifecycle][kind6]")
{
    const LoadedCase c = loadLifecycleCase("planned-renewal.certplan");
    CHECK(c.status == d(2029, 1, 10));
    const CertificateProgramme p = programmeOf(c);
    REQUIRE(p.programme);
    const ProgrammeCycle& c1 = p.programme->cycles.at(0);
    CHECK(c1.outcome == CycleOutcome::RenewalPlanned);
    CHECK(c1.recertDecision == d(2030, 5, 20));
    CHECK_FALSE(c1.decisionTaken);
    CHECK(p.programme->cycles.at(1).start == d(2030, 5, 20)); // the planned decision opens cycle 2
    CHECK(present::cycleOutcomeText(c1) == "renewal planned (decision planned for 2030-05-20, not taken yet)");
    const ProgrammeEvent* expiry = findEvent(p, ProgrammeEventKind::Expiry, 1);
    REQUIRE(expiry);
    CHECK(expiry->assessment.state == AuditState::Ok);
    CHECK(expiry->assessment.reason == "renewal planned: decision planned for 2030-05-20");
}

TEST_CASE("A planned decision becomes renewed or restored on the day it is taken", "[lifecycle][kind6]")
{
    struct Row {
        const char* name;
        RenewalDecision decision;
        Date status;
        CycleOutcome outcome;
    };
    const std::vector<Row> rows = {
        {"planned renewal, the day before", {d(2030, 2, 1), false}, d(2030, 1, 31), CycleOutcome::RenewalPlanned},
        {"renewal taken", {d(2030, 2, 1), true}, d(2030, 2, 1), CycleOutcome::Renewed},
        {"renewal planned on the expiry day", {d(2030, 3, 15), false}, d(2030, 3, 15), CycleOutcome::RenewalPlanned},
        {"planned renewal not taken by expiry", {d(2030, 3, 15), false}, d(2030, 3, 16), CycleOutcome::Expired},
        {"restoration planned", {d(2030, 5, 1), false}, d(2030, 1, 10), CycleOutcome::RestorationPlanned},
        {"restoration planned, certificate already expired", {d(2030, 5, 1), false}, d(2030, 4, 1),
         CycleOutcome::RestorationPlanned},
        {"restoration taken", {d(2030, 5, 1), true}, d(2030, 5, 1), CycleOutcome::Restored},
        {"planned after the restoration window", {d(2030, 9, 16), false}, d(2030, 1, 10), CycleOutcome::Lapsed},
    };
    for (const auto& row : rows) {
        INFO(row.name);
        const auto p = computeProgramme(kD0, ProgrammeRules{}, 1, {row.decision}, row.status);
        CHECK(p.cycles[0].outcome == row.outcome);
    }
    const auto restoring = computeProgramme(kD0, ProgrammeRules{}, 1, {{d(2030, 5, 1), false}}, d(2030, 1, 10));
    CHECK(restoring.cycles[0].uncertifiedDays == 46);
    CHECK(present::cycleOutcomeText(restoring.cycles[0]) ==
          "restoration planned (decision planned for 2030-05-01, after expiry: 46 days not certified)");
}

TEST_CASE("A recorded renewal date in the future is planned, in the CLI words and the dashboard", "[lifecycle][kind6]")
{
    Plan p = lapsingPlan();
    p.audits.clear();
    Audit rc;
    rc.id = "rc";
    rc.certificate = "cert";
    rc.type = AuditType::Recertification;
    rc.planned = d(2030, 1, 10);
    rc.decision = d(2030, 4, 1); // after expiry 2030-03-15
    p.audits.push_back(rc);
    ProgrammeOptions o;
    o.statusDate = d(2030, 3, 31);
    auto prog = planAuditProgrammes(p, nullptr, o)[0];
    CHECK(prog.programme->cycles[0].outcome == CycleOutcome::RestorationPlanned);
    o.statusDate = d(2030, 4, 1);
    prog = planAuditProgrammes(p, nullptr, o)[0];
    CHECK(prog.programme->cycles[0].outcome == CycleOutcome::Restored);

    ScheduleOptions so;
    so.statusDate = d(2030, 3, 1);
    const auto s = computeSchedule(p, so);
    REQUIRE(s);
    const auto board = present::buildDashboard(p, *s, d(2030, 3, 1));
    CHECK(board.rag == present::Rag::Red);
    CHECK(std::find(board.reasons.begin(), board.reasons.end(),
                    "Certificate cert lapses on 2030-03-16: the renewal decision is planned for 2030-04-01, after "
                    "expiry (16 days not certified)") != board.reasons.end());
}
