// SPDX-License-Identifier: MIT
// The CLI reads the plan after "Plan Next Cycle's Audits" as the app does: the
// certification project's finish, float and critical count are unchanged and
// it says which finish is which (schedule/ProjectScope.h).
#include "cli/RunCli.h"

#include "commands/AuditCommands.h"
#include "commands/Document.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace certplan;
using namespace certplan::test;

TEST_CASE("schedule and show of the example with cycle 2 planned keep the project finish and critical count",
          "[cli][schedule][audits]")
{
    auto loaded = readPlanFile(templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    Document doc;
    doc.replace(loaded->plan, "");
    CyclePlanSpec spec;
    spec.certificate = "cert-20000-1";
    spec.cycle = 2;
    spec.statusDate = Date(2026, 11, 24);
    REQUIRE(doc.execute(planCycleAudits(doc.plan(), &doc.schedule(), spec)));
    const auto dir = std::filesystem::temp_directory_path() / ("certplan-cycle-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const std::string file = (dir / "cycle2.certplan").string();
    REQUIRE(savePlanFile(doc.plan(), file));

    auto r = runCli("schedule '" + file + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Schedule: 2026-06-01 to 2033-06-03") != std::string::npos);
    CHECK(r.out.find("Certification project to 2030-06-18, ms-recert (Recertification decision): float and the "
                     "critical path are measured to it; the audits of later cycles (4 tasks) run to 2033-06-03") !=
          std::string::npos);
    CHECK(r.out.find("-> ms-recert (Recertification decision)\n") != std::string::npos);

    r = runCli("show '" + file + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("35 critical") != std::string::npos);
    CHECK(r.out.find("2030-06-18 (Recertification decision); later cycles' audits to 2033-06-03") !=
          std::string::npos);

    // The example without later cycles prints neither line.
    r = runCli("schedule '" + templatePath("examples/northwind-iso20000.certplan") + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Certification project to") == std::string::npos);
    std::filesystem::remove_all(dir);
}
