// SPDX-License-Identifier: MIT
#include "cli/RunCli.h"

#include <catch2/catch.hpp>

using certplan::test::runCli;

TEST_CASE("certplan-cli --version prints the version and exits 0", "[cli]")
{
    const auto r = runCli("--version");
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("certplan-cli 0.1.0") != std::string::npos);
}

TEST_CASE("certplan-cli with no command is a usage error (exit 2)", "[cli]")
{
    const auto r = runCli("");
    CHECK(r.exitCode == 2);
    CHECK_FALSE(r.err.empty());
}

TEST_CASE("certplan-cli with an unknown option is a usage error (exit 2)", "[cli]")
{
    const auto r = runCli("show --no-such-option x.certplan");
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("no-such-option") != std::string::npos);
}
