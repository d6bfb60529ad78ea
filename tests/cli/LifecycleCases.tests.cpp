// SPDX-License-Identifier: MIT
// The shared certification-lifecycle cases (tests/data/cases/lifecycle, expected
// answers in the cases README) run through certplan-cli audits and ncs as a
// user would, each on the status date written in the file.
#include "cli/RunCli.h"

#include <catch2/catch.hpp>

using certplan::test::dataPath;
using certplan::test::runCli;

namespace {

std::string caseFile(const std::string& name)
{
    return "'" + dataPath("cases/lifecycle/" + name) + "'";
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// The calendar row of an event, e.g. "Restoration window (cycle 1)".
std::string rowOf(const std::string& out, const std::string& event)
{
    const auto at = out.find(event);
    if (at == std::string::npos)
        return {};
    const auto begin = out.rfind('\n', at) + 1;
    return out.substr(begin, out.find('\n', at) - begin);
}

} // namespace

TEST_CASE("cli never-renewed: cycle 1 lapsed, the restoration window missed, no cycle 2", "[cli][lifecycle][kind1]")
{
    const auto r = runCli("audits " + caseFile("never-renewed.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "status date 2031-03-01"));
    CHECK(has(r.out, "cycle 1: 2027-06-30 to expiry 2030-06-30, 2 surveillance audits, renewal decision by "
                     "2030-06-30, restorable until 2030-12-30; lapsed: restoration window 2030-07-01 .. 2030-12-30 "
                     "missed, a new initial certification is needed"));
    CHECK_FALSE(has(r.out, "cycle 2"));
    const std::string restoration = rowOf(r.out, "Restoration window (cycle 1)");
    CHECK(has(restoration, "2030-07-01 .. 2030-12-30"));
    CHECK(has(restoration, "overdue"));
}

TEST_CASE("cli planned-renewal: cycle 1 says renewal planned until the decision is taken", "[cli][lifecycle][kind6]")
{
    const auto r = runCli("audits " + caseFile("planned-renewal.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "status date 2029-01-10"));
    CHECK(has(r.out, "restorable until 2030-12-30; renewal planned (decision planned for 2030-05-20, not taken yet)"));
    CHECK_FALSE(has(r.out, "renewed"));
    // On the decision day it is renewed.
    const auto after = runCli("audits " + caseFile("planned-renewal.certplan") + " --status-date 2030-05-20");
    CHECK(has(after.out, "restorable until 2030-12-30; renewed (decision 2030-05-20)"));
}

TEST_CASE("cli restored-last-day: one surveillance per calendar year finds a slot each", "[cli][lifecycle][kind7]")
{
    const auto r = runCli("audits " + caseFile("restored-last-day.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "cycle 2: 2030-12-30 to expiry 2033-06-30, 2 surveillance audits"));
    CHECK_FALSE(has(r.out, "has no slot"));
    CHECK_FALSE(has(r.out, "warning"));
    CHECK(has(rowOf(r.out, "Surveillance audit 2 (cycle 2)"), "2031-12-31 .. 2032-12-31"));
}

TEST_CASE("cli special-and-transfer: the special audit and the transfer review appear in the calendar",
          "[cli][lifecycle][kind4]")
{
    const auto r = runCli("audits " + caseFile("special-and-transfer.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "status date 2028-01-15"));
    const std::string sp = rowOf(r.out, "Special audit (cycle 1) [sp-1]");
    CHECK(has(sp, "2028-02-10"));
    CHECK(has(sp, "cert-20000-1  ok"));
    const std::string tr = rowOf(r.out, "Transfer review (cycle 1) [tr-1]");
    CHECK(has(tr, "2028-03-10  2027-06-30 .. 2030-06-30"));
    CHECK(has(rowOf(r.out, "[surv1]"), "cancelled"));
}

TEST_CASE("cli decision-open-major: the decision over an unverified major is warned about", "[cli][lifecycle][kind3]")
{
    const auto r = runCli("audits " + caseFile("decision-open-major.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "warning: the certification decision (2027-06-30) was taken while major maj-1 (stage 2) is "
                     "not verified"));
    CHECK(has(rowOf(r.out, "Certification decision (cycle 1)"), "taken over an unverified major (maj-1)"));
}

TEST_CASE("cli surveillance-major: the major from surveillance is due in 90 days, not six months",
          "[cli][lifecycle][kind5]")
{
    const auto r = runCli("ncs " + caseFile("surveillance-major.certplan") + " --all");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    const std::string row = rowOf(r.out, "s-acc");
    CHECK(has(row, "2028-08-09"));
    CHECK(has(row, "verify 90 d after surv1"));
    CHECK_FALSE(has(r.out, "2028-11-11"));
}

TEST_CASE("cli recert-majors: recertification majors are due by expiry and the register says so",
          "[cli][lifecycle][kind2]")
{
    const auto r = runCli("ncs " + caseFile("recert-majors.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    for (const char* id : {"r-open ", "r-acc "}) {
        const std::string row = rowOf(r.out, id);
        CHECK(has(row, "2030-06-30 *"));
        CHECK(has(row, "certificate expiry 2030-06-30 (rule: 2030-08-12)"));
    }
    CHECK_FALSE(has(r.out, "2030-11-14"));
}

TEST_CASE("cli suspended: the suspension, what lifts it and the transfer it blocks", "[cli][lifecycle][suspension]")
{
    const auto r = runCli("audits " + caseFile("suspended.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "warning: the certificate is suspended since 2028-04-01 (surveillance not allowed at the "
                     "required frequency); lift it by 2028-10-01 (overdue: Surveillance audit 1 (cycle 1))"));
    CHECK(has(rowOf(r.out, "Suspension (cycle 1)"), "2028-04-01 .. 2028-10-01"));
    CHECK(has(rowOf(r.out, "Transfer review (cycle 1) [tr]"), "a suspended certificate cannot be transferred"));
}

TEST_CASE("cli anniversary-surveillance: the rule is stated and the windows sit around the anniversaries",
          "[cli][lifecycle][anniversary]")
{
    const auto r = runCli("audits " + caseFile("anniversary-surveillance.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "rules: surveillance around each anniversary of 2027-05-31, from 3 months before to 3 months "
                     "after; the first closes by 2028-05-31 (within 12 months of the decision, R10)"));
    CHECK(has(rowOf(r.out, "Surveillance audit 1 (cycle 1)"), "2028-02-29 .. 2028-05-31"));
    const std::string s2 = rowOf(r.out, "Surveillance audit 2 (cycle 1)");
    CHECK(has(s2, "2029-02-28 .. 2029-08-31"));
    CHECK(has(s2, "at-risk"));
    CHECK(has(s2, "planned after its window closes on 2029-08-31"));
    CHECK_FALSE(has(r.out, "warning"));
}

TEST_CASE("cli recert-stage1: the recertification stage 1 of each cycle is in the calendar", "[cli][lifecycle][recert-stage1]")
{
    const auto r = runCli("audits " + caseFile("recert-stage1.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "rules: a recertification stage 1 before each recertification audit (R16: significant changes)"));
    const std::string c1 = rowOf(r.out, "Recertification stage 1 (cycle 1) [rs1]");
    CHECK(has(c1, "2030-03-02 .. 2030-03-03"));
    CHECK(has(c1, "2029-12-30 .. 2030-04-19")); // due before rc starts (2030-04-20)
    CHECK(has(c1, " ok"));
    CHECK_FALSE(has(c1, "at-risk"));
    const std::string c2 = rowOf(r.out, "Recertification stage 1 (cycle 2) [c2-rs1]");
    CHECK(has(c2, "2032-12-30 .. 2033-05-09"));
    CHECK(has(c2, "ends on 2033-05-20, not before the recertification audit starts (2033-05-10)"));
    CHECK_FALSE(has(r.out, "unscheduled"));
}

TEST_CASE("cli scope-extension: the extension fills surveillance 1, the special audit's window is overdue",
          "[cli][lifecycle][special]")
{
    const auto r = runCli("audits " + caseFile("scope-extension.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "status date 2028-03-10"));
    const std::string surv = rowOf(r.out, "Surveillance audit 1 (cycle 1) [ext]");
    CHECK(has(surv, "2028-03-01 .. 2028-03-02  2027-03-15 .. 2028-03-15"));
    CHECK(has(surv, "done       held with scope extension 'ext'"));
    const std::string ext = rowOf(r.out, "Scope extension audit (cycle 1) [ext]");
    CHECK(has(ext, "2028-01-10 .. 2028-04-09")); // application + 90 days
    CHECK(has(ext, "done"));
    const std::string sp = rowOf(r.out, "Special audit (cycle 1) [sp]");
    CHECK(has(sp, "2028-02-01 .. 2028-03-02")); // complaint + 30 days
    CHECK(has(sp, "overdue    window closed on 2028-03-02; short notice"));
    CHECK(has(r.out, "1 overdue, 0 at risk"));
    // The day the window closes it is still only at risk (not planned, due by today).
    const auto onTheDay = runCli("audits " + caseFile("scope-extension.certplan") + " --status-date 2028-03-02");
    CHECK(has(rowOf(onTheDay.out, "Special audit (cycle 1) [sp]"), "at-risk    not planned, due by 2028-03-02"));
}

TEST_CASE("cli scope-extension: findings of the extension and the special audit use their own rule rows",
          "[cli][lifecycle][special]")
{
    const auto r = runCli("ncs " + caseFile("scope-extension.certplan") + " --all");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    const std::string ext = rowOf(r.out, "n-ext");
    CHECK(has(ext, "scope-extension"));
    CHECK(has(ext, "2028-04-01 *")); // the file's scope-extension row: verify 30 days after ext ends 2028-03-02
    CHECK(has(ext, "verify 30 d after ext"));
    const std::string sp = rowOf(r.out, "n-sp");
    CHECK(has(sp, "special"));
    CHECK(has(sp, "2028-06-03 *")); // 2028-03-05 + 90 days
}

TEST_CASE("cli combined-itsm-isms: one audit under both certificates, warned where it misses a window",
          "[cli][lifecycle][combined]")
{
    const auto r = runCli("audits " + caseFile("combined-itsm-isms.certplan"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "2 certificates"));
    const std::string isms = rowOf(r.out, "Surveillance audit 1 (cycle 1) combined with itsm [surv-1]");
    CHECK(has(isms, "2027-06-01 .. 2028-06-01"));
    CHECK(has(isms, "isms         done"));
    const std::string itsm = rowOf(r.out, "Surveillance audit 1 (cycle 1) combined with isms [surv-1]");
    CHECK(has(itsm, "2027-03-15 .. 2028-03-15"));
    CHECK(has(itsm, "itsm         done       held after its window closed on 2028-03-15"));
    const std::string warning = "warning: combined audit 'surv-1' (2028-03-16) fits the window of isms (Surveillance "
                                "audit 1 (cycle 1), window 2027-06-01 .. 2028-06-01) but not of itsm (Surveillance "
                                "audit 1 (cycle 1), window 2027-03-15 .. 2028-03-15)";
    const auto first = r.out.find(warning);
    REQUIRE(first != std::string::npos);
    CHECK(r.out.find(warning, first + 1) != std::string::npos); // under each certificate
    // Neither programme asks for another surveillance 1.
    CHECK_FALSE(has(r.out, "Surveillance audit 1 (cycle 1)    "));
}
