// SPDX-License-Identifier: MIT
// Special and scope extension audits planned with their own windows
// (lifecycle/SpecialAudits.h), judged on the status date like surveillance;
// a scope extension held with a surveillance fills its slot; findings of both
// follow their own rows of the rule table. Decision 2027-03-15 (expiry
// 2030-03-15); surveillance 1 of cycle 1 closes on 2028-03-15.
#include "lifecycle/AuditCalendar.h"
#include "lifecycle/NonconformityDue.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"
#include "presenters/AuditTimeline.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Audit windowed(std::string id, AuditType t, OptDate trigger, OptDate dueBy = std::nullopt,
               OptDate planned = std::nullopt)
{
    Audit a;
    a.id = std::move(id);
    a.certificate = "cert";
    a.type = t;
    a.trigger = trigger;
    a.dueBy = dueBy;
    a.planned = planned;
    return a;
}



// A copy: the programme is often a temporary.
ProgrammeEvent eventOf(const CertificateProgramme& p, const std::string& audit, ProgrammeEventKind kind)
{
    for (const auto& e : p.events)
        if (e.audit == audit && e.kind == kind)
            return e;
    FAIL("no event for " << audit);
    return {};
}

} // namespace

TEST_CASE("A special audit's window runs from its trigger for special-audit-days", "[lifecycle][special]")
{
    // Complaint 2028-01-10 + 30 days = 2028-02-09.
    const Plan p = oneCertificatePlan({windowed("sp", AuditType::Special, d(2028, 1, 10))});
    const ProgrammeEvent e = eventOf(programmeOn(p, d(2028, 1, 5)), "sp", ProgrammeEventKind::SpecialAudit);
    REQUIRE(e.window);
    CHECK(e.window->open == d(2028, 1, 10));
    CHECK(e.window->close == d(2028, 2, 9));
    CHECK(e.assessment.state == AuditState::Unplanned);
    CHECK(e.assessment.reason == "due by 2028-02-09");
    CHECK(e.label() == "Special audit (cycle 1)");
}

TEST_CASE("An unheld special audit is at risk on its last day and overdue the day after", "[lifecycle][special]")
{
    const Plan p = oneCertificatePlan({windowed("sp", AuditType::Special, d(2028, 1, 10))});
    const ProgrammeEvent last = eventOf(programmeOn(p, d(2028, 2, 9)), "sp", ProgrammeEventKind::SpecialAudit);
    CHECK(last.assessment.state == AuditState::AtRisk);
    CHECK(last.assessment.reason == "not planned, due by 2028-02-09");
    const ProgrammeEvent after = eventOf(programmeOn(p, d(2028, 2, 10)), "sp", ProgrammeEventKind::SpecialAudit);
    CHECK(after.assessment.state == AuditState::Overdue);
    CHECK(after.assessment.reason == "window closed on 2028-02-09");
}

TEST_CASE("A special audit planned on the window's last day fits, the day after does not", "[lifecycle][special]")
{
    Audit a = windowed("sp", AuditType::Special, d(2028, 1, 10), std::nullopt, d(2028, 2, 9));
    a.status = AuditStatus::Confirmed;
    CHECK(eventOf(programmeOn(oneCertificatePlan({a}), d(2028, 1, 20)), "sp", ProgrammeEventKind::SpecialAudit).assessment.state ==
          AuditState::Ok);
    a.planned = d(2028, 2, 10);
    const ProgrammeEvent late = eventOf(programmeOn(oneCertificatePlan({a}), d(2028, 1, 20)), "sp", ProgrammeEventKind::SpecialAudit);
    CHECK(late.assessment.state == AuditState::AtRisk);
    CHECK(late.assessment.reason == "planned after its window closes on 2028-02-09");
}

