// SPDX-License-Identifier: MIT
// certplan-cli schedule / resources / baseline, run as a user would. The
// golden plans in tests/golden were checked by hand (see each file's dates in
// the model tests' style: weekends, holidays, exceptions, status date); their
// CSV is compared byte for byte.
#include "cli/RunCli.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace certplan::test;

namespace {

std::string golden(const std::string& name) { return std::string(CERTPLAN_GOLDEN_DIR) + "/" + name; }

std::string tempCopy(const std::string& from, const std::string& name)
{
    const auto dir = std::filesystem::temp_directory_path() / ("certplan-sched-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const auto to = dir / name;
    std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
    return to.string();
}

} // namespace

TEST_CASE("schedule --csv matches the golden schedules exactly", "[cli][schedule][golden]")
{
    for (const char* name : {"constraints-summaries", "progress-resources", "backward-target"}) {
        INFO(name);
        const auto r = runCli("schedule --csv '" + golden(std::string(name) + ".certplan") + "'");
        CHECK(r.exitCode == 0);
        CHECK(r.err.empty());
        CHECK(r.out == readAll(golden(std::string(name) + ".csv")));
    }
}

TEST_CASE("schedule --csv starts with the documented columns and quotes text fields", "[cli][schedule]")
{
    const auto r = runCli("schedule --csv '" + golden("constraints-summaries.certplan") + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.rfind("id,name,start,finish,duration_days,total_float_days,free_float_days,critical", 0) == 0);
    CHECK(r.out.find("\np1,\"Phase 1, \"\"analysis\"\"\",2027-01-04,2027-01-11,5,2,0,0,") != std::string::npos);
    CHECK(r.out.find("\nf,Sign-off,2027-01-19,2027-01-20,2,0,0,1,") != std::string::npos);
}

TEST_CASE("schedule prints WBS, dates, float, critical marks, the critical path and conflicts", "[cli][schedule]")
{
    const auto r = runCli("schedule '" + golden("constraints-summaries.certplan") + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("2.1  c      Build              2027-01-13  2027-01-16     4      1     0") != std::string::npos);
    CHECK(r.out.find("3    f    Sign-off             2027-01-19  2027-01-20     2      0     0  *") != std::string::npos);
    CHECK(r.out.find("1. f (Sign-off) -> g (Handover) -> end (Closed)") != std::string::npos);
    CHECK(r.out.find("Conflicts\n  (none)") != std::string::npos);
}

TEST_CASE("schedule --status-date moves remaining work", "[cli][schedule][progress]")
{
    const auto r = runCli("schedule --csv --status-date 2027-01-14 '" + golden("progress-resources.certplan") + "'");
    REQUIRE(r.exitCode == 0);
    // Half of 4 days remains after Thu 14: Fri 15 and Mon 18.
    CHECK(r.out.find("\npolicy,Policy,2027-01-11,2027-01-18,") != std::string::npos);
    const auto bad = runCli("schedule --status-date 2027-02-30 '" + golden("progress-resources.certplan") + "'");
    CHECK(bad.exitCode == 2);
}

TEST_CASE("schedule of a missing file exits 1", "[cli][schedule]")
{
    const auto r = runCli("schedule /nonexistent/plan.certplan");
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.err.empty());
}

TEST_CASE("resources prints load and over-allocations, --level explains the delays", "[cli][resources]")
{
    const auto r = runCli("resources '" + golden("progress-resources.certplan") + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Resource load") != std::string::npos);
    CHECK(r.out.find("Over-allocations\n  (none)") != std::string::npos);

    const auto ex = runCli("resources --level '" + templatePath("examples/northwind-iso20000.certplan") + "'");
    REQUIRE(ex.exitCode == 0);
    CHECK(ex.out.find("resource 'Ravi Patel' (tool-admin) is over-allocated on 2026-11-25 to 2026-12-04") !=
          std::string::npos);
    CHECK(ex.out.find("im-cmdb (Load the CMDB with configuration items and relationships): 2026-11-25 -> 2026-12-07; "
                      "starts 8 working days later (within its 11 working days of float)") != std::string::npos);
}

TEST_CASE("baseline --save writes the file, --compare reports variance", "[cli][baseline]")
{
    const std::string file = tempCopy(golden("constraints-summaries.certplan"), "plan.certplan");
    auto r = runCli("baseline '" + file + "' --save 'First plan'");
    REQUIRE(r.exitCode == 0);
    CHECK(readAll(file).find("First plan") != std::string::npos);
    r = runCli("baseline '" + file + "' --compare 'First plan'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("0 tasks finish later than in the baseline") != std::string::npos);
    r = runCli("baseline '" + file + "' --compare 'Nope'");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no baseline named 'Nope'; it has 'First plan'") != std::string::npos);
    r = runCli("baseline '" + file + "'");
    CHECK(r.exitCode == 2);
    std::filesystem::remove_all(std::filesystem::path(file).parent_path());
}

TEST_CASE("schedule --help states the milestone and summary dates the schedule gives", "[cli][schedule]")
{
    const auto help = runCli("schedule --help");
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("A milestone tied to a task's\nstart is dated on that task's first day; one after a task's "
                        "finish, on that task's last day.") != std::string::npos);
    CHECK(help.out.find("So a summary that opens with a milestone after a finish starts on that predecessor's "
                        "last\nday, before its own first working day") != std::string::npos);

    // What the text says, on a plan: A works Mon 4 - Tue 5 January 2027, B Wed 6 - Thu 7.
    const auto r = runCli("schedule --csv '" + certplan::test::dataPath("good/milestone-dates.certplan") + "'");
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("\nat-b-start,At the start of B,2027-01-06,2027-01-06,") != std::string::npos); // B's first day
    CHECK(r.out.find("\nafter-a,After A,2027-01-05,2027-01-05,") != std::string::npos);           // A's last day
    CHECK(r.out.find("\ns,Summary,2027-01-05,2027-01-06,") != std::string::npos); // opens on A's last day
    CHECK(r.out.find("\nc,C,2027-01-06,2027-01-06,") != std::string::npos);       // its first working day
}
