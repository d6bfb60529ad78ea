// SPDX-License-Identifier: MIT
// certplan-cli gap, audits and ncs, run as a user would on plans with known dates.
#include "cli/RunCli.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace certplan;
using certplan::test::d;
using certplan::test::runCli;

namespace {

std::string tempPath(const std::string& name)
{
    return "/tmp/certplan-lifecycle-" + std::to_string(::getpid()) + "-" + name;
}

std::string save(const Plan& p, const std::string& name)
{
    const std::string path = tempPath(name);
    REQUIRE(savePlanFile(p, path).ok());
    return path;
}

Audit audit(std::string id, AuditType t, OptDate planned, AuditStatus st, int days = 2)
{
    Audit a;
    a.id = std::move(id);
    a.certificate = "cert";
    a.type = t;
    a.planned = planned;
    a.durationDays = days;
    a.status = st;
    return a;
}

Plan certified(const std::string& title, Date decision)
{
    Plan p = certplan::test::minimalPlan();
    p.info.title = title;
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.edition = "2018";
    c.decisionDate = decision;
    p.certificates.push_back(c);
    p.audits = {audit("s1", AuditType::Surveillance, d(2028, 2, 10), AuditStatus::Completed),
                audit("s2", AuditType::Surveillance, d(2029, 3, 14), AuditStatus::Confirmed),
                audit("rc", AuditType::Recertification, std::nullopt, AuditStatus::Planned)};
    return p;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("certplan-cli audits merges the programmes of several plans", "[cli][lifecycle]")
{
    const std::string a = save(certified("A", d(2027, 3, 15)), "a.certplan");
    const std::string b = save(certified("B", d(2027, 6, 1)), "b.certplan");
    const auto r = runCli("audits '" + a + "' '" + b + "' --status-date 2029-03-16 --cycles 1");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Audit programme: 2 plans, 2 certificates, status date 2029-03-16"));
    CHECK(has(r.out, "cycle 1: 2027-03-15 to expiry 2030-03-15, 2 surveillance audits, renewal decision by "
                     "2030-03-15, restorable until 2030-09-15; pending"));
    CHECK(has(r.out, "cycle 1: 2027-06-01 to expiry 2030-06-01"));
    CHECK(has(r.out, "window closed on 2029-03-15"));                       // A's second surveillance
    CHECK(has(r.out, "planned for 2029-03-14 but not recorded as held"));   // B's, window still open
    CHECK(has(r.out, "1 overdue, 1 at risk"));
    // Date-sorted across plans: A's decision, then B's.
    const auto decisionA = r.out.find("2027-03-15                -");
    const auto decisionB = r.out.find("2027-06-01                -");
    CHECK(decisionA != std::string::npos);
    CHECK(decisionB != std::string::npos);
    CHECK(decisionA < decisionB);
    std::remove(a.c_str());
    std::remove(b.c_str());

    CHECK(runCli("audits").exitCode == 2);
    CHECK(runCli("audits '" + tempPath("missing.certplan") + "'").exitCode == 1);
}

TEST_CASE("certplan-cli ncs lists open nonconformities with derived due dates marked", "[cli][lifecycle]")
{
    Plan p = certified("A", d(2027, 3, 15));
    p.audits.push_back(audit("stage2", AuditType::Stage2, d(2027, 2, 8), AuditStatus::Completed, 4));
    Nonconformity major;
    major.id = "nc-01";
    major.source = NcSource::Stage2;
    major.ncClass = NcClass::Major;
    major.clause = "8.7.2";
    major.raised = d(2027, 2, 10);
    major.audit = "stage2";
    major.certificate = "cert";
    major.description = "No continuity tests";
    Nonconformity minor = major;
    minor.id = "nc-02";
    minor.ncClass = NcClass::Minor;
    minor.status = NcStatus::Closed;
    minor.closed = d(2027, 3, 1);
    minor.description = "Old supplier contract";
    p.nonconformities = {major, minor};
    const std::string file = save(p, "ncs.certplan");

    auto r = runCli("ncs '" + file + "' --status-date 2027-05-12");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Nonconformities: 2 recorded, 1 open, 1 overdue (status date 2027-05-12)"));
    // The 90-day response (2027-05-11) is cut to the certification decision it must precede.
    CHECK(has(r.out, "2027-03-15 *"));
    CHECK(has(r.out, "certification decision 2027-03-15 (rule: 2027-05-11)"));
    CHECK(has(r.out, "OVERDUE"));
    CHECK_FALSE(has(r.out, "nc-02"));

    r = runCli("ncs '" + file + "' --all --status-date 2027-03-01");
    CHECK(has(r.out, "nc-02"));
    CHECK(has(r.out, "1 open, 0 overdue"));
    std::remove(file.c_str());
}

TEST_CASE("certplan-cli gap shows readiness per clause with counts", "[cli][lifecycle]")
{
    Plan p = certplan::test::minimalPlan();
    Checklist c;
    c.id = "list";
    c.title = "Test checklist";
    c.standard = "ISO/IEC 20000-1";
    auto add = [&](std::string clause, RequirementStatus s) {
        Requirement r;
        r.id = "c" + clause;
        r.clause = clause;
        r.title = "Title " + clause;
        r.status = s;
        c.items.push_back(r);
    };
    add("4.1", RequirementStatus::Conforming);
    add("4.2", RequirementStatus::PartiallyConforming);
    add("8.1", RequirementStatus::Nonconforming);
    add("8.2.1", RequirementStatus::NotAssessed);
    p.checklists.push_back(c);
    const std::string file = save(p, "gap.certplan");
    const auto r = runCli("gap '" + file + "'");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Overall readiness: 37.5 % (3 of 4 requirements assessed, 4 applicable)"));
    CHECK(has(r.out, "conforming 1, partially conforming 1, nonconforming 1, not assessed 1, not applicable 0"));
    CHECK(has(r.out, "75.0 %")); // clause 4: 1.5 of 2
    CHECK(has(r.out, "0.0 %"));  // clause 8: 0 of 2
    std::remove(file.c_str());
}

TEST_CASE("A medium plan made backward from a target date goes through gap, audits and ncs", "[cli][lifecycle]")
{
    const std::string file = tempPath("acme.certplan");
    auto r = runCli("new --template iso20000-1:2018 --size medium --target 2027-09-01 --organization Acme -o '" +
                    file + "'");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    r = runCli("gap '" + file + "'");
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Overall readiness: 0.0 % (0 of 57 requirements assessed, 57 applicable)"));
    // A status date before the start, so no work has slipped yet.
    r = runCli("audits '" + file + "' --status-date 2026-11-02");
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, ".. 2027-09-01  -"));  // stage 2 ends on the target
    CHECK(has(r.out, "Certification decision (cycle 1)"));
    CHECK(has(r.out, "Surveillance audit 2 (cycle 2)"));
    CHECK(has(r.out, "0 overdue, 0 at risk"));
    r = runCli("ncs '" + file + "'");
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "No open nonconformities."));
    std::remove(file.c_str());
}
