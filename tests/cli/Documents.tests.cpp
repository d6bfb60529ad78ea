// SPDX-License-Identifier: MIT
#include "cli/RunCli.h"

#include <catch2/catch.hpp>

using namespace certplan::test;

TEST_CASE("certplan-cli documents lists the register with what is not ready and which reviews are overdue",
          "[cli][documents]")
{
    const std::string example = "'" + templatePath("examples/northwind-iso20000.certplan") + "'";
    auto r = runCli("documents " + example + " --mandatory");
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("Documents: 64 in the register; mandatory 18 of 31 approved or published; 0 reviews overdue "
                     "(status date 2026-11-24)") != std::string::npos);
    CHECK(r.out.find("doc-continuity-plan     8.7.2    document  yes  draft") != std::string::npos);
    // A year on, every approved document is past its annual review.
    r = runCli("documents " + example + " --status-date 2027-12-31");
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("reviews overdue (status date 2027-12-31)") != std::string::npos);
    CHECK(r.out.find("REVIEW OVERDUE") != std::string::npos);
    CHECK(runCli("documents").exitCode == 2);
}
