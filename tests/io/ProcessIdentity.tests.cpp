// SPDX-License-Identifier: MIT
// Whether the process behind a lock or a recovery copy still runs: a killed
// process that its parent has not reaped yet (a zombie) does not.
#include "safety/ProcessIdentity.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace certplan::safety;

namespace {
char stateOf(long pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    std::getline(in, text);
    const auto close = text.rfind(')');
    return close == std::string::npos || close + 2 >= text.size() ? '?' : text[close + 2];
}
} // namespace

TEST_CASE("A process killed but not yet reaped no longer runs", "[safety][process]")
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::pause();
        std::_Exit(0);
    }
    const unsigned long long ticks = processStartTicks(child);
    CHECK(ticks > 0);
    CHECK(processStillRuns(child, ticks));
    REQUIRE(::kill(child, SIGKILL) == 0);
    for (int i = 0; i < 200 && stateOf(child) != 'Z'; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    REQUIRE(stateOf(child) == 'Z');
    CHECK(processExists(child)); // kill(pid, 0) still answers for a zombie...
    CHECK_FALSE(processStillRuns(child, ticks)); // ...but it will never save or unlock again
    CHECK_FALSE(processStillRuns(child, 0));
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK_FALSE(processStillRuns(child, ticks));
}

TEST_CASE("This process runs", "[safety][process]")
{
    CHECK(processStillRuns(currentPid(), processStartTicks(currentPid())));
    CHECK(processStillRuns(currentPid(), 0));
}