TEST_CASE("due-by closes the window, the cycle start opens it when no trigger is known", "[lifecycle][special]")
{
    const ProgrammeEvent both = eventOf(
        programmeOn(oneCertificatePlan({windowed("sp", AuditType::Special, d(2028, 1, 10), d(2028, 1, 31))}), d(2028, 1, 5)), "sp",
        ProgrammeEventKind::SpecialAudit);
    REQUIRE(both.window);
    CHECK(both.window->open == d(2028, 1, 10));
    CHECK(both.window->close == d(2028, 1, 31));
    const ProgrammeEvent dueOnly = eventOf(
        programmeOn(oneCertificatePlan({windowed("sp", AuditType::Special, std::nullopt, d(2028, 1, 31))}), d(2028, 1, 5)), "sp",
        ProgrammeEventKind::SpecialAudit);
    REQUIRE(dueOnly.window);
    CHECK(dueOnly.window->open == d(2027, 3, 15));
    CHECK(dueOnly.window->close == d(2028, 1, 31));
    // Neither: no window, judged on its own dates as before.
    CHECK_FALSE(eventOf(programmeOn(oneCertificatePlan({windowed("sp", AuditType::Special, std::nullopt)}), d(2028, 1, 5)), "sp",
                        ProgrammeEventKind::SpecialAudit)
                    .window);
}

TEST_CASE("A short-notice audit is not at risk for being unconfirmed", "[lifecycle][special]")
{
    Audit a = windowed("sp", AuditType::Special, d(2028, 1, 10), std::nullopt, d(2028, 2, 1));
    const ProgrammeEvent announced = eventOf(programmeOn(oneCertificatePlan({a}), d(2028, 1, 20)), "sp", ProgrammeEventKind::SpecialAudit);
    CHECK(announced.assessment.state == AuditState::AtRisk);
    CHECK(announced.assessment.reason == "due within 20 days and not confirmed");
    a.shortNotice = true;
    const ProgrammeEvent unannounced = eventOf(programmeOn(oneCertificatePlan({a}), d(2028, 1, 20)), "sp", ProgrammeEventKind::SpecialAudit);
    CHECK(unannounced.assessment.state == AuditState::Ok);
    CHECK(unannounced.assessment.reason == "short notice");
}

TEST_CASE("A scope extension's window runs scope-extension-days from the application", "[lifecycle][special]")
{
    // 2028-01-10 + 90 days = 2028-04-09 (2028 is a leap year).
    Plan p = oneCertificatePlan({windowed("ext", AuditType::ScopeExtension, d(2028, 1, 10))});
    const ProgrammeEvent e = eventOf(programmeOn(p, d(2028, 1, 5)), "ext", ProgrammeEventKind::ScopeExtension);
    REQUIRE(e.window);
    CHECK(e.window->close == d(2028, 4, 9));
    CHECK(e.label() == "Scope extension audit (cycle 1)");
    p.certificates[0].rules.scopeExtensionDays = 60; // 2028-03-10
    CHECK(eventOf(programmeOn(p, d(2028, 1, 5)), "ext", ProgrammeEventKind::ScopeExtension).window->close ==
          d(2028, 3, 10));
    CHECK(eventOf(programmeOn(p, d(2028, 3, 11)), "ext", ProgrammeEventKind::ScopeExtension).assessment.state ==
          AuditState::Overdue);
}

TEST_CASE("A scope extension held with a surveillance fills the surveillance slot when flagged",
          "[lifecycle][special]")
{
    Audit ext = windowed("ext", AuditType::ScopeExtension, d(2028, 1, 10), std::nullopt, d(2028, 3, 1));
    ext.status = AuditStatus::Confirmed;
    const CertificateProgramme unflagged = programmeOn(oneCertificatePlan({ext}), d(2028, 2, 20));
    const ProgrammeEvent* s1 = findEvent(unflagged, ProgrammeEventKind::Surveillance, 1, 1);
    REQUIRE(s1);
    CHECK(s1->audit.empty());
    CHECK(s1->assessment.state == AuditState::AtRisk); // not planned, due by 2028-03-15

    ext.countsAsSurveillance = true;
    const CertificateProgramme flagged = programmeOn(oneCertificatePlan({ext}), d(2028, 2, 20));
    s1 = findEvent(flagged, ProgrammeEventKind::Surveillance, 1, 1);
    REQUIRE(s1);
    CHECK(s1->audit == "ext");
    CHECK(s1->assessment.state == AuditState::Ok);
    CHECK(s1->assessment.reason == "held with scope extension 'ext'");
    // Its own window is judged too.
    CHECK(eventOf(flagged, "ext", ProgrammeEventKind::ScopeExtension).assessment.state == AuditState::Ok);

    // After the surveillance window (2028-03-15) it still fits its own (to 2028-04-09), not the slot.
    ext.planned = d(2028, 3, 20);
    const CertificateProgramme late = programmeOn(oneCertificatePlan({ext}), d(2028, 2, 20));
    s1 = findEvent(late, ProgrammeEventKind::Surveillance, 1, 1);
    REQUIRE(s1);
    CHECK(s1->assessment.state == AuditState::AtRisk);
    CHECK(s1->assessment.reason == "planned after its window closes on 2028-03-15; held with scope extension 'ext'");
    CHECK(eventOf(late, "ext", ProgrammeEventKind::ScopeExtension).assessment.state == AuditState::Ok);
}

