// SPDX-License-Identifier: MIT
// Every due date derived from the rules is also bounded by the decision the
// finding must precede, and the register says which bound applied. Decision
// 2027-06-30: expiry 2030-06-30, restorable until 2030-12-30.
#include "lifecycle/NonconformityDue.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"
#include "presenters/Dashboard.h"

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Shared case recert-majors: majors of the recertification audit are due by expiry", "[lifecycle][kind2]")
{
    const LoadedCase c = loadLifecycleCase("recert-majors.certplan");
    const NcDecisionBounds bounds(c.plan, &c.schedule, c.status);
    for (const char* id : {"r-open", "r-acc"}) {
        INFO(id);
        const Nonconformity* nc = c.plan.findNonconformity(id);
        REQUIRE(nc);
        const NcDue due = nonconformityDue(c.plan, &c.schedule, *nc, c.status, bounds);
        CHECK(due.due == d(2030, 6, 30));
        CHECK(due.basis == DueBasis::Decision);
        CHECK(due.basisText == "certificate expiry 2030-06-30 (rule: 2030-08-12)");
        REQUIRE(due.bound);
        CHECK(due.bound->name == "certificate expiry");
        // The one-finding form gives the same answer.
        CHECK(nonconformityDue(c.plan, &c.schedule, *nc, c.status).due == due.due);
    }
}

namespace {

Plan cycle()
{
    Plan p = minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = d(2027, 6, 30);
    p.certificates.push_back(c);
    auto audit = [&](std::string id, AuditType t, Date planned, int cycleNo = 1) {
        Audit a;
        a.id = std::move(id);
        a.certificate = "cert";
        a.type = t;
        a.cycle = cycleNo;
        a.planned = planned;
        a.status = AuditStatus::Completed;
        p.audits.push_back(a);
    };
    audit("st2", AuditType::Stage2, d(2027, 6, 1));
    audit("sv1", AuditType::Surveillance, d(2028, 5, 10));
    audit("rc", AuditType::Recertification, d(2030, 5, 12));
    audit("rc-late", AuditType::Special, d(2030, 8, 1)); // after expiry: findings count for the restoration
    audit("c2-sv1", AuditType::Surveillance, d(2031, 6, 1), 2);
    return p;
}

Nonconformity major(std::string id, std::string audit, Date raised, NcSource source, NcStatus st = NcStatus::PlanAccepted)
{
    Nonconformity n;
    n.id = std::move(id);
    n.source = source;
    n.ncClass = NcClass::Major;
    n.raised = raised;
    n.audit = std::move(audit);
    n.certificate = "cert";
    n.status = st;
    return n;
}

NcDue dueOf(const Plan& p, const Nonconformity& nc, Date status)
{
    return nonconformityDue(p, nullptr, nc, status);
}

} // namespace

TEST_CASE("The bound is the decision the finding must precede", "[lifecycle][kind2]")
{
    Plan p = cycle();
    const Date status = d(2030, 5, 20);
    // Recertification finding, no renewal decision known: expiry.
    const Nonconformity rc = major("r", "rc", d(2030, 5, 12), NcSource::Recertification);
    CHECK(dueOf(p, rc, status).due == d(2030, 6, 30));
    // A planned renewal decision before expiry is the tighter bound.
    p.audits[2].decision = d(2030, 6, 10);
    NcDue due = dueOf(p, rc, status);
    CHECK(due.due == d(2030, 6, 10));
    CHECK(due.basisText == "renewal decision 2030-06-10 (rule: 2030-08-10)");
    // A restoration decision after expiry bounds it at that date.
    p.audits[2].decision = d(2030, 7, 20);
    CHECK(dueOf(p, rc, status).basisText == "restoration decision 2030-07-20 (rule: 2030-08-10)");
    p.audits[2].decision.reset();
    // Raised after expiry (a finding of the restoration work): the end of the restoration window.
    const Nonconformity late = major("l", "rc-late", d(2030, 8, 1), NcSource::Recertification);
    due = dueOf(p, late, d(2030, 8, 2));
    CHECK(due.due == d(2030, 10, 30)); // 90 days, inside the window: no cut
    CHECK(due.basis == DueBasis::Verification);
    REQUIRE(due.bound);
    CHECK(due.bound->date == d(2030, 12, 30));
    // A surveillance finding of cycle 2 is bounded by cycle 2, not cycle 1.
    const Nonconformity c2 = major("c2", "c2-sv1", d(2031, 6, 1), NcSource::Surveillance);
    REQUIRE(dueOf(p, c2, status).bound);
    CHECK(dueOf(p, c2, status).bound->date == d(2033, 6, 30));
}

TEST_CASE("Stage findings are bounded by the initial decision, internal findings by nothing", "[lifecycle][kind2]")
{
    Plan p = cycle();
    const Date status = d(2027, 6, 5);
    // Stage 2 ends 2027-06-01: 6 months would be 2027-12-01, the decision comes first.
    const Nonconformity st = major("s", "st2", d(2027, 6, 1), NcSource::Stage2);
    NcDue due = dueOf(p, st, status);
    CHECK(due.due == d(2027, 6, 30));
    CHECK(due.basisText == "certification decision 2027-06-30 (rule: 2027-12-01)");
    // Without a known decision nothing bounds it.
    p.certificates[0].decisionDate.reset();
    CHECK(dueOf(p, st, status).due == d(2027, 12, 1));
    p.certificates[0].decisionDate = d(2027, 6, 30);
    // An internal audit finding owes its own limits only.
    const Nonconformity internal = major("i", "", d(2027, 6, 1), NcSource::InternalAudit);
    due = dueOf(p, internal, status);
    CHECK_FALSE(due.bound);
    CHECK(due.due == d(2027, 12, 1));
    // A register date is the user's and is not cut.
    Nonconformity written = st;
    written.due = d(2027, 9, 1);
    CHECK(dueOf(p, written, status).due == d(2027, 9, 1));
    // A decision dated before the finding was raised does not bound it.
    const Nonconformity after = major("a", "st2", d(2027, 7, 1), NcSource::Stage2);
    CHECK_FALSE(dueOf(p, after, status).bound);
}

TEST_CASE("The dashboard counts a major past the decision it had to precede as overdue", "[lifecycle][kind2][dashboard]")
{
    Plan p = cycle();
    p.nonconformities = {major("r", "rc", d(2030, 5, 12), NcSource::Recertification)};
    const Date status = d(2030, 7, 1);
    ScheduleOptions so;
    so.statusDate = status;
    const auto s = computeSchedule(p, so);
    REQUIRE(s);
    const auto board = present::buildDashboard(p, *s, status);
    REQUIRE(board.openNcs.size() == 1);
    CHECK(board.openNcs[0].due == d(2030, 6, 30));
    CHECK(board.openNcs[0].overdue);
    CHECK(board.rag == present::Rag::Red);
}
