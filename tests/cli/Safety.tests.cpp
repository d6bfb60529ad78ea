// SPDX-License-Identifier: MIT
// Commands that rewrite a plan (format, baseline --save) hold its lock for the
// whole read-modify-write and keep a backup: no lost update, ever.
#include "cli/RunCli.h"
#include "safety/PlanLock.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace certplan::test;
using namespace certplan::safety;

namespace {

const std::string kExample = std::string(CERTPLAN_TEMPLATE_DIR) + "/examples/northwind-iso20000.certplan";

struct TempFolder {
    std::filesystem::path dir;
    TempFolder()
    {
        std::string tmpl = "/tmp/certplan-safety-cli-XXXXXX";
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        dir = tmpl;
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    std::string copyOfExample(const std::string& name) const
    {
        const auto to = dir / name;
        std::filesystem::copy_file(kExample, to, std::filesystem::copy_options::overwrite_existing);
        return to.string();
    }
};

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

int countOf(const std::string& text, const std::string& what)
{
    int n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("baseline --save on a locked plan exits 1 naming the holder and changes nothing", "[cli][safety]")
{
    TempFolder t;
    const std::string plan = t.copyOfExample("plan.certplan");
    const std::string before = readAll(plan);
    auto lock = PlanLock::acquire(plan);
    REQUIRE(lock.ok());

    const auto r = runCli("baseline '" + plan + "' --save Mine");
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "is locked by " + lock->owner().user + " on host " + lock->owner().host + " (process " +
                         std::to_string(::getpid()) + ")"));
    CHECK(has(r.err, "--force"));
    CHECK(readAll(plan) == before);

    const auto f = runCli("format '" + plan + "'");
    CHECK(f.exitCode == 1);
    CHECK(has(f.err, "is locked by"));

    // Reading commands are not blocked by the lock.
    CHECK(runCli("baseline '" + plan + "' --compare 'Plan approved by the project board'").exitCode == 0);
    CHECK(runCli("format --check '" + plan + "'").exitCode != 2);
}

TEST_CASE("baseline --save --force overrides the lock and keeps a backup of the previous bytes", "[cli][safety]")
{
    TempFolder t;
    const std::string plan = t.copyOfExample("plan.certplan");
    const std::string before = readAll(plan);
    auto lock = PlanLock::acquire(plan);
    REQUIRE(lock.ok());
    const auto r = runCli("baseline '" + plan + "' --save Forced --force");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.err, "took over the lock"));
    CHECK(has(readAll(plan), "name=\"Forced\""));
    CHECK(readAll(plan + ".1.bak") == before);
    // The holder (this test, standing in for the app) still runs: the CLI hands the lock back to it.
    REQUIRE(readLock(plan));
    CHECK(readLock(plan)->token == lock->owner().token);
}

TEST_CASE("A stale lock is reported as stale and --force takes it over", "[cli][safety]")
{
    TempFolder t;
    const std::string plan = t.copyOfExample("plan.certplan");
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0)
        ::_exit(0);
    REQUIRE(::waitpid(pid, nullptr, 0) == pid);
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    {
        std::ofstream out(lockPathFor(plan));
        out << "certplan-lock 1\nuser=dana\nhost=" << host << "\npid=" << pid
            << "\nstart=0\nsince=2026-11-29T15:02:11+01:00\ntoken=t\n";
    }
    const auto r = runCli("baseline '" + plan + "' --save S");
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "locked by dana on host " + std::string(host) + " (process " + std::to_string(pid) +
                         ") since 2026-11-29 15:02"));
    CHECK(has(r.err, "stale"));
    CHECK(has(r.err, "--force"));
    const auto f = runCli("baseline '" + plan + "' --save S --force");
    CHECK(f.exitCode == 0);
    CHECK(has(readAll(plan), "name=\"S\""));
}

