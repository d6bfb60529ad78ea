// SPDX-License-Identifier: MIT
// certplan-cli on hostile input: dates at the end of the supported range,
// files that are not files, text that could drive the terminal. It never
// aborts: it prints a result, or an error and exits 1.
#include "cli/RunCli.h"
#include "io/AtomicFile.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using namespace certplan;
using certplan::test::d;
using certplan::test::runCli;

namespace {

std::string tempPath(const std::string& name)
{
    return "/tmp/certplan-hostile-" + std::to_string(::getpid()) + "-" + name;
}

std::string save(const Plan& p, const std::string& name)
{
    const std::string path = tempPath(name);
    REQUIRE(savePlanFile(p, path).ok());
    return path;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// Exit 0, or exit 1 with a one-line error: never a crash or "terminate called".
void checkNoAbort(const certplan::test::CliRun& r)
{
    INFO(r.out);
    INFO(r.err);
    CHECK((r.exitCode == 0 || r.exitCode == 1));
    CHECK_FALSE(has(r.err, "terminate"));
    CHECK_FALSE(has(r.err, "what()"));
    if (r.exitCode == 1)
        CHECK(has(r.err, "error: "));
}

// A certificate decided on `decision`, with an audit and a major nonconformity
// late in that year.
Plan farFuture(Date decision)
{
    const int y = decision.year();
    Plan p = certplan::test::minimalPlan();
    p.info.title = "Far future";
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = decision;
    p.certificates.push_back(c);
    Audit s;
    s.id = "s1";
    s.certificate = "cert";
    s.type = AuditType::Surveillance;
    s.planned = d(y, 11, 1);
    s.durationDays = 300;
    p.audits.push_back(s);
    Nonconformity nc;
    nc.id = "nc-late";
    nc.ncClass = NcClass::Major;
    nc.source = NcSource::Stage2;
    nc.certificate = "cert";
    nc.raised = d(y, 12, 20);
    nc.description = "Raised at the end of time";
    p.nonconformities.push_back(nc);
    return p;
}

} // namespace

TEST_CASE("audits and ncs on a certificate decided on the last supported day print a result instead of aborting",
          "[cli][hostile][dates]")
{
    const std::string file = save(farFuture(d(2249, 12, 31)), "decision.certplan");
    auto r = runCli("audits '" + file + "' --status-date 2027-01-04");
    checkNoAbort(r);
    CHECK(r.exitCode == 0);
    r = runCli("audits '" + file + "' --cycles 50");
    checkNoAbort(r);
    CHECK(r.exitCode == 0);
    r = runCli("ncs '" + file + "' --all");
    checkNoAbort(r);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "nc-late"));
    std::remove(file.c_str());
}

TEST_CASE("Every command refuses a plan dated past 2249 with the supported dates named", "[cli][hostile][dates][limits]")
{
    // Written as a hand-edited file would be: savePlanFile refuses such a plan.
    const std::string file = tempPath("past-range.certplan");
    REQUIRE(writeFileAtomically(file, writePlanToString(farFuture(d(9999, 12, 31)))).ok());
    for (const char* cmd : {"show", "schedule", "audits", "ncs", "validate"}) {
        INFO(cmd);
        const auto r = runCli(std::string(cmd) + " '" + file + "'");
        checkNoAbort(r);
        CHECK(r.exitCode == 1);
        CHECK(has(r.err, "a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31"));
    }
    std::remove(file.c_str());
}

TEST_CASE("A status date option outside the supported dates is refused with the range, the last supported day is not",
          "[cli][hostile][dates][limits]")
{
    const std::string file = save(farFuture(d(2028, 1, 15)), "status.certplan");
    for (const char* cmd : {"show", "schedule", "audits", "ncs"}) {
        INFO(cmd);
        auto r = runCli(std::string(cmd) + " '" + file + "' --status-date 9999-12-31");
        INFO(r.err);
        CHECK(r.exitCode == 2); // a usage error, like any malformed option
        CHECK(has(r.err, "--status-date: '9999-12-31': a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31"));
        r = runCli(std::string(cmd) + " '" + file + "' --status-date 2249-12-31");
        checkNoAbort(r);
        CHECK(r.exitCode == 0);
    }
    std::remove(file.c_str());
}

TEST_CASE("A plan whose tasks run past 2249-12-31 is scheduled with a conflict naming the task and the range",
          "[cli][hostile][dates][limits]")
{
    Plan p = certplan::test::minimalPlan();
    p.info.start = d(2249, 12, 1);
    p.tasks[0].durationDays = 1000;
    const std::string file = save(p, "past-end.certplan");
    for (const char* cmd : {"show", "schedule", "resources", "validate"})
        checkNoAbort(runCli(std::string(cmd) + " '" + file + "'"));
    const auto r = runCli("schedule '" + file + "'");
    INFO(r.out);
    CHECK(has(r.out + r.err, "(" + p.tasks[0].id + ") runs beyond the supported dates (1950-01-01 to 2249-12-31)"));
    std::remove(file.c_str());
}

TEST_CASE("validate refuses a FIFO, /dev/zero and a folder within a second", "[cli][hostile]")
{
    const std::string fifo = tempPath("fifo.certplan");
    std::remove(fifo.c_str());
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto t0 = std::chrono::steady_clock::now();
    auto r = runCli("validate '" + fifo + "'");
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(1));
    CHECK(r.exitCode == 1);
    CHECK(r.err == fifo + ": error: this is a named pipe (FIFO), not a plan file; CertPlan reads plans only from "
                          "regular files\n");
    std::remove(fifo.c_str());

    r = runCli("show /dev/zero");
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "/dev/zero: error: this is a character device"));

    r = runCli("validate /tmp");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "/tmp: error: this is a folder, not a plan file\n");
}

TEST_CASE("show prints terminal control characters from the plan escaped", "[cli][hostile][text]")
{
    Plan p = certplan::test::minimalPlan();
    p.info.title = "Evil \xC2\x9B" "2J title \xE2\x80\xAE" "fdp.exe";
    p.info.organization = "Org \xC2\x85 next";
    p.tasks[0].name = "Task \xC2\x9B" "31m red";
    p.tasks[0].milestone = false;
    const std::string file = save(p, "evil.certplan");
    const auto r = runCli("show '" + file + "'");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Evil U+009B2J title U+202Efdp.exe"));
    CHECK(has(r.out, "Org U+0085 next"));
    CHECK_FALSE(has(r.out, "\xC2\x9B"));
    CHECK_FALSE(has(r.out, "\xE2\x80\xAE"));
    std::remove(file.c_str());
}

TEST_CASE("Error messages show control characters escaped", "[cli][hostile][text]")
{
    // The path holds an ESC; the message must not pass it to the terminal.
    const auto r = runCli("validate \"$(printf '/tmp/no-such-\\033[2J-plan')\"");
    CHECK(r.exitCode == 1);
    CHECK(r.err == "/tmp/no-such-\\x1B[2J-plan: error: no such file\n");
}
