// SPDX-License-Identifier: MIT
// certplan-cli audit-time: the table used, the headcount, the derivation and
// the days per audit type; --apply sets the audits and their tasks and saves.
#include "cli/RunCli.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <unistd.h>

using namespace certplan;
using certplan::test::runCli;

namespace {

std::string tempPath(const std::string& name)
{
    return "/tmp/certplan-audittime-" + std::to_string(::getpid()) + "-" + name;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

Audit audit(std::string id, AuditType t, std::string task, int days = 1)
{
    Audit a;
    a.id = std::move(id);
    a.certificate = "cert";
    a.type = t;
    a.task = std::move(task);
    a.durationDays = days;
    return a;
}

// 55 persons, 10 % reduction: 4.5 days; stage 1 1.5, stage 2 3, surveillance 1.5, recertification 3.
Plan timedPlan()
{
    Plan p = certplan::test::minimalPlan();
    p.tasks.push_back(certplan::test::makeTask("s1-task", "Stage 1 audit", 0, 1));
    p.tasks.push_back(certplan::test::makeTask("s2-task", "Stage 2 audit", 0, 1));
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.auditTime = AuditTimeRules{};
    c.auditTime->headcount = 55;
    c.auditTime->reductionPercent = 10;
    p.certificates.push_back(c);
    p.audits = {audit("s1", AuditType::Stage1, "s1-task"), audit("s2", AuditType::Stage2, "s2-task"),
                audit("surv", AuditType::Surveillance, "")};
    return p;
}

std::string save(const Plan& p, const std::string& name)
{
    const std::string path = tempPath(name);
    REQUIRE(savePlanFile(p, path).ok());
    return path;
}

} // namespace

TEST_CASE("certplan-cli audit-time prints the table, the derivation and the days per audit type", "[cli][audit-time]")
{
    const std::string path = save(timedPlan(), "show.certplan");
    const auto r = runCli("audit-time '" + path + "'");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "Certificate cert (ISO/IEC 20000-1)"));
    CHECK(has(r.out, "  Table: IAF MD 5 QMS table (default)\n"));
    CHECK(has(r.out, "  Headcount: 55 effective persons\n"));
    CHECK(has(r.out, "  Initial (stage 1 + 2): 55 persons: row 46-65 -> 5 days; -10 % reduction = 4.5 days\n"));
    CHECK(has(r.out, "stage1            1.5  30 % of the initial 4.5 days, to the half day"));
    CHECK(has(r.out, "stage2              3  the initial 4.5 days less stage 1 (1.5 days)\n"));
    CHECK(has(r.out, "surveillance      1.5  one third of the initial 4.5 days, to the half day"));
    CHECK(has(r.out, "recertification     3  two thirds of the initial 4.5 days, to the half day"));
    CHECK(has(r.out, "special             -  the table gives no time for special audits, scope extensions and transfer reviews"));
    // The audits beside their audit time, in whole days.
    CHECK(has(r.out, "s1     cert         stage1        planned     1     2 (1.5)  s1-task          1\n"));
    CHECK(has(r.out, "3 audits differ from the audit time"));
    std::remove(path.c_str());
}

TEST_CASE("certplan-cli audit-time --apply sets the audits and their tasks and saves the plan", "[cli][audit-time]")
{
    const std::string path = save(timedPlan(), "apply.certplan");
    auto r = runCli("audit-time '" + path + "' --apply --backups 0");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "  audit s1: 1 -> 2 days; task s1-task: 1 -> 2 working days\n"));
    CHECK(has(r.out, "  audit s2: 1 -> 3 days; task s2-task: 1 -> 3 working days\n"));
    CHECK(has(r.out, "  audit surv: 1 -> 2 days\n"));
    const LoadResult saved = readPlanFile(path);
    REQUIRE(saved.ok());
    CHECK(saved->plan.findAudit("s1")->durationDays == 2);
    CHECK(saved->plan.findAudit("s2")->durationDays == 3);
    CHECK(saved->plan.findTask("s2-task")->durationDays == 3);
    CHECK(saved->plan.certificates[0].auditTime == timedPlan().certificates[0].auditTime);

    r = runCli("audit-time '" + path + "' --apply --backups 0");
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Nothing to set: no audit's days change"));
    std::remove(path.c_str());
}

TEST_CASE("certplan-cli audit-time names the headcount the table cannot answer", "[cli][audit-time]")
{
    Plan p = timedPlan();
    p.certificates[0].auditTime->headcount = 12000;
    p.certificates.push_back(p.certificates[0]);
    p.certificates[1].id = "other";
    p.certificates[1].auditTime.reset();
    const std::string path = save(p, "beyond.certplan");
    const auto r = runCli("audit-time '" + path + "'");
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "  Note: 12000 persons is beyond the table's last row (up to 10700 persons) and no rule for "
                     "above it is given"));
    CHECK(has(r.out, "Certificate other (ISO/IEC 20000-1)\n  No audit time: give the certificate an <audit-time "
                     "headcount=\"N\"/>"));
    std::remove(path.c_str());
}

TEST_CASE("certplan-cli audit-time refuses a plan with a reduction over 30 percent at its position", "[cli][audit-time]")
{
    const std::string path = tempPath("bad.certplan");
    std::string text = writePlanToString(timedPlan());
    const std::string from = "reduction-percent=\"10\"";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), "reduction-percent=\"35\"");
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f);
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
    }
    const auto r = runCli("audit-time '" + path + "'");
    CHECK(r.exitCode == 1);
    INFO(r.err);
    CHECK(has(r.err, path + ":"));
    CHECK(has(r.err, ": error: <audit-time> has reduction-percent=\"35\"; a reduction of audit time (at most 30 % "
                     "in all, EA FAQ 48.4) is a whole number of percent from 0 to 30"));
    std::remove(path.c_str());
}

TEST_CASE("certplan-cli audit-time --help explains the command and --apply", "[cli][audit-time]")
{
    const auto r = runCli("audit-time --help");
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "IAF MD 5 QMS table"));
    CHECK(has(r.out, "--apply"));
    CHECK(has(r.out, "--backups"));
    CHECK(has(runCli("--help").out, "audit-time"));
}