TEST_CASE("Findings of a scope extension follow the scope extension row of the rule table", "[lifecycle][special]")
{
    Audit ext = windowed("ext", AuditType::ScopeExtension, d(2028, 1, 10), std::nullopt, d(2028, 3, 1));
    ext.durationDays = 2; // last day 2028-03-02
    Plan p = oneCertificatePlan({ext});
    p.certificates[0].rules.ncRules.at(FindingOrigin::ScopeExtension, true) = NcRule{90, 30, std::nullopt};
    Nonconformity nc;
    nc.id = "n1";
    nc.source = NcSource::ScopeExtension;
    nc.ncClass = NcClass::Major;
    nc.raised = d(2028, 3, 2);
    nc.audit = "ext";
    nc.certificate = "cert";
    p.nonconformities.push_back(nc);
    const NcDue due = nonconformityDue(p, nullptr, nc, d(2028, 3, 10));
    CHECK(due.origin == FindingOrigin::ScopeExtension);
    CHECK(due.responseDue == d(2028, 5, 31)); // 2028-03-02 + 90
    CHECK(due.verifyDue == d(2028, 4, 1));    // 2028-03-02 + 30
    CHECK(due.due == d(2028, 4, 1));
    CHECK(due.basisText == "verify 30 d after ext");

    // Without an audit id, the source picks the row; the day raised is the base.
    nc.audit.clear();
    const NcDue bySource = nonconformityDue(p, nullptr, nc, d(2028, 3, 10));
    CHECK(bySource.origin == FindingOrigin::ScopeExtension);
    CHECK(bySource.due == d(2028, 4, 1));
    nc.source = NcSource::Special;
    CHECK(findingOrigin(p, nc) == FindingOrigin::Special);
    nc.source = NcSource::Transfer;
    CHECK(findingOrigin(p, nc) == FindingOrigin::Transfer);
}

TEST_CASE("The timeline draws a special audit's and a scope extension's window as bands, the audits as circles",
          "[lifecycle][special]")
{
    const Plan p = oneCertificatePlan({windowed("sp", AuditType::Special, d(2028, 1, 10), std::nullopt, d(2028, 2, 1)),
                         windowed("ext", AuditType::ScopeExtension, d(2028, 1, 10), std::nullopt, d(2028, 3, 1))});
    const auto cal = combinedCalendar({programmeOn(p, d(2028, 1, 5))});
    const auto t = present::layoutAuditTimeline(cal, d(2028, 1, 5), 1000);
    int bands = 0, circles = 0;
    for (const auto& b : t.bands)
        if (b.kind == ProgrammeEventKind::SpecialAudit || b.kind == ProgrammeEventKind::ScopeExtension) {
            ++bands;
            CHECK(b.x0 == Approx(t.xOf(d(2028, 1, 10))));
        }
    for (const auto& m : t.markers)
        if (cal[m.event].audit == "sp" || cal[m.event].audit == "ext")
            circles += m.outsideSlots ? 1 : 0;
    CHECK(bands == 2);
    CHECK(circles == 2);
}
