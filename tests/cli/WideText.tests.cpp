// SPDX-License-Identifier: MIT
// Names in CJK, with emoji or with combining accents: the CLI's tables pad by
// terminal columns, not by characters, so every column starts at the same
// place on every row, whatever the locale (LANG=C makes wcwidth useless).
#include "cli/RunCli.h"
#include "cli/TableAlignment.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace certplan::test;

namespace {

// Each command runs under both; the widths must not depend on the locale.
const char* const kLocales[] = {"LC_ALL=C LANG=C", "LC_ALL=C.UTF-8 LANG=C.UTF-8"};

// A copy of the shared case /work/shared/cases/scheduling/wide-names.certplan,
// and our own: CJK (2 columns each), combining accents written as separate code
// points (0), a ZWJ family emoji (5 code points, 2 columns), a flag, VS16 emoji,
// in task, phase, milestone, resource and checklist names.
const std::string kWideNames = dataPath("good/wide-names.certplan");
const std::string kWideMarks = dataPath("good/wide-marks.certplan");

void requireAligned(const CliRun& r, const std::string& header, int rows, const std::set<std::string>& right,
                    const std::set<std::string>& indented = {})
{
    const TableCheck t = checkTable(r.out, header, right, indented);
    INFO("table under '" << header << "':\n" << t.problems);
    CHECK(t.problems.empty());
    CHECK(t.rows == rows);
}

const std::set<std::string> kScheduleRight = {"DAYS", "FLOAT", "FREE"};

} // namespace

TEST_CASE("schedule lines up CJK and emoji task names under LANG=C and C.UTF-8", "[cli][text][width]")
{
    for (const char* env : kLocales) {
        INFO(env);
        const auto r = runCli("schedule '" + kWideNames + "'", env);
        REQUIRE(r.exitCode == 0);
        requireAligned(r, "WBS", 3, kScheduleRight);
    }
}

TEST_CASE("schedule lines up names with combining marks, ZWJ emoji and flags", "[cli][text][width]")
{
    for (const char* env : kLocales) {
        INFO(env);
        const auto r = runCli("schedule '" + kWideMarks + "'", env);
        REQUIRE(r.exitCode == 0);
        requireAligned(r, "WBS", 7, kScheduleRight, {"TASK"});
    }
}

TEST_CASE("show lines up its tables whatever the width of the names", "[cli][text][width]")
{
    for (const char* env : kLocales) {
        INFO(env);
        // wide-names has neither phases nor milestones (show lists no leaf tasks): its tables stay empty.
        auto r = runCli("show '" + kWideNames + "'", env);
        REQUIRE(r.exitCode == 0);
        requireAligned(r, "  #", 0, {"#", "TASKS", "DONE"});

        r = runCli("show '" + kWideMarks + "'", env);
        REQUIRE(r.exitCode == 0);
        requireAligned(r, "  #", 2, {"#", "TASKS", "DONE"});
        requireAligned(r, "  DATE", 2, {});
        requireAligned(r, "  ID", 3, {"TASKS"});
        requireAligned(r, "  CLAUSE", 2, {"ITEMS", "READINESS"});
        // The title's underline is as wide as the title on screen: 認証計画 (8) + " Café" (5).
        CHECK(r.out.rfind("\u8a8d\u8a3c\u8a08\u753b Cafe\u0301\n=============\n", 0) == 0);
    }
}

TEST_CASE("resources and gap line up wide names", "[cli][text][width]")
{
    for (const char* env : kLocales) {
        INFO(env);
        auto r = runCli("resources '" + kWideMarks + "'", env);
        REQUIRE(r.exitCode == 0);
        requireAligned(r, "  ID", 3, {"TASKS", "WORK (PERSON-DAYS)", "PEAK", "MAX"});

        r = runCli("gap '" + kWideMarks + "'", env);
        REQUIRE(r.exitCode == 0);
        requireAligned(r, "CLAUSE", 4, {"CONF", "PART", "NONC", "TODO", "N/A", "READINESS"}, {"CLAUSE"});
    }
}
