// SPDX-License-Identifier: MIT
// Paths that are not regular files are refused at once, never read or waited
// on; files past the size limit are refused before reading.
#include "io/IoTestSupport.h"

#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

namespace {

// Loads a path that must be refused, and how long that took.
LoadIssue refusedQuickly(const std::string& path)
{
    const auto t0 = std::chrono::steady_clock::now();
    const LoadResult r = readPlanFile(path);
    const auto took = std::chrono::steady_clock::now() - t0;
    INFO(path);
    REQUIRE_FALSE(r.ok());
    CHECK(took < std::chrono::seconds(1));
    CHECK(r.error().file == path);
    return r.error();
}

} // namespace

TEST_CASE("A FIFO with no writer is refused within a second, not waited on", "[io][bad][hostile]")
{
    ScratchDir dir;
    const std::string fifo = dir.file("plan.certplan");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const LoadIssue e = refusedQuickly(fifo);
    CHECK(e.code == Code::Io);
    CHECK(e.message == "this is a named pipe (FIFO), not a plan file; CertPlan reads plans only from regular files");
}

TEST_CASE("/dev/zero is refused within a second, not read until memory runs out", "[io][bad][hostile]")
{
    const LoadIssue e = refusedQuickly("/dev/zero");
    CHECK(e.code == Code::Io);
    CHECK(contains(e.message, "this is a character device"));
    CHECK(contains(e.message, "CertPlan reads plans only from regular files"));
}

TEST_CASE("A folder is refused as a folder", "[io][bad][hostile]")
{
    ScratchDir dir;
    const LoadIssue e = refusedQuickly(dir.path());
    CHECK(e.code == Code::Io);
    CHECK(e.message == "this is a folder, not a plan file");
}

TEST_CASE("A symbolic link to a plan is read, one to a FIFO is refused", "[io][hostile]")
{
    ScratchDir dir;
    REQUIRE(::symlink(goodFile("minimal.certplan").c_str(), dir.file("link.certplan").c_str()) == 0);
    CHECK(readPlanFile(dir.file("link.certplan")).ok());
    REQUIRE(::mkfifo(dir.file("fifo").c_str(), 0600) == 0);
    REQUIRE(::symlink(dir.file("fifo").c_str(), dir.file("fifo-link.certplan").c_str()) == 0);
    CHECK(contains(refusedQuickly(dir.file("fifo-link.certplan")).message, "named pipe"));
}

TEST_CASE("A file larger than the 256 MiB limit is refused before it is read", "[io][bad][hostile]")
{
    STATIC_REQUIRE(kMaxPlanFileBytes == 256u * 1024 * 1024);
    ScratchDir dir;
    const std::string big = dir.file("huge.certplan");
    {
        const int fd = ::open(big.c_str(), O_CREAT | O_WRONLY, 0600);
        REQUIRE(fd >= 0);
        // Sparse: no disk space is used.
        REQUIRE(::ftruncate(fd, static_cast<off_t>(kMaxPlanFileBytes) + 1) == 0);
        ::close(fd);
    }
    const LoadIssue e = refusedQuickly(big);
    CHECK(e.code == Code::Io);
    CHECK(e.message == "the file is too large to be a plan (256 MiB; the limit is 256 MiB)");
}
