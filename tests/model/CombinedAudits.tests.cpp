// SPDX-License-Identifier: MIT
// One audit counting for several certificates of the organization (IAF MD 11):
// each programme matches it to its own slot; a date that fits one window and
// not the other is warned about in both; its findings count for each.
// itsm: decision 2027-03-15, surveillance 1 window closes 2028-03-15, expiry
// 2030-03-15, recertification window 2029-09-15 .. 2030-02-13.
// isms: decision 2027-06-01, surveillance 1 window closes 2028-06-01, expiry
// 2030-06-01, recertification window 2029-12-01 .. 2030-05-02.
#include "commands/AuditCommands.h"
#include "commands/Document.h"
#include "lifecycle/AuditCalendar.h"
#include "lifecycle/NonconformityDue.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Plan twoCertificates(std::vector<Audit> audits)
{
    Plan p = minimalPlan();
    Certificate itsm;
    itsm.id = "itsm";
    itsm.standard = "ISO/IEC 20000-1";
    itsm.decisionDate = d(2027, 3, 15);
    Certificate isms = itsm;
    isms.id = "isms";
    isms.standard = "ISO/IEC 27001";
    isms.decisionDate = d(2027, 6, 1);
    p.certificates = {itsm, isms};
    p.audits = std::move(audits);
    return p;
}

Audit combined(std::string id, AuditType t, Date planned, int cycle = 1)
{
    Audit a;
    a.id = std::move(id);
    a.certificate = "itsm";
    a.alsoCertificates = {"isms"};
    a.type = t;
    a.cycle = cycle;
    a.planned = planned;
    a.durationDays = 2;
    a.status = AuditStatus::Confirmed;
    return a;
}

std::vector<CertificateProgramme> judge(const Plan& p, Date status)
{
    ProgrammeOptions o;
    o.statusDate = status;
    return planAuditProgrammes(p, nullptr, o);
}

bool anyWarning(const CertificateProgramme& p, const std::string& part)
{
    for (const auto& w : p.warnings)
        if (contains(w, part))
            return true;
    return false;
}

} // namespace

TEST_CASE("A combined surveillance inside both windows fills both slots without a warning", "[lifecycle][combined]")
{
    const auto all = judge(twoCertificates({combined("surv", AuditType::Surveillance, d(2028, 3, 1))}), d(2028, 1, 10));
    REQUIRE(all.size() == 2);
    const ProgrammeEvent* itsm = findEvent(all[0], ProgrammeEventKind::Surveillance, 1, 1);
    const ProgrammeEvent* isms = findEvent(all[1], ProgrammeEventKind::Surveillance, 1, 1);
    REQUIRE(itsm);
    REQUIRE(isms);
    CHECK(itsm->audit == "surv");
    CHECK(isms->audit == "surv");
    CHECK(itsm->window->close == d(2028, 3, 15));
    CHECK(isms->window->close == d(2028, 6, 1));
    CHECK(itsm->assessment.state == AuditState::Ok);
    CHECK(isms->assessment.state == AuditState::Ok);
    CHECK(itsm->label() == "Surveillance audit 1 (cycle 1) combined with isms");
    CHECK(isms->label() == "Surveillance audit 1 (cycle 1) combined with itsm");
    CHECK_FALSE(anyWarning(all[0], "combined audit"));
    CHECK_FALSE(anyWarning(all[1], "combined audit"));
    // Neither programme asks for a second audit in that slot.
    for (const auto& p : all)
        for (const auto& e : p.events)
            CHECK_FALSE((e.kind == ProgrammeEventKind::Surveillance && e.cycle == 1 && e.index == 1 && e.audit.empty()));
}