TEST_CASE("format keeps the previous bytes as FILE.1.bak, --backups 0 keeps none", "[cli][safety]")
{
    TempFolder t;
    const std::string plan = t.copyOfExample("plan.certplan");
    const std::string messy = readAll(plan) + "\n\n<!-- hand edit -->\n";
    {
        std::ofstream out(plan, std::ios::binary | std::ios::trunc);
        out << messy;
    }
    const auto r = runCli("format '" + plan + "'");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "rewritten"));
    CHECK(readAll(plan + ".1.bak") == messy);
    CHECK(readAll(plan) != messy);
    CHECK_FALSE(std::filesystem::exists(lockPathFor(plan)));

    const std::string other = t.copyOfExample("other.certplan");
    {
        std::ofstream out(other, std::ios::binary | std::ios::app);
        out << "\n";
    }
    CHECK(runCli("format --backups 0 '" + other + "'").exitCode == 0);
    CHECK_FALSE(std::filesystem::exists(other + ".1.bak"));
    CHECK(runCli("format --backups -1 '" + other + "'").exitCode == 2);
}

TEST_CASE("Two simultaneous baseline --save runs never lose an update (20 rounds)", "[cli][safety][concurrency]")
{
    TempFolder t;
    const std::string cli = cliPath();
    int bothLanded = 0, oneRefused = 0;
    for (int round = 0; round < 20; ++round) {
        const std::string plan = t.copyOfExample("race-" + std::to_string(round) + ".certplan");
        const std::string errA = plan + ".a.err", errB = plan + ".b.err";
        // Both started by one shell in the background, as close together as it gets.
        const std::string cmd = "'" + cli + "' baseline '" + plan + "' --save RoundA >/dev/null 2>'" + errA +
                                "' & a=$!; '" + cli + "' baseline '" + plan + "' --save RoundB >/dev/null 2>'" + errB +
                                "' & b=$!; wait $a; ra=$?; wait $b; rb=$?; echo $ra $rb";
        FILE* p = ::popen(cmd.c_str(), "r");
        REQUIRE(p != nullptr);
        int ra = -1, rb = -1;
        REQUIRE(std::fscanf(p, "%d %d", &ra, &rb) == 2);
        ::pclose(p);
        const std::string text = readAll(plan);
        const bool hasA = has(text, "name=\"RoundA\""), hasB = has(text, "name=\"RoundB\"");
        INFO("round " << round << ": exits " << ra << " " << rb << "; A " << hasA << ", B " << hasB << "\n"
                      << readAll(errA) << readAll(errB));
        CHECK(countOf(text, "<baseline ") == 1 + int(hasA) + int(hasB));
        if (ra == 0 && rb == 0) {
            CHECK(hasA);
            CHECK(hasB);
            ++bothLanded;
        } else {
            // Exactly one refused, because of the lock, and the other landed.
            CHECK(ra + rb == 1);
            CHECK(has(readAll(ra == 1 ? errA : errB), "is locked by"));
            CHECK((ra == 0 ? hasA : hasB));
            CHECK_FALSE((ra == 1 ? hasA : hasB));
            ++oneRefused;
        }
        CHECK_FALSE(std::filesystem::exists(lockPathFor(plan)));
    }
    CHECK(bothLanded + oneRefused == 20);
    WARN("both landed " << bothLanded << ", one refused " << oneRefused);
}

TEST_CASE("Forced runs at the same time take turns: every baseline lands, no lock is left (10 rounds of 4)", "[cli][safety][concurrency]")
{
    TempFolder t;
    const std::string cli = cliPath();
    for (int round = 0; round < 10; ++round) {
        const std::string plan = t.copyOfExample("forced-" + std::to_string(round) + ".certplan");
        std::string cmd;
        for (int k = 0; k < 4; ++k)
            cmd += "'" + cli + "' baseline '" + plan + "' --save F" + std::to_string(k) + " --force >/dev/null 2>>'" + plan +
                   ".err' & p" + std::to_string(k) + "=$!; ";
        cmd += "r=0; for p in $p0 $p1 $p2 $p3; do wait $p || r=$((r+1)); done; echo $r";
        FILE* p = ::popen(cmd.c_str(), "r");
        REQUIRE(p != nullptr);
        int failed = -1;
        REQUIRE(std::fscanf(p, "%d", &failed) == 1);
        ::pclose(p);
        const std::string text = readAll(plan);
        INFO("round " << round << "\n" << readAll(plan + ".err"));
        CHECK(failed == 0);
        for (int k = 0; k < 4; ++k)
            CHECK(has(text, "name=\"F" + std::to_string(k) + "\""));
        CHECK_FALSE(std::filesystem::exists(lockPathFor(plan)));
    }
}
