// SPDX-License-Identifier: MIT
// Audit time (rule R18): the IAF MD 5 QMS table at every row boundary,
// rounding to the half day, the reductions, the shares per audit type, the
// body's rows and fixed days, and the headcounts the table cannot answer.
#include "lifecycle/AuditTime.h"

#include <catch2/catch.hpp>

using namespace certplan;

namespace {

AuditTimeRules withHeadcount(int persons)
{
    AuditTimeRules r;
    r.headcount = persons;
    return r;
}

std::optional<int> halfDays(const AuditTimeRules& r, AuditType t)
{
    return computeAuditTime(r).figure(t).halfDays;
}

// Stage 1 + stage 2 of the initial audit, in half days.
int initial(const AuditTimeRules& r)
{
    const AuditTimeResult res = computeAuditTime(r);
    INFO(res.error);
    REQUIRE(res.initialHalfDays);
    CHECK(*res.figure(AuditType::Stage1).halfDays + *res.figure(AuditType::Stage2).halfDays == *res.initialHalfDays);
    return *res.initialHalfDays;
}

} // namespace

TEST_CASE("The default audit time table is IAF MD 5's QMS table, row by row", "[audit-time]")
{
    // Written out here from the domain brief, independently of the table in the model:
    // first and last headcount of each row, then its days (x2, half days).
    struct Row {
        int from, to, halfDays;
    };
    const Row rows[] = {{1, 5, 3},          {6, 10, 4},         {11, 15, 5},        {16, 25, 6},
                        {26, 45, 8},        {46, 65, 10},       {66, 85, 12},       {86, 125, 14},
                        {126, 175, 16},     {176, 275, 18},     {276, 425, 20},     {426, 625, 22},
                        {626, 875, 24},     {876, 1175, 26},    {1176, 1550, 28},   {1551, 2025, 30},
                        {2026, 2675, 32},   {2676, 3450, 34},   {3451, 4350, 36},   {4351, 5450, 38},
                        {5451, 6800, 40},   {6801, 8500, 42},   {8501, 10700, 44}};
    REQUIRE(defaultAuditTimeTable().size() == std::size(rows));
    for (const Row& row : rows)
        for (const int persons : {row.from, row.to}) {
            INFO(persons << " persons");
            CHECK(initial(withHeadcount(persons)) == row.halfDays);
        }
    const AuditTimeResult r = computeAuditTime(withHeadcount(55)); // EA FAQ 37.23: 55 persons -> 5 days
    CHECK(r.initialHalfDays == 10);
    CHECK(r.defaultTable);
    CHECK(r.tableLabel == "IAF MD 5 QMS table (default)");
    CHECK(r.basis == "55 persons: row 46-65 -> 5 days");
}

TEST_CASE("Audit time at the table's first and last boundaries", "[audit-time]")
{
    CHECK(initial(withHeadcount(1)) == 3);
    CHECK(initial(withHeadcount(5)) == 3);  // 1.5 days
    CHECK(initial(withHeadcount(6)) == 4);  // 2 days
    CHECK(initial(withHeadcount(10700)) == 44);
    const AuditTimeResult beyond = computeAuditTime(withHeadcount(10701));
    CHECK_FALSE(beyond.initialHalfDays);
    CHECK(beyond.error == "10701 persons is beyond the table's last row (up to 10700 persons) and no rule for above "
                         "it is given (above-persons and above-days), so the table gives no audit time; give the "
                         "body's days per audit type");
    for (const AuditTimeFigure& f : beyond.figures) {
        CHECK_FALSE(f.halfDays);
        CHECK_FALSE(f.error.empty());
    }
}

TEST_CASE("A rule for above the table adds days per started block of persons", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(10701);
    r.abovePersons = 2200;
    r.aboveHalfDays = 2;
    CHECK(initial(r) == 46); // 22 + 1
    r.headcount = 12900;
    CHECK(initial(r) == 46);
    r.headcount = 12901;
    CHECK(initial(r) == 48);
    CHECK(computeAuditTime(r).basis ==
          "12901 persons: last row (up to 10700) 22 days + 2 x 1 day per started 2200 persons above it -> 24 days");
}

