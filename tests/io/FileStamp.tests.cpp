// SPDX-License-Identifier: MIT
// Noticing that another program changed a plan file: content, not mtime.
#include "io/IoTestSupport.h"
#include "safety/FileStamp.h"

#include <sys/stat.h>
#include <fcntl.h>

using namespace certplan;
using namespace certplan::safety;
using namespace certplan::test;

TEST_CASE("FNV-1a 64 matches the published test vectors", "[safety][stamp]")
{
    CHECK(fnv1a64("") == 0xcbf29ce484222325ull);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cull);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ull);
}

TEST_CASE("A stamp notices changed content, also of the same size, and ignores a touch", "[safety][stamp]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    writeBytes(path, "<plan>abc</plan>\n");
    const auto stamp = stampFile(path);
    REQUIRE(stamp.ok());
    CHECK(stamp->size == 17);
    CHECK(stamp->mtimeNs > 0);
    CHECK(stamp->hash == stampBytes("<plan>abc</plan>\n").hash);
    CHECK_FALSE(changedSince(path, *stamp));

    // touch: new mtime, same bytes
    struct timespec times[2] = {{1000000, 0}, {1000000, 0}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
    CHECK_FALSE(changedSince(path, *stamp));

    writeBytes(path, "<plan>abd</plan>\n"); // same size, different byte
    CHECK(changedSince(path, *stamp));
    writeBytes(path, "<plan>abc</plan>\n");
    CHECK_FALSE(changedSince(path, *stamp));
    writeBytes(path, "<plan>abc</plan>\n\n");
    CHECK(changedSince(path, *stamp));

    REQUIRE(std::remove(path.c_str()) == 0);
    CHECK(changedSince(path, *stamp));
    CHECK_FALSE(stampFile(path).ok());
}
