// SPDX-License-Identifier: MIT
// certplan-bench's options: --help answers at once instead of running the
// whole benchmark, and a tiny run writes its figures where --output says.
#include "cli/RunCli.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <unistd.h>

using namespace certplan::test;

namespace {

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

} // namespace

TEST_CASE("certplan-bench --help prints its usage and exits 0 at once", "[cli][bench]")
{
    const auto t0 = std::chrono::steady_clock::now();
    const auto r = runProgram(benchPath(), "--help");
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "Usage: certplan-bench [OPTIONS]"));
    for (const char* option : {"--sizes", "--runs", "--quick", "--shapes", "--no-shapes", "--output", "--version"})
        CHECK(has(r.out, option));
    CHECK_FALSE(has(r.out, "tasks       links")); // no figures: nothing was measured
    CHECK(seconds < 2.0);                       // the whole benchmark takes minutes
}

TEST_CASE("certplan-bench refuses unknown options and bad sizes with exit code 2", "[cli][bench]")
{
    auto r = runProgram(benchPath(), "--bogus");
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "--bogus"));
    r = runProgram(benchPath(), "--sizes 0");
    CHECK(r.exitCode == 2);
    CHECK(has(r.err, "--sizes"));
    CHECK(r.out.empty());
}

TEST_CASE("A tiny certplan-bench run writes the figures it prints to --output", "[cli][bench]")
{
    const std::string file = (std::filesystem::temp_directory_path() /
                              ("certplan-bench-test-" + std::to_string(::getpid()) + ".txt"))
                                 .string();
    const auto r = runProgram(benchPath(), "--sizes 50 --runs 1 --no-shapes --output '" + file + "'");
    INFO(r.err);
    CHECK(r.exitCode == 0);
    const std::string written = readAll(file);
    std::remove(file.c_str());
    CHECK(written == r.out);
    CHECK(has(written, "\n50 "));            // the reschedule row of the 50-task plan
    CHECK(has(written, "50-task file"));     // the file round trip of the largest size
    CHECK_FALSE(has(written, "\n1000 "));    // the default sizes were replaced, not added to
    CHECK_FALSE(has(written, "small files")); // --no-shapes
}
