// SPDX-License-Identifier: MIT
// Saving keeps the previous versions beside the plan, rotated, byte for byte.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"
#include "io/AtomicFile.h"
#include "safety/Backups.h"

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::safety;
using namespace certplan::test;

TEST_CASE("Backup names are NAME.N.bak", "[safety][backup]")
{
    CHECK(backupPathFor("/p/acme.certplan", 1) == "/p/acme.certplan.1.bak");
    CHECK(backupPathFor("/p/acme.certplan", 3) == "/p/acme.certplan.3.bak");
}

TEST_CASE("Saving a new file keeps no backup", "[safety][backup]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    REQUIRE(savePlanKeepingBackups(minimalPlan(), path, 3).ok());
    CHECK(readBytes(path) == writePlanToString(minimalPlan()));
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan"});
}

TEST_CASE("One backup level keeps exactly the previous bytes", "[safety][backup]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, "version 1\n");
    REQUIRE(writeKeepingBackups(path, "version 2\n", 1).ok());
    CHECK(readBytes(path) == "version 2\n");
    CHECK(readBytes(backupPathFor(path, 1)) == "version 1\n");
    REQUIRE(writeKeepingBackups(path, "version 3\n", 1).ok());
    CHECK(readBytes(path) == "version 3\n");
    CHECK(readBytes(backupPathFor(path, 1)) == "version 2\n");
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan", "plan.certplan.1.bak"});
}

TEST_CASE("Three backup levels rotate and drop the oldest", "[safety][backup]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, "v1");
    for (int v = 2; v <= 5; ++v)
        REQUIRE(writeKeepingBackups(path, "v" + std::to_string(v), 3).ok());
    CHECK(readBytes(path) == "v5");
    CHECK(readBytes(backupPathFor(path, 1)) == "v4");
    CHECK(readBytes(backupPathFor(path, 2)) == "v3");
    CHECK(readBytes(backupPathFor(path, 3)) == "v2");
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan", "plan.certplan.1.bak", "plan.certplan.2.bak",
                                                    "plan.certplan.3.bak"});
}

TEST_CASE("Saving identical bytes rotates nothing, level 0 keeps nothing", "[safety][backup]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, "v1");
    REQUIRE(writeKeepingBackups(path, "v2", 2).ok());
    REQUIRE(writeKeepingBackups(path, "v2", 2).ok());
    CHECK(readBytes(backupPathFor(path, 1)) == "v1");
    CHECK(dir.entries() == std::vector<std::string>{"plan.certplan", "plan.certplan.1.bak"});

    const std::string other = dir.file("other.certplan");
    writeBytes(other, "a");
    REQUIRE(writeKeepingBackups(other, "b", 0).ok());
    CHECK(readBytes(other) == "b");
    CHECK_FALSE(std::filesystem::exists(backupPathFor(other, 1)));
}

TEST_CASE("A backup keeps the plan's permissions", "[safety][backup]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, "secret v1");
    REQUIRE(::chmod(path.c_str(), 0600) == 0);
    REQUIRE(writeKeepingBackups(path, "secret v2", 1).ok());
    struct stat st{};
    REQUIRE(::stat(backupPathFor(path, 1).c_str(), &st) == 0);
    CHECK((st.st_mode & 07777) == 0600);
}

TEST_CASE("A backup that cannot be written refuses the save and leaves the original intact", "[safety][backup]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, "v1");
    REQUIRE(writeKeepingBackups(path, "v2", 2).ok()); // plan.certplan.1.bak = v1
    REQUIRE(::chmod(path.c_str(), 0666) == 0);          // writable by anyone: only the folder refuses
    REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
    const auto before = dir.entries();

    // Root ignores folder permissions: the save runs as "nobody" in a child.
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        if (::geteuid() == 0 && !(::setgroups(0, nullptr) == 0 && ::setgid(65534) == 0 && ::setuid(65534) == 0))
            ::_exit(2);
        const auto r = writeKeepingBackups(path, "v3", 2);
        const std::string msg = r.ok() ? std::string() : r.error();
        if (::write(fds[1], msg.data(), msg.size()) < 0)
            ::_exit(3);
        ::_exit(r.ok() ? 1 : 0);
    }
    ::close(fds[1]);
    std::string msg;
    char buf[512];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
        msg.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    INFO(msg);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    CHECK(contains(msg, "cannot keep a backup of " + path));
    CHECK(contains(msg, "Permission denied"));
    CHECK(readBytes(path) == "v2");
    CHECK(readBytes(backupPathFor(path, 1)) == "v1");
    CHECK(dir.entries() == before);
}

TEST_CASE("Saving through a symbolic link backs up the target, named after the target", "[safety][backup]")
{
    ScratchDir dir;
    const std::string target = dir.file("plan.certplan");
    const std::string link = dir.file("link.certplan");
    REQUIRE(certplan::writeFileAtomically(target, "first").ok());
    std::filesystem::create_symlink(target, link);
    REQUIRE(writeKeepingBackups(link, "second", 1).ok());
    CHECK(std::filesystem::is_symlink(link)); // the link stays a link
    CHECK(readBytes(target) == "second");
    CHECK(readBytes(backupPathFor(target, 1)) == "first");
    CHECK_FALSE(std::filesystem::exists(backupPathFor(link, 1)));
}
