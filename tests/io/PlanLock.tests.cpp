// SPDX-License-Identifier: MIT
// The lock file beside a plan: exclusive, named holder, force, staleness,
// garbage, release only of our own lock.
#include "io/IoTestSupport.h"
#include "safety/PlanLock.h"
#include "safety/ProcessIdentity.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::safety;
using namespace certplan::test;

namespace {

// The pid of a process that has just ended (forked and reaped), so no process has it now.
long deadPid()
{
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0)
        ::_exit(0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE_FALSE(processExists(pid));
    return pid;
}

std::string lockText(const std::string& user, const std::string& host, long pid, const std::string& since)
{
    return "certplan-lock 1\nuser=" + user + "\nhost=" + host + "\npid=" + std::to_string(pid) +
           "\nstart=0\nsince=" + since + "\ntoken=abc\n";
}

} // namespace

TEST_CASE("The lock file sits beside the plan with LibreOffice's name", "[safety][lock]")
{
    CHECK(lockPathFor("/plans/acme.certplan") == "/plans/.~lock.acme.certplan#");
    CHECK(lockPathFor("acme.certplan") == ".~lock.acme.certplan#");
}

TEST_CASE("A second lock on the same plan is refused and names the holder", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    writeBytes(plan, "x");
    auto first = PlanLock::acquire(plan);
    REQUIRE(first.ok());
    CHECK(first->held());
    CHECK(dir.entries() == std::vector<std::string>{".~lock.plan.certplan#", "plan.certplan"});

    const auto holder = readLock(plan);
    REQUIRE(holder);
    CHECK(holder->readable);
    CHECK(holder->pid == currentPid());
    CHECK(holder->user == currentUser());
    CHECK(holder->host == hostName());
    CHECK(holder->since.size() >= 19);
    CHECK_FALSE(isStale(*holder));

    auto second = PlanLock::acquire(plan);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == LockRefusal::Kind::Held);
    CHECK_FALSE(second.error().stale);
    REQUIRE(second.error().holder);
    CHECK(second.error().holder->pid == currentPid());
    const std::string expected = plan + " is locked by " + currentUser() + " on host " + hostName() + " (process " +
                                 std::to_string(currentPid()) + ") since " + shortTimestamp(holder->since);
    CHECK(second.error().message == expected);

    first->release();
    CHECK_FALSE(readLock(plan));
    CHECK(PlanLock::acquire(plan).ok());
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan"}); // the temporary lock went with its scope
}

TEST_CASE("force takes a held lock over, and the old owner's release leaves the new lock alone", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    auto first = PlanLock::acquire(plan);
    REQUIRE(first.ok());
    auto forced = PlanLock::acquire(plan, true);
    REQUIRE(forced.ok());
    REQUIRE(forced->tookOverFrom());
    CHECK(forced->tookOverFrom()->token == first->owner().token);
    first->release(); // no longer ours: must not remove the file
    const auto now = readLock(plan);
    REQUIRE(now);
    CHECK(now->token == forced->owner().token);
    // The lock it took over was this process's own: not handed back, the lock goes.
    forced->release();
    CHECK_FALSE(readLock(plan));
}

TEST_CASE("A moved lock is released once, by its new owner", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    auto r = PlanLock::acquire(plan);
    REQUIRE(r.ok());
    {
        PlanLock moved = std::move(r).value();
        CHECK(moved.held());
        CHECK(readLock(plan));
        PlanLock other = std::move(moved);
        CHECK_FALSE(moved.held()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
        CHECK(readLock(plan));
    }
    CHECK_FALSE(readLock(plan));
}

TEST_CASE("A lock of a process that no longer runs on this host is stale, force takes it", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    const long pid = deadPid();
    writeBytes(lockPathFor(plan), lockText("dana", hostName(), pid, "2026-11-29T15:02:11+01:00"));

    const auto holder = readLock(plan);
    REQUIRE(holder);
    CHECK(holder->user == "dana");
    CHECK(holder->pid == pid);
    CHECK(isStale(*holder));

    auto refused = PlanLock::acquire(plan);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().stale);
    CHECK(contains(refused.error().message, "locked by dana on host " + hostName() + " (process " +
                                                std::to_string(pid) + ") since 2026-11-29 15:02"));
    CHECK(contains(refused.error().message, "stale"));

    auto forced = PlanLock::acquire(plan, true);
    REQUIRE(forced.ok());
    CHECK(readLock(plan)->pid == currentPid());
}