TEST_CASE("Audit time is rounded to the nearest half day, a tie upwards", "[audit-time]")
{
    AuditTimeRules r;
    r.table = {{100, 20}, {200, 21}}; // 10 and 10.5 days
    r.headcount = 50;
    r.surveillancePercent = 53; // 5.3 days
    CHECK(halfDays(r, AuditType::Surveillance) == 11);
    r.surveillancePercent = 52; // 5.2 days
    CHECK(halfDays(r, AuditType::Surveillance) == 10);
    r.surveillancePercent = 57; // 5.7 days
    CHECK(halfDays(r, AuditType::Surveillance) == 11);
    r.surveillancePercent = 58; // 5.8 days
    CHECK(halfDays(r, AuditType::Surveillance) == 12);
    r.headcount = 150;
    r.surveillancePercent = 50; // 5.25 days: the tie goes up
    CHECK(halfDays(r, AuditType::Surveillance) == 11);
}

TEST_CASE("Surveillance is a third and recertification two thirds of the initial time unless set", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(55); // 5 days
    CHECK(halfDays(r, AuditType::Surveillance) == 3);     // 1.67 -> 1.5
    CHECK(halfDays(r, AuditType::Recertification) == 7);  // 3.33 -> 3.5
    CHECK(halfDays(r, AuditType::Stage1) == 3);           // 30 % of 5 = 1.5
    CHECK(halfDays(r, AuditType::Stage2) == 7);           // the rest: 3.5
    r.headcount = 10700; // 22 days
    CHECK(halfDays(r, AuditType::Surveillance) == 15);    // 7.33 -> 7.5
    CHECK(halfDays(r, AuditType::Recertification) == 29); // 14.67 -> 14.5
    r.surveillancePercent = 30;
    r.recertificationPercent = 60;
    r.stage1Percent = 20;
    CHECK(halfDays(r, AuditType::Surveillance) == 13);    // 6.6 -> 6.5
    CHECK(halfDays(r, AuditType::Recertification) == 26); // 13.2 -> 13
    CHECK(halfDays(r, AuditType::Stage1) == 9);           // 4.4 -> 4.5
    CHECK(halfDays(r, AuditType::Stage2) == 35);          // 22 - 4.5
    CHECK(computeAuditTime(r).figure(AuditType::Surveillance).derivation ==
          "30 % of the initial 22 days, to the half day");
}

TEST_CASE("Reductions apply to the table figure, the integration reduction to what remains", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(55); // 5 days
    r.reductionPercent = 10;
    CHECK(initial(r) == 9); // 4.5
    r.reductionPercent = 30;
    CHECK(initial(r) == 7); // 3.5
    r.integrationPercent = 20;
    CHECK(initial(r) == 6); // 5 x 0.7 x 0.8 = 2.8 -> 3 (added up, 50 %, it would be 2.5)
    CHECK(computeAuditTime(r).basis ==
          "55 persons: row 46-65 -> 5 days; -30 % reduction; -20 % integrated audit = 2.8 days, 3 days to the half "
          "day");
    CHECK(halfDays(r, AuditType::Surveillance) == 2); // 2.8 / 3 = 0.93 -> 1
    r.headcount = 1000; // 13 days x 0.56 = 7.28 -> 7.5; a third: 2.43 -> 2.5
    CHECK(initial(r) == 15);
    CHECK(halfDays(r, AuditType::Surveillance) == 5);
}

TEST_CASE("The certificate's fixed days win over the table", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(55);
    r.fixedHalfDays[static_cast<std::size_t>(AuditType::Stage1)] = 4; // 2 days
    r.fixedHalfDays[static_cast<std::size_t>(AuditType::Surveillance)] = 5;
    r.fixedHalfDays[static_cast<std::size_t>(AuditType::Special)] = 2;
    const AuditTimeResult res = computeAuditTime(r);
    CHECK(res.figure(AuditType::Stage1).halfDays == 4);
    CHECK(res.figure(AuditType::Stage1).derivation == "fixed by the certificate (the body's figure)");
    CHECK(res.figure(AuditType::Stage2).halfDays == 6); // 5 - 2: stage 1 + 2 stays the table's figure
    CHECK(res.figure(AuditType::Surveillance).halfDays == 5);
    CHECK(res.figure(AuditType::Special).halfDays == 2);
    CHECK_FALSE(res.figure(AuditType::Transfer).halfDays);
    CHECK(res.figure(AuditType::Transfer).error ==
          "the table gives no time for special audits, scope extensions and transfer reviews; give the body's days");
    CHECK_FALSE(res.figure(AuditType::ScopeExtension).halfDays); // not two thirds of the initial, as recertification
    // Without a headcount only the fixed days are known.
    r.headcount.reset();
    const AuditTimeResult none = computeAuditTime(r);
    CHECK(none.error == "no effective headcount is given, so the table gives no audit time");
    CHECK(none.figure(AuditType::Stage1).halfDays == 4);
    CHECK_FALSE(none.figure(AuditType::Stage2).halfDays);
    CHECK(none.figure(AuditType::Stage2).error == none.error);
}

