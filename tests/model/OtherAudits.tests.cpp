// SPDX-License-Identifier: MIT
// Every audit in the file appears in the programme: special audits and
// transfer reviews with their own rules, every other audit without a slot as
// unscheduled with the reason. Decision 2027-03-15 (expiry 2030-03-15).
#include "lifecycle/AuditCalendar.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"
#include "presenters/AuditTimeline.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Audit audit(std::string id, AuditType t, OptDate planned, int cycle = 1, AuditStatus st = AuditStatus::Planned)
{
    Audit a;
    a.id = std::move(id);
    a.certificate = "cert";
    a.type = t;
    a.cycle = cycle;
    a.planned = planned;
    a.status = st;
    return a;
}



const ProgrammeEvent* eventFor(const CertificateProgramme& p, const std::string& audit)
{
    for (const auto& e : p.events)
        if (e.audit == audit)
            return &e;
    return nullptr;
}

} // namespace

TEST_CASE("Shared case special-and-transfer: sp-1 and tr-1 appear in the programme", "[lifecycle][kind4]")
{
    const LoadedCase c = loadLifecycleCase("special-and-transfer.certplan");
    CHECK(c.status == d(2028, 1, 15));
    const CertificateProgramme p = programmeOf(c);
    const ProgrammeEvent* sp = eventFor(p, "sp-1");
    REQUIRE(sp);
    CHECK(sp->kind == ProgrammeEventKind::SpecialAudit);
    CHECK(sp->planned == d(2028, 2, 10));
    CHECK_FALSE(sp->window);
    CHECK(sp->assessment.state == AuditState::Ok);
    const ProgrammeEvent* tr = eventFor(p, "tr-1");
    REQUIRE(tr);
    CHECK(tr->kind == ProgrammeEventKind::TransferReview);
    CHECK(tr->planned == d(2028, 3, 10));
    REQUIRE(tr->window);
    CHECK(tr->window->open == d(2027, 6, 30));
    CHECK(tr->window->close == d(2030, 6, 30));
    CHECK(tr->assessment.state == AuditState::Ok);
    CHECK(tr->label() == "Transfer review (cycle 1)");
    // The cancelled audits of the file are listed as cancelled, not dropped.
    for (const Audit& a : c.plan.audits) {
        INFO(a.id);
        const ProgrammeEvent* e = eventFor(p, a.id);
        REQUIRE(e);
        if (a.status == AuditStatus::Cancelled)
            CHECK(e->assessment.state == AuditState::Cancelled);
    }
    CHECK(p.warnings.empty());

    // Both get a marker on the Audits tab timeline, as circles.
    const auto cal = combinedCalendar({p});
    const auto t = present::layoutAuditTimeline(cal, c.status, 1000);
    int circles = 0;
    for (const auto& m : t.markers)
        if (cal[m.event].audit == "sp-1" || cal[m.event].audit == "tr-1")
            circles += m.outsideSlots ? 1 : 0;
    CHECK(circles == 2);
    CHECK(t.to < d(2034, 1, 1)); // undated cancelled audits do not stretch the axis to 9999
}

TEST_CASE("Audits the rules have no slot for are shown unscheduled with the reason", "[lifecycle][kind4]")
{
    const Plan p = oneCertificatePlan({audit("s1", AuditType::Surveillance, d(2028, 2, 1)),
                         audit("s2", AuditType::Surveillance, d(2029, 2, 1)),
                         audit("s3", AuditType::Surveillance, d(2029, 6, 1)), // one too many
                         audit("rc", AuditType::Recertification, d(2029, 11, 1)),
                         audit("rc-b", AuditType::Recertification, d(2029, 12, 1)), // a second one
                         audit("c3-s1", AuditType::Surveillance, d(2034, 2, 1), 3), // beyond the 2 cycles asked
                         audit("tr", AuditType::Transfer, d(2030, 4, 1))}); // after expiry
    const CertificateProgramme pr = programmeOn(p, d(2028, 1, 1));
    for (const Audit& a : p.audits) {
        INFO(a.id);
        CHECK(eventFor(pr, a.id));
    }
    const ProgrammeEvent* s3 = eventFor(pr, "s3");
    CHECK(s3->unscheduled);
    CHECK(s3->assessment.reason == "unscheduled: no slot in cycle 1: the rules ask for 2 surveillance audits");
    CHECK(eventFor(pr, "rc-b")->assessment.reason == "unscheduled: another recertification audit of cycle 1");
    CHECK(pr.warnings == std::vector<std::string>{
                             "cycle 3: no surveillance audit planned in 2035 (at least one per calendar year)",
                             "Surveillance audit 's3' is shown unscheduled: no slot in cycle 1: the rules ask for 2 "
                             "surveillance audits",
                             "Recertification audit 'rc-b' is shown unscheduled: another recertification audit of "
                             "cycle 1"});
    // Cycle 3 is derived because the plan holds an audit for it.
    const ProgrammeEvent* c3 = eventFor(pr, "c3-s1");
    CHECK(c3->kind == ProgrammeEventKind::Surveillance);
    CHECK(c3->index == 1);
    CHECK_FALSE(c3->unscheduled);
    // A transfer review needs a valid certificate.
    const ProgrammeEvent* tr = eventFor(pr, "tr");
    CHECK(tr->assessment.state == AuditState::AtRisk);
    CHECK(tr->assessment.reason == "planned after its window closes on 2030-03-15");
}

TEST_CASE("Without a decision date or a certificate every audit is still listed", "[lifecycle][kind4]")
{
    Plan p = oneCertificatePlan({audit("s1", AuditType::Surveillance, d(2028, 2, 1)), audit("sp", AuditType::Special, d(2027, 9, 1)),
                   audit("st2", AuditType::Stage2, d(2027, 1, 10))},
                  std::nullopt);
    CertificateProgramme pr = programmeOn(p, d(2027, 1, 1));
    CHECK_FALSE(pr.programme);
    REQUIRE(eventFor(pr, "s1"));
    CHECK(eventFor(pr, "s1")->assessment.reason ==
          "unscheduled: no programme yet: the certification decision date is not known");
    REQUIRE(eventFor(pr, "sp"));
    CHECK(eventFor(pr, "sp")->kind == ProgrammeEventKind::SpecialAudit);
    CHECK(eventFor(pr, "st2"));
    CHECK(pr.warnings.size() == 1); // the missing decision date says it for all

    p.certificates.clear();
    for (auto& a : p.audits)
        a.certificate.clear();
    ProgrammeOptions o;
    o.statusDate = d(2027, 1, 1);
    const auto all = planAuditProgrammes(p, nullptr, o);
    REQUIRE(all.size() == 1);
    CHECK(all[0].certificate.empty());
    CHECK(all[0].events.size() == 3);
    CHECK(all[0].warnings == std::vector<std::string>{
                                 "the plan has audits but no certificate: add the certificate they belong to, with its "
                                 "decision date, to see their programme"});
}
