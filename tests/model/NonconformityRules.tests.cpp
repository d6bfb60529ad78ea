// SPDX-License-Identifier: MIT
// The nonconformity limits come from a table by the kind of audit that raised
// the finding and its grade, not from one number for every major.
#include "lifecycle/NonconformityDue.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

TEST_CASE("Shared case surveillance-major: s-acc is due 90 days after the surveillance audit", "[lifecycle][kind5]")
{
    const LoadedCase c = loadLifecycleCase("surveillance-major.certplan");
    const Nonconformity* nc = c.plan.findNonconformity("s-acc");
    REQUIRE(nc);
    const NcDue due = nonconformityDue(c.plan, &c.schedule, *nc, c.status);
    CHECK(due.origin == FindingOrigin::Surveillance);
    CHECK(due.due == d(2028, 8, 9)); // surv1 ends 2028-05-11; + 90 days
    CHECK(due.basis == DueBasis::Verification);
    CHECK(due.basisText == "verify 90 d after surv1");
}

namespace {

Plan withAudits()
{
    Plan p = minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    // No decision date: no decision bounds the findings, the table alone decides.
    p.certificates.push_back(c);
    const std::pair<const char*, AuditType> kinds[] = {{"st2", AuditType::Stage2},
                                                       {"sv", AuditType::Surveillance},
                                                       {"sp", AuditType::Special},
                                                       {"tr", AuditType::Transfer}};
    for (const auto& [id, type] : kinds) {
        Audit a;
        a.id = id;
        a.certificate = "cert";
        a.type = type;
        a.planned = d(2027, 6, 1);
        a.durationDays = 3; // last day 2027-06-03
        p.audits.push_back(a);
    }
    return p;
}

Nonconformity finding(const std::string& audit, NcClass grade, NcStatus status = NcStatus::PlanAccepted)
{
    Nonconformity n;
    n.id = "n-" + audit;
    n.source = NcSource::Surveillance;
    n.ncClass = grade;
    n.raised = d(2027, 6, 3);
    n.audit = audit;
    n.certificate = "cert";
    n.status = status;
    return n;
}

} // namespace

TEST_CASE("Default limits by audit kind and grade", "[lifecycle][kind5]")
{
    const Plan p = withAudits();
    const Date status = d(2027, 6, 10);
    struct Row {
        const char* name;
        Nonconformity nc;
        OptDate due;
        const char* basis;
    };
    Nonconformity internal = finding("", NcClass::Major);
    internal.source = NcSource::InternalAudit;
    const std::vector<Row> rows = {
        {"stage 2 major: 6 months from the last stage 2 day", finding("st2", NcClass::Major), d(2027, 12, 3),
         "verify 6 months after st2"},
        {"surveillance major: 90 days", finding("sv", NcClass::Major), d(2027, 9, 1), "verify 90 d after sv"},
        {"special audit major: as surveillance", finding("sp", NcClass::Major), d(2027, 9, 1), "verify 90 d after sp"},
        {"transfer review major: as surveillance", finding("tr", NcClass::Major), d(2027, 9, 1), "verify 90 d after tr"},
        {"surveillance minor, open: response 90 days", finding("sv", NcClass::Minor, NcStatus::Open), d(2027, 9, 1),
         "response 90 d"},
        {"surveillance minor, plan accepted: checked at the next audit", finding("sv", NcClass::Minor), std::nullopt, ""},
        {"internal major: 6 months from the day raised", internal, d(2027, 12, 3), "verify 6 months after 2027-06-03"},
    };
    for (const auto& row : rows) {
        INFO(row.name);
        const NcDue due = nonconformityDue(p, nullptr, row.nc, status);
        CHECK(due.due == row.due);
        CHECK(due.basisText == row.basis);
    }
}

TEST_CASE("A certificate's own row changes only its audit kind and grade", "[lifecycle][kind5]")
{
    Plan p = withAudits();
    p.certificates[0].rules.ncRules.at(FindingOrigin::Surveillance, true) = {30, 60, std::nullopt};
    const Date status = d(2027, 6, 10);
    CHECK(nonconformityDue(p, nullptr, finding("sv", NcClass::Major, NcStatus::Open), status).due == d(2027, 7, 3));
    CHECK(nonconformityDue(p, nullptr, finding("sv", NcClass::Major), status).due == d(2027, 8, 2));
    CHECK(nonconformityDue(p, nullptr, finding("sp", NcClass::Major), status).due == d(2027, 9, 1));
    // Months for a special audit: counted in calendar months from its last day.
    p.certificates[0].rules.ncRules.at(FindingOrigin::Special, true) = {std::nullopt, std::nullopt, 2};
    const NcDue special = nonconformityDue(p, nullptr, finding("sp", NcClass::Major, NcStatus::Open), status);
    CHECK(special.responseDue == std::nullopt);
    CHECK(special.due == d(2027, 8, 3));
    CHECK(special.basisText == "verify 2 months after sp");
}
