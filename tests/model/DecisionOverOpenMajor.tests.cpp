// SPDX-License-Identifier: MIT
// A certification decision (initial, recertification, restoration) taken
// before the majors of the audits it rests on are verified is warned about.
// Decision 2027-03-15 after a stage 2 on 2027-02-08..11; expiry 2030-03-15.
#include "lifecycle/AuditCalendar.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"
#include "presenters/Dashboard.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Plan certified()
{
    Plan p = minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = d(2027, 3, 15);
    p.certificates.push_back(c);
    auto audit = [&](std::string id, AuditType t, Date planned) {
        Audit a;
        a.id = std::move(id);
        a.certificate = "cert";
        a.type = t;
        a.planned = planned;
        a.durationDays = 2;
        a.status = AuditStatus::Completed;
        p.audits.push_back(a);
    };
    audit("st2", AuditType::Stage2, d(2027, 2, 8));
    audit("s1", AuditType::Surveillance, d(2028, 2, 1));
    audit("rc", AuditType::Recertification, d(2029, 11, 5));
    return p;
}

Nonconformity major(std::string id, std::string audit, Date raised, NcStatus status = NcStatus::Open)
{
    Nonconformity nc;
    nc.id = std::move(id);
    nc.source = NcSource::Stage2;
    nc.ncClass = NcClass::Major;
    nc.raised = raised;
    nc.audit = std::move(audit);
    nc.certificate = "cert";
    nc.status = status;
    return nc;
}

std::vector<std::string> concerns(const Plan& p, Date status)
{
    ProgrammeOptions o;
    o.statusDate = status;
    return planAuditProgrammes(p, nullptr, o).at(0).decisionConcerns;
}

} // namespace

TEST_CASE("Shared case decision-open-major: a warning that the decision was taken over maj-1", "[lifecycle][kind3]")
{
    const LoadedCase c = loadLifecycleCase("decision-open-major.certplan");
    const CertificateProgramme p = programmeOf(c);
    const std::string expected =
        "the certification decision (2027-06-30) was taken while major maj-1 (stage 2) is not verified";
    CHECK(p.decisionConcerns == std::vector<std::string>{expected});
    CHECK(std::find(p.warnings.begin(), p.warnings.end(), expected) != p.warnings.end());
    const ProgrammeEvent* dec = findEvent(p, ProgrammeEventKind::InitialDecision, 1);
    REQUIRE(dec);
    CHECK(dec->assessment.reason == "taken over an unverified major (maj-1)");

    const auto board = present::buildDashboard(c.plan, c.schedule, c.status);
    CHECK(std::find(board.reasons.begin(), board.reasons.end(),
                    "The certification decision (2027-06-30) was taken while major maj-1 (stage 2) is not verified") !=
          board.reasons.end());
}

TEST_CASE("Initial decision: verified before, on or after the decision day", "[lifecycle][kind3]")
{
    Plan p = certified();
    Nonconformity nc = major("m1", "st2", d(2027, 2, 10), NcStatus::Verified);
    nc.verified = d(2027, 3, 15); // the decision day itself: verified in time
    p.nonconformities = {nc};
    CHECK(concerns(p, d(2027, 4, 1)).empty());
    p.nonconformities[0].verified = d(2027, 3, 16);
    CHECK(concerns(p, d(2027, 4, 1)) ==
          std::vector<std::string>{"the certification decision (2027-03-15) was taken before major m1 (stage 2) was "
                                   "verified (2027-03-16)"});
    // Open on the decision day, but the decision is still only planned: nothing yet.
    p.nonconformities[0].status = NcStatus::PlanAccepted;
    p.nonconformities[0].verified.reset();
    CHECK(concerns(p, d(2027, 3, 14)).empty());
    CHECK(concerns(p, d(2027, 3, 15)).size() == 1);
    // A stage 2 finding without an audit id counts; minors, internal findings
    // and findings raised after the decision do not.
    Nonconformity noId = major("m2", "", d(2027, 2, 10));
    Nonconformity minor = major("m3", "st2", d(2027, 2, 10));
    minor.ncClass = NcClass::Minor;
    Nonconformity internal = major("m4", "", d(2027, 2, 10));
    internal.source = NcSource::InternalAudit;
    Nonconformity later = major("m5", "st2", d(2027, 3, 16));
    p.nonconformities = {noId, minor, internal, later};
    CHECK(concerns(p, d(2027, 4, 1)) ==
          std::vector<std::string>{
              "the certification decision (2027-03-15) was taken while major m2 (stage 2) is not verified"});
}

TEST_CASE("Recertification and restoration decisions over open majors of their cycle", "[lifecycle][kind3]")
{
    Plan p = certified();
    p.audits[2].decision = d(2030, 2, 20);
    Nonconformity surv = major("sv", "s1", d(2028, 2, 2));
    surv.source = NcSource::Surveillance;
    Nonconformity recert = major("rm", "rc", d(2029, 11, 6), NcStatus::Closed);
    recert.source = NcSource::Recertification;
    recert.closed = d(2030, 3, 1); // closed without a verification date: the closing day counts
    p.nonconformities = {surv, recert};
    CHECK(concerns(p, d(2030, 3, 2)) ==
          std::vector<std::string>{"the recertification decision of cycle 1 (2030-02-20) was taken while major sv "
                                   "(surveillance) is not verified",
                                   "the recertification decision of cycle 1 (2030-02-20) was taken before major rm "
                                   "(recertification) was verified (2030-03-01)"});
    // Decided after expiry: a restoration.
    p.audits[2].decision = d(2030, 4, 1);
    p.nonconformities = {surv};
    CHECK(concerns(p, d(2030, 4, 2)) ==
          std::vector<std::string>{"the restoration decision of cycle 1 (2030-04-01) was taken while major sv "
                                   "(surveillance) is not verified"});
}
