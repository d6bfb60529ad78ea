// SPDX-License-Identifier: MIT
// savePlanFile replaces a file completely or not at all, and never leaves its
// temporary file behind.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::test;

namespace {

const std::string kOldBytes = "previous contents, not even a plan\n";

struct ChildOutcome {
    int exitCode = -1;
    std::string saveError; // what savePlanFile reported in the child
};

// Runs savePlanFile in a child process after prepare() (which drops
// privileges or sets limits) and reports how the save ended. Exit codes:
// 0 save failed, 1 save succeeded, 2 prepare failed.
template <class Prepare>
ChildOutcome saveInChild(const Plan& plan, const std::string& path, Prepare prepare)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        if (!prepare())
            ::_exit(2);
        const auto r = savePlanFile(plan, path);
        const std::string msg = r.ok() ? std::string() : r.error();
        if (!msg.empty() && ::write(fds[1], msg.data(), msg.size()) < 0)
            ::_exit(3);
        ::_exit(r.ok() ? 1 : 0);
    }
    ::close(fds[1]);
    ChildOutcome out;
    char buf[512];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
        out.saveError.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    out.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

// Root ignores folder permissions, so the save that must be refused runs as
// "nobody" (65534); as an ordinary user the folder's mode is enough.
bool dropToNobody()
{
    if (::geteuid() != 0)
        return true;
    return ::setgroups(0, nullptr) == 0 && ::setgid(65534) == 0 && ::setuid(65534) == 0 && ::geteuid() == 65534;
}

mode_t modeOf(const std::string& path)
{
    struct stat st{};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("A successful save replaces the file and leaves no temporary file", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, kOldBytes);
    const auto r = savePlanFile(fullPlan(), path);
    INFO((r.ok() ? std::string() : r.error()));
    REQUIRE(r.ok());
    CHECK(readBytes(path) == writePlanToString(fullPlan()));
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan"});
}

TEST_CASE("A new file is created with the permissions the umask allows", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("new.certplan");
    const mode_t old = ::umask(022);
    const auto r = savePlanFile(minimalPlan(), path);
    ::umask(old);
    REQUIRE(r.ok());
    CHECK(modeOf(path) == 0644);
    CHECK(dir.entries() == std::vector<std::string>{"new.certplan"});
}

TEST_CASE("Saving into a read-only folder fails clearly and changes nothing in it", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, kOldBytes);
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
    const auto before = dir.entries();

    const ChildOutcome child = saveInChild(fullPlan(), path, dropToNobody);
    INFO("child exit " << child.exitCode << ": " << child.saveError);
    REQUIRE(child.exitCode != 2); // could not drop privileges: the test would prove nothing
    CHECK(child.exitCode == 0);
    CHECK(child.saveError == "cannot create a temporary file in " + dir.path() + ": Permission denied");
    CHECK(readBytes(path) == kOldBytes);
    CHECK(dir.entries() == before);
}

TEST_CASE("A write that fails part-way leaves the previous file byte-identical and no temporary file", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, kOldBytes);
    // A 1 KiB file size limit makes write() fail with EFBIG in the middle of the plan.
    const ChildOutcome child = saveInChild(fullPlan(), path, [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1024, 1024};
        return ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    });
    INFO("child exit " << child.exitCode << ": " << child.saveError);
    REQUIRE(child.exitCode == 0);
    CHECK(child.saveError == "cannot write " + path + ": File too large");
    CHECK(readBytes(path) == kOldBytes);
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan"});
}

TEST_CASE("Saving through a symbolic link replaces the target and keeps the link", "[io][atomic]")
{
    ScratchDir dir;
    const std::string target = dir.file("target.certplan");
    const std::string link = dir.file("link.certplan");
    writeBytes(target, kOldBytes);
    REQUIRE(::symlink("target.certplan", link.c_str()) == 0);

    REQUIRE(savePlanFile(minimalPlan(), link).ok());
    struct stat lst{};
    REQUIRE(::lstat(link.c_str(), &lst) == 0);
    CHECK(S_ISLNK(lst.st_mode));
    CHECK(readBytes(target) == writePlanToString(minimalPlan()));
    CHECK(dir.entries() == std::vector<std::string>{"link.certplan", "target.certplan"});
}

TEST_CASE("Saving keeps the permissions of the file it replaces", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    for (const mode_t mode : {mode_t{0600}, mode_t{0640}, mode_t{0664}}) {
        writeBytes(path, kOldBytes);
        REQUIRE(::chmod(path.c_str(), mode) == 0);
        REQUIRE(savePlanFile(minimalPlan(), path).ok());
        CHECK(modeOf(path) == mode);
    }
}

TEST_CASE("Saving into a folder that does not exist fails cleanly, naming the folder", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("missing/plan.certplan");
    const auto r = savePlanFile(minimalPlan(), path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == "cannot create a temporary file in " + dir.file("missing") + ": No such file or directory");
    CHECK(dir.entries().empty());
}

TEST_CASE("Saving over a folder fails and leaves no temporary file", "[io][atomic]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    REQUIRE(std::filesystem::create_directory(path));
    const auto r = savePlanFile(minimalPlan(), path);
    REQUIRE_FALSE(r.ok());
    CHECK(contains(r.error(), "cannot replace " + path));
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan"});
    CHECK(std::filesystem::is_directory(path));
}
