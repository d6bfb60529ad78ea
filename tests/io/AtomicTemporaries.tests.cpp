// SPDX-License-Identifier: MIT
// writeFileAtomically through a dangling symbolic link, and the clean-up of
// temporaries left by saves that were killed.
#include "io/AtomicFile.h"
#include "io/IoTestSupport.h"
#include "safety/ProcessIdentity.h"

#include <fstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::test;

namespace {

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void touch(const std::string& path, const std::string& text = "half a plan")
{
    std::ofstream(path, std::ios::binary) << text;
}

bool isLink(const std::string& path)
{
    struct stat st{};
    return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

// A pid that ran and exited: no process has it now (unless the kernel reuses it
// at once, which it does not within one test).
long deadPid()
{
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0)
        ::_exit(0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    REQUIRE_FALSE(safety::processExists(pid));
    return pid;
}

} // namespace

TEST_CASE("Saving to a dangling symbolic link creates its target and keeps the link", "[io][atomic]")
{
    ScratchDir dir;
    REQUIRE(::mkdir(dir.file("real").c_str(), 0755) == 0);
    const std::string link = dir.file("plan.certplan");
    REQUIRE(::symlink("real/target.certplan", link.c_str()) == 0); // relative, target missing

    REQUIRE(writeFileAtomically(link, "first"));
    CHECK(isLink(link));
    CHECK(readAll(dir.file("real/target.certplan")) == "first");
    CHECK(readAll(link) == "first");

    // Now the link resolves; saving again still writes the target.
    REQUIRE(writeFileAtomically(link, "second"));
    CHECK(isLink(link));
    CHECK(readAll(dir.file("real/target.certplan")) == "second");
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan", "real"});
}

TEST_CASE("Saving to a dangling link to a dangling link writes the last target", "[io][atomic]")
{
    ScratchDir dir;
    const std::string first = dir.file("a.certplan");
    REQUIRE(::symlink(dir.file("b.certplan").c_str(), first.c_str()) == 0); // absolute
    REQUIRE(::symlink("c.certplan", dir.file("b.certplan").c_str()) == 0);
    REQUIRE(writeFileAtomically(first, "bytes"));
    CHECK(isLink(first));
    CHECK(isLink(dir.file("b.certplan")));
    CHECK(readAll(dir.file("c.certplan")) == "bytes");
}

TEST_CASE("A save removes temporaries of the same plan left by dead processes on this host", "[io][atomic]")
{
    ScratchDir dir;
    const std::string plan = dir.file("plan.certplan");
    const std::string host = safety::hostName();
    const long dead = deadPid();
    const std::string stale = temporaryPrefix("plan.certplan", dead, host) + "a1b2c3.tmp";
    const std::string live = temporaryPrefix("plan.certplan", 1, host) + "d4e5f6.tmp"; // init runs
    const std::string mine = temporaryPrefix("plan.certplan", safety::currentPid(), host) + "g7h8i9.tmp";
    const std::string otherHost = temporaryPrefix("plan.certplan", dead, host + "-elsewhere") + "j1k2l3.tmp";
    const std::string otherPlan = temporaryPrefix("other.certplan", dead, host) + "m4n5o6.tmp";
    const std::string notOurs = "plan.certplan.notes.tmp";
    for (const auto& name : {stale, live, mine, otherHost, otherPlan, notOurs})
        touch(dir.file(name));
    // A link named like a stale temporary is not ours either.
    const std::string staleLink = temporaryPrefix("plan.certplan", dead, host) + "p7q8r9.tmp";
    REQUIRE(::symlink("plan.certplan", dir.file(staleLink).c_str()) == 0);

    REQUIRE(writeFileAtomically(plan, "the plan"));
    CHECK(readAll(plan) == "the plan");
    std::vector<std::string> expected{"plan.certplan", live, mine, otherHost, otherPlan, notOurs, staleLink};
    std::sort(expected.begin(), expected.end());
    CHECK(dir.entries() == expected);
}

TEST_CASE("A save's own temporary file is named after the plan, this process and this host", "[io][atomic]")
{
    // Observed through a save that fails after creating it: a folder in the
    // plan's place makes the rename fail, and the temporary is removed.
    ScratchDir dir;
    REQUIRE(::mkdir(dir.file("plan.certplan").c_str(), 0755) == 0);
    touch(dir.file("plan.certplan/inside"));
    const auto r = writeFileAtomically(dir.file("plan.certplan"), "bytes");
    REQUIRE_FALSE(r);
    CHECK(r.error().find("cannot replace") != std::string::npos);
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan"});
    CHECK(temporaryPrefix("plan.certplan", 42, "host.example") == "plan.certplan.42@host.example.");
}