TEST_CASE("A lock recorded with another start time is stale even if its pid runs again", "[safety][lock]")
{
    LockOwner o;
    o.user = "dana";
    o.host = hostName();
    o.pid = currentPid();
    o.startTicks = processStartTicks(currentPid());
    REQUIRE(o.startTicks != 0);
    CHECK_FALSE(isStale(o));
    o.startTicks += 1; // the pid now belongs to a process started at another time
    CHECK(isStale(o));
}

TEST_CASE("A lock from another host is never judged stale", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    const long pid = deadPid();
    writeBytes(lockPathFor(plan), lockText("dana", "ws12-" + hostName(), pid, "2026-11-29T15:02:11+01:00"));
    const auto holder = readLock(plan);
    REQUIRE(holder);
    CHECK_FALSE(isStale(*holder));
    auto refused = PlanLock::acquire(plan);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().stale);
    CHECK(contains(refused.error().message, "locked by dana on host ws12-" + hostName()));
}

TEST_CASE("A garbage or empty lock file is held by unknown, refused, and can be removed or forced", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    for (const std::string& garbage : {std::string("\x01\xff garbage\n"), std::string(),
                                      std::string("certplan-lock 1\nuser=dana\nhost=h\npid=notanumber\n"),
                                      std::string("certplan-lock 1\nuser=dana\nhost=h\npid=99999999999999999999999\n")}) {
        writeBytes(lockPathFor(plan), garbage);
        const auto holder = readLock(plan);
        REQUIRE(holder);
        CHECK_FALSE(holder->readable);
        CHECK(holder->user == "unknown");
        CHECK_FALSE(isStale(*holder));
        auto refused = PlanLock::acquire(plan);
        REQUIRE_FALSE(refused.ok());
        CHECK(contains(refused.error().message, "locked by unknown"));
        CHECK(contains(refused.error().message, "cannot be read"));
        REQUIRE(breakLock(plan).ok());
        CHECK_FALSE(readLock(plan));
    }
    writeBytes(lockPathFor(plan), "garbage");
    CHECK(PlanLock::acquire(plan, true).ok());
    CHECK_FALSE(readLock(plan));
}

TEST_CASE("A lock in a folder that does not exist is an error, not a crash", "[safety][lock]")
{
    auto r = PlanLock::acquire("/nonexistent-certplan-folder/plan.certplan");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == LockRefusal::Kind::Error);
    CHECK(contains(r.error().message, "No such file or directory"));
}

TEST_CASE("A lock taken over from a live holder is handed back on release", "[safety][lock]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    // The app: another process that holds the plan open.
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t app = ::fork();
    REQUIRE(app >= 0);
    if (app == 0) {
        auto lock = PlanLock::acquire(plan);
        const char ok = lock ? '1' : '0';
        (void)!::write(ready[1], &ok, 1);
        ::pause();
        std::_Exit(0);
    }
    char ok = 0;
    REQUIRE(::read(ready[0], &ok, 1) == 1);
    REQUIRE(ok == '1');
    const std::string appToken = readLock(plan)->token;
    {
        auto cli = PlanLock::acquire(plan, true); // certplan-cli --force
        REQUIRE(cli);
        CHECK(readLock(plan)->token == cli->owner().token);
    }
    REQUIRE(readLock(plan));
    CHECK(readLock(plan)->token == appToken); // the app is protected again
    ::kill(app, SIGKILL);
    ::waitpid(app, nullptr, 0);
    ::close(ready[0]);
    ::close(ready[1]);
}
