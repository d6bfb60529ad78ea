// SPDX-License-Identifier: MIT
// Recovery copies: written beside nothing but themselves, listed only when
// their writer is gone, corrupt ones listed as unusable, never a crash.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"
#include "safety/ProcessIdentity.h"
#include "safety/RecoveryStore.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::safety;
using namespace certplan::test;

namespace {

// Forks a child that writes a recovery copy for slot 7, then waits to be killed.
// Returns its pid after it was killed with SIGKILL and reaped.
long writeInChildThenKill(const RecoveryStore& store, const std::string& bytes)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        const auto r = store.write(7, RecoveryInfo{"/plans/acme.certplan", "Acme plan", 3}, bytes);
        const char ok = r.ok() ? '1' : '0';
        if (::write(fds[1], &ok, 1) != 1)
            ::_exit(3);
        for (;;)
            ::pause();
    }
    ::close(fds[1]);
    char ok = 0;
    REQUIRE(::read(fds[0], &ok, 1) == 1);
    ::close(fds[0]);
    REQUIRE(ok == '1');
    // While the child lives its copy is not recoverable.
    CHECK(store.list().empty());
    REQUIRE(::kill(pid, SIGKILL) == 0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE(WIFSIGNALED(status));
    return pid;
}

} // namespace

TEST_CASE("The default recovery folder follows XDG_STATE_HOME", "[safety][recovery]")
{
    const char* old = std::getenv("XDG_STATE_HOME");
    const std::string saved = old ? old : "";
    ::setenv("XDG_STATE_HOME", "/x/state", 1);
    CHECK(RecoveryStore::defaultDirectory() == "/x/state/certplan/recovery");
    ::unsetenv("XDG_STATE_HOME");
    if (const char* home = std::getenv("HOME"))
        CHECK(RecoveryStore::defaultDirectory() == std::string(home) + "/.local/state/certplan/recovery");
    if (old)
        ::setenv("XDG_STATE_HOME", saved.c_str(), 1);
}

TEST_CASE("Recovery copies of the live process are written but not listed, removeOwn deletes them", "[safety][recovery]")
{
    ScratchDir dir;
    const RecoveryStore store(dir.file("deep/recovery"));
    const std::string bytes = writePlanToString(fullPlan());
    REQUIRE(store.write(1, RecoveryInfo{"", "Untitled", 2}, bytes).ok());
    CHECK(readBytes(store.planFileFor(1)) == bytes);
    CHECK(contains(readBytes(store.metaFileFor(1)), "pid=" + std::to_string(currentPid())));
    CHECK(store.list().empty());
    store.removeOwn(1);
    CHECK(readBytes(store.planFileFor(1)).empty());
    REQUIRE(store.write(2, RecoveryInfo{"", "Untitled", 2}, bytes).ok());
    store.removeFor(currentPid());
    CHECK(std::filesystem::is_empty(store.directory()));
}

TEST_CASE("A copy written by a process killed with SIGKILL is listed, loads, and can be removed", "[safety][recovery]")
{
    ScratchDir dir;
    const RecoveryStore store(dir.path());
    const std::string bytes = writePlanToString(fullPlan());
    const long pid = writeInChildThenKill(store, bytes);

    const auto entries = store.list();
    REQUIRE(entries.size() == 1);
    const RecoveryEntry& e = entries[0];
    INFO(e.problem);
    CHECK(e.usable);
    CHECK(e.pid == pid);
    CHECK(e.host == hostName());
    CHECK_FALSE(e.otherHost);
    CHECK(e.info.originalPath == "/plans/acme.certplan");
    CHECK(e.info.title == "Acme plan");
    CHECK(e.info.unsavedChanges == 3);
    CHECK(e.written.size() >= 19);
    CHECK(readBytes(e.planFile) == bytes);
    CHECK(e.planFile != "/plans/acme.certplan");

    REQUIRE(store.remove(e).ok());
    CHECK(store.list().empty());
    CHECK(dir.entries().empty());
}