TEST_CASE("A combined surveillance fitting one window only is warned about in both programmes",
          "[lifecycle][combined]")
{
    // 2028-03-16 .. 03-17: one day after itsm's window closed, inside isms's.
    const auto all = judge(twoCertificates({combined("surv", AuditType::Surveillance, d(2028, 3, 16))}), d(2028, 1, 10));
    const ProgrammeEvent* itsm = findEvent(all[0], ProgrammeEventKind::Surveillance, 1, 1);
    REQUIRE(itsm);
    CHECK(itsm->assessment.state == AuditState::AtRisk);
    CHECK(itsm->assessment.reason == "planned after its window closes on 2028-03-15");
    CHECK(findEvent(all[1], ProgrammeEventKind::Surveillance, 1, 1)->assessment.state == AuditState::Ok);
    const std::string expected = "combined audit 'surv' (2028-03-16) fits the window of isms";
    CHECK(anyWarning(all[0], expected));
    CHECK(anyWarning(all[1], expected));
    CHECK(anyWarning(all[0], "fits the window of isms (Surveillance audit 1 (cycle 1), window 2027-06-01 .. 2028-06-01) "
                             "but not of itsm (Surveillance audit 1 (cycle 1), window 2027-03-15 .. 2028-03-15)"));
    // On the window's last day (2028-03-14 .. 03-15) it fits both.
    const auto edge = judge(twoCertificates({combined("surv", AuditType::Surveillance, d(2028, 3, 14))}), d(2028, 1, 10));
    CHECK_FALSE(anyWarning(edge[0], "combined audit"));
}

TEST_CASE("A major of a combined audit counts for the decisions of each certificate", "[lifecycle][combined]")
{
    Plan p = twoCertificates({combined("recert", AuditType::Recertification, d(2030, 1, 20))});
    p.audits[0].decision = d(2030, 3, 1);
    Nonconformity nc;
    nc.id = "maj";
    nc.source = NcSource::Recertification;
    nc.ncClass = NcClass::Major;
    nc.raised = d(2030, 1, 21);
    nc.audit = "recert";
    nc.certificate = "isms"; // named for one certificate, it still counts for the other
    p.nonconformities.push_back(nc);
    const auto all = judge(p, d(2030, 3, 10));
    CHECK(anyWarning(all[0], "the recertification decision of cycle 1 (2030-03-01) was taken while major maj"));
    CHECK(anyWarning(all[1], "the recertification decision of cycle 1 (2030-03-01) was taken while major maj"));
}

TEST_CASE("A finding of a combined audit is due by the earliest decision among its certificates",
          "[lifecycle][combined]")
{
    // The finding names isms; the audit also counts for itsm, which expires
    // first (2030-03-15), before the 90-day verification (2030-01-21 + 90 =
    // 2030-04-21) and isms's expiry (2030-06-01).
    Audit a = combined("recert", AuditType::Recertification, d(2030, 1, 20));
    a.certificate = "isms";
    a.alsoCertificates = {"itsm"};
    Plan p = twoCertificates({a});
    Nonconformity nc;
    nc.id = "maj";
    nc.source = NcSource::Recertification;
    nc.ncClass = NcClass::Major;
    nc.raised = d(2030, 1, 21);
    nc.status = NcStatus::PlanAccepted;
    nc.audit = "recert";
    nc.certificate = "isms"; // named for the certificate that expires later
    p.nonconformities.push_back(nc);
    const NcDue due = nonconformityDue(p, nullptr, nc, d(2030, 2, 1));
    CHECK(due.due == d(2030, 3, 15));
    CHECK(due.basis == DueBasis::Decision);
    CHECK(due.basisText == "certificate expiry 2030-03-15 (rule: 2030-04-21)");
}

TEST_CASE("Plan Next Cycle's Audits leaves the slot a combined audit fills for the other certificate",
          "[lifecycle][combined][commands]")
{
    // A combined surveillance 1 of cycle 2, booked by itsm, also fills isms's
    // slot (isms cycle 2: 2030-06-01 .. surveillance 1 due 2031-06-01).
    Audit a = combined("c2-surv1", AuditType::Surveillance, d(2031, 3, 1), 2);
    Plan p = twoCertificates({a});
    CyclePlanSpec spec;
    spec.certificate = "isms";
    spec.cycle = 2;
    spec.statusDate = d(2030, 7, 1);
    Document doc;
    doc.replace(p, "");
    REQUIRE(doc.execute(planCycleAudits(doc.plan(), nullptr, spec)));
    int surveillances = 0, recerts = 0;
    for (const Audit& x : doc.plan().audits) {
        surveillances += x.certificate == "isms" && x.type == AuditType::Surveillance;
        recerts += x.certificate == "isms" && x.type == AuditType::Recertification;
    }
    CHECK(surveillances == 1); // surveillance 2 only
    CHECK(recerts == 1);
    CHECK(doc.plan().audits.size() == 3);
}
