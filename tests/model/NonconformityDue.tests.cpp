// SPDX-License-Identifier: MIT
// Due dates of nonconformities derived from the certificate's rules, worked out by hand.
#include "commands/ChecklistCommands.h"
#include "commands/Document.h"
#include "lifecycle/NonconformityDue.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using certplan::test::d;

namespace {

Plan ncPlan()
{
    Plan p = certplan::test::minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.rules.ncRules.at(FindingOrigin::Stage2, false).responseDays = 60;
    c.rules.ncRules.at(FindingOrigin::Internal, false).responseDays = 60;
    p.certificates.push_back(c);
    Audit s2;
    s2.id = "stage2";
    s2.certificate = "cert";
    s2.type = AuditType::Stage2;
    s2.planned = d(2027, 2, 8);
    s2.durationDays = 4; // last day 2027-02-11
    p.audits.push_back(s2);
    return p;
}

Nonconformity nc(NcClass cls, NcStatus status = NcStatus::Open)
{
    Nonconformity n;
    n.id = "nc";
    n.source = NcSource::Stage2;
    n.ncClass = cls;
    n.raised = d(2027, 2, 10);
    n.audit = "stage2";
    n.certificate = "cert";
    n.status = status;
    n.description = "Finding";
    return n;
}

} // namespace

TEST_CASE("Nonconformity due dates default from the rules", "[lifecycle][nc]")
{
    const Plan p = ncPlan();
    const Date status = d(2027, 3, 1);
    struct Row {
        const char* name;
        Nonconformity n;
        OptDate response, verify, due;
    };
    Nonconformity noAudit = nc(NcClass::Major);
    noAudit.audit.clear();
    noAudit.source = NcSource::GapAnalysis;
    Nonconformity stage2NoId = nc(NcClass::Major);
    stage2NoId.audit.clear(); // a stage 2 finding: the stage 2 audit's last day still counts
    const std::vector<Row> rows = {
        {"major, open: the 90-day response comes first", nc(NcClass::Major), d(2027, 5, 11), d(2027, 8, 11),
         d(2027, 5, 11)},
        {"major, plan accepted: verification within 6 months of stage 2's last day",
         nc(NcClass::Major, NcStatus::PlanAccepted), d(2027, 5, 11), d(2027, 8, 11), d(2027, 8, 11)},
        {"major without an audit: counted from the day it was raised", noAudit, d(2027, 5, 11), d(2027, 8, 10),
         d(2027, 5, 11)},
        {"stage 2 major without an audit id", stage2NoId, d(2027, 5, 11), d(2027, 8, 11), d(2027, 5, 11)},
        {"minor, open: response within the minor setting (60 days)", nc(NcClass::Minor), d(2027, 4, 11),
         std::nullopt, d(2027, 4, 11)},
        {"minor, plan accepted: checked at the next audit", nc(NcClass::Minor, NcStatus::PlanAccepted),
         d(2027, 4, 11), std::nullopt, std::nullopt},
        {"observation: nothing owed", nc(NcClass::Observation), std::nullopt, std::nullopt, std::nullopt},
    };
    for (const auto& row : rows) {
        INFO(row.name);
        const NcDue due = nonconformityDue(p, nullptr, row.n, status);
        CHECK(due.responseDue == row.response);
        CHECK(due.verifyDue == row.verify);
        CHECK(due.due == row.due);
        CHECK(due.derived);
    }
}

TEST_CASE("Major verification deadline from a stage 2 ending on a month end", "[lifecycle][nc]")
{
    Plan p = ncPlan();
    p.audits[0].planned = d(2027, 8, 28);
    p.audits[0].durationDays = 4; // last day 2027-08-31
    const NcDue due = nonconformityDue(p, nullptr, nc(NcClass::Major, NcStatus::Implemented), d(2027, 9, 1));
    CHECK(due.verifyDue == d(2028, 2, 29));
}

TEST_CASE("A due date in the register wins, overdue needs an open status", "[lifecycle][nc]")
{
    const Plan p = ncPlan();
    Nonconformity n = nc(NcClass::Major);
    n.due = d(2027, 3, 31);
    NcDue due = nonconformityDue(p, nullptr, n, d(2027, 4, 2));
    CHECK(due.due == d(2027, 3, 31));
    CHECK_FALSE(due.derived);
    CHECK(due.overdue);
    CHECK(due.daysLeft == -2);

    due = nonconformityDue(p, nullptr, nc(NcClass::Major), d(2027, 5, 11));
    CHECK_FALSE(due.overdue); // the due day itself is still in time
    CHECK(due.daysLeft == 0);
    CHECK(nonconformityDue(p, nullptr, nc(NcClass::Major), d(2027, 5, 12)).overdue);
    CHECK_FALSE(nonconformityDue(p, nullptr, nc(NcClass::Major, NcStatus::Verified), d(2028, 1, 1)).overdue);
    CHECK_FALSE(nonconformityDue(p, nullptr, nc(NcClass::Major, NcStatus::Closed), d(2028, 1, 1)).open);
}

TEST_CASE("Nonconformity commands: add, move through the statuses, undo", "[lifecycle][nc][commands]")
{
    Document doc(ncPlan());
    const Plan original = doc.plan();
    Nonconformity n = nc(NcClass::Major);
    n.id.clear();
    REQUIRE(doc.execute(addNonconformity(doc.plan(), n)).ok());
    REQUIRE(doc.plan().nonconformities.size() == 1);
    CHECK(doc.plan().nonconformities[0].id == "nc-01");

    n.description = " ";
    CHECK_FALSE(addNonconformity(doc.plan(), n).ok());

    REQUIRE(doc.execute(setNonconformityStatus(doc.plan(), "nc-01", NcStatus::Verified, d(2027, 6, 1))).ok());
    CHECK(doc.plan().nonconformities[0].verified == d(2027, 6, 1));
    REQUIRE(doc.execute(setNonconformityStatus(doc.plan(), "nc-01", NcStatus::Closed, d(2027, 6, 5))).ok());
    CHECK(doc.plan().nonconformities[0].verified == d(2027, 6, 1));
    CHECK(doc.plan().nonconformities[0].closed == d(2027, 6, 5));
    // Reopened after a failed check: the later dates go.
    REQUIRE(doc.execute(setNonconformityStatus(doc.plan(), "nc-01", NcStatus::Implemented, d(2027, 6, 9))).ok());
    CHECK_FALSE(doc.plan().nonconformities[0].verified.has_value());
    CHECK_FALSE(doc.plan().nonconformities[0].closed.has_value());
    CHECK_FALSE(setNonconformityStatus(doc.plan(), "nc-01", NcStatus::Closed, d(2027, 1, 1)).ok());
    for (int i = 0; i < 4; ++i)
        doc.undo();
    CHECK(doc.plan() == original);
}