TEST_CASE("Corrupt recovery copies are listed as unusable, a good copy with damaged metadata is still offered, stray files skipped", "[safety][recovery]")
{
    ScratchDir dir;
    const RecoveryStore store(dir.path());
    const long pid = writeInChildThenKill(store, writePlanToString(minimalPlan()));
    const std::string host = hostName();

    // Garbage metadata with a dead writer named in the file name.
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_8.certplan.meta"), "\x00\xff not metadata");
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_8.certplan"), "whatever");
    // Good metadata, copy that is not a plan.
    std::string meta = readBytes(dir.file(host + "_" + std::to_string(pid) + "_7.certplan.meta"));
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_9.certplan.meta"), meta);
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_9.certplan"), "<plan");
    // Metadata with a bad number and no parsable name.
    writeBytes(dir.file("junk.certplan.meta"), "certplan-recovery 1\npid=abc\nhost=h\n");
    // Damaged metadata (cut short) beside a copy that is a good plan: offered, details unknown.
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_12.certplan.meta"), "certplan-recovery 1\noriginal=/p/x.certplan\n");
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_12.certplan"), writePlanToString(minimalPlan()));
    // A copy without metadata (its writer died between the two files): skipped.
    writeBytes(dir.file(host + "_" + std::to_string(pid) + "_10.certplan"), "stray");
    // Metadata of the live test process with garbage: not listed (its owner is alive).
    writeBytes(dir.file(host + "_" + std::to_string(currentPid()) + "_11.certplan.meta"), "garbage");

    const auto entries = store.list();
    REQUIRE(entries.size() == 5);
    int usable = 0;
    for (const auto& e : entries) {
        INFO(e.metaFile << ": " << e.problem);
        if (e.usable) {
            ++usable;
            CHECK((contains(e.metaFile, "_7.certplan.meta") || contains(e.metaFile, "_12.certplan.meta")));
            if (contains(e.metaFile, "_12.")) {
                CHECK_FALSE(e.problem.empty()); // what was wrong with the details
                CHECK(e.info.title == minimalPlan().info.title);
                CHECK(e.info.originalPath.empty()); // recovered as a new, unsaved plan
            }
        } else {
            CHECK_FALSE(e.problem.empty());
        }
        CHECK_FALSE(contains(e.metaFile, "_11."));
    }
    CHECK(usable == 2);
    for (const auto& e : entries)
        CHECK(store.remove(e).ok());
    CHECK(store.list().empty());
}

TEST_CASE("RecoveryWriter writes off the calling thread, newest snapshot wins, discard deletes", "[safety][recovery]")
{
    ScratchDir dir;
    const RecoveryStore store(dir.path());
    {
        RecoveryWriter writer(store, 3);
        for (int i = 0; i < 200; ++i)
            writer.submit(RecoveryInfo{"/p/a.certplan", "A", i}, "snapshot " + std::to_string(i));
        writer.flush();
        CHECK(writer.lastError().empty());
        CHECK(writer.writtenCount() >= 1);
        CHECK(writer.writtenCount() <= 200);
        CHECK(readBytes(store.planFileFor(3)) == "snapshot 199");
        CHECK(contains(readBytes(store.metaFileFor(3)), "changes=199"));

        writer.submit(RecoveryInfo{"/p/a.certplan", "A", 1}, "later");
        writer.discard();
        CHECK(dir.entries().empty());

        writer.submit(RecoveryInfo{"/p/a.certplan", "A", 1}, "at close");
    } // the destructor writes what is pending, then joins
    CHECK(readBytes(store.planFileFor(3)) == "at close");
}

TEST_CASE("RecoveryWriter reports a folder it cannot write", "[safety][recovery]")
{
    RecoveryWriter writer(RecoveryStore("/proc/certplan-no-such/recovery"), 1);
    writer.submit(RecoveryInfo{}, "x");
    writer.flush();
    CHECK(writer.writtenCount() == 0);
    CHECK(contains(writer.lastError(), "cannot create the recovery folder"));
}