TEST_CASE("The body's table replaces the default one", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(30);
    r.table = {{20, 5}, {40, 9}};
    const AuditTimeResult res = computeAuditTime(r);
    CHECK_FALSE(res.defaultTable);
    CHECK(res.tableLabel == "body's table");
    CHECK(res.initialHalfDays == 9);
    CHECK(res.basis == "30 persons: row 21-40 -> 4.5 days");
    r.headcount = 41;
    CHECK(computeAuditTime(r).error.find("beyond the table's last row (up to 40 persons)") != std::string::npos);
}

TEST_CASE("An audit time table must ascend", "[audit-time]")
{
    CHECK_FALSE(checkAuditTimeTable(defaultAuditTimeTable()));
    CHECK(checkAuditTimeTable({{10, 4}, {10, 5}}) ==
          "row 2 of the audit time table (up to 10 persons) does not follow the row before it (up to 10 persons): "
          "rows go in ascending order of persons");
    CHECK(checkAuditTimeTable({{10, 4}, {20, 3}}) ==
          "row 2 of the audit time table (1.5 days) has fewer days than the row before it (2 days): more persons "
          "never need less audit time");
}

TEST_CASE("More audit time than an audit can last is an error, not a figure", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(1000000);
    r.abovePersons = 1;
    r.aboveHalfDays = 730;
    const AuditTimeResult res = computeAuditTime(r);
    CHECK_FALSE(res.figure(AuditType::Stage2).halfDays);
    CHECK(res.figure(AuditType::Stage2).error.find("is more than an audit can last (365 days)") != std::string::npos);
    r.headcount = 10701; // 22 + 365 days: a third (129) fits, stage 2 (271) fits, recert (258) fits
    CHECK(computeAuditTime(r).figure(AuditType::Recertification).halfDays == 516);
}

TEST_CASE("Whole days for the plan are the half days rounded up", "[audit-time]")
{
    AuditTimeFigure f;
    f.halfDays = 3;
    CHECK(f.wholeDays() == 2);
    f.halfDays = 4;
    CHECK(f.wholeDays() == 2);
    f.halfDays = 0;
    CHECK(f.wholeDays() == 0);
    f.halfDays.reset();
    CHECK_FALSE(f.wholeDays());
}

TEST_CASE("Rules outside their limits give no audit time and say which limit", "[audit-time]")
{
    AuditTimeRules r = withHeadcount(55);
    r.reductionPercent = 31;
    const AuditTimeResult res = computeAuditTime(r);
    CHECK(res.error == "reduction-percent is 31; a reduction of audit time (at most 30 % in all, EA FAQ 48.4) is a "
                       "whole number of percent from 0 to 30");
    for (const AuditTimeFigure& f : res.figures)
        CHECK_FALSE(f.halfDays);
    r.reductionPercent = 30;
    CHECK_FALSE(checkAuditTimeRules(r));
    r.integrationPercent = 21;
    CHECK(checkAuditTimeRules(r)->rfind("integration-percent is 21; ", 0) == 0);
    r.integrationPercent = 20;
    CHECK_FALSE(checkAuditTimeRules(r));
    r.surveillancePercent = 101;
    CHECK(checkAuditTimeRules(r)->rfind("surveillance-percent is 101; ", 0) == 0);
    r.surveillancePercent.reset();
    r.abovePersons = 10;
    CHECK(checkAuditTimeRules(r) == "the rule for headcounts above the table takes both above-persons and above-days");
    r.aboveHalfDays = 731;
    CHECK(checkAuditTimeRules(r) == "audit time is written in days and half days (5 or 5.5) from 0 to 365");
    r.aboveHalfDays = 730;
    CHECK_FALSE(checkAuditTimeRules(r));
    r.table = {{10, 4}, {5, 6}};
    CHECK(checkAuditTimeRules(r)->rfind("row 2 of the audit time table", 0) == 0);
}
