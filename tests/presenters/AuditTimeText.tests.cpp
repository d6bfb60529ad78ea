// SPDX-License-Identifier: MIT
// The Audits tab's audit time line: the table, the headcount and the days per
// audit type, or why there are none.
#include "presenters/AuditTimeText.h"

#include <catch2/catch.hpp>

using namespace certplan;

TEST_CASE("The audit time line names the table, the headcount and the days per audit type", "[audit-time][presenters]")
{
    Certificate c;
    c.id = "cert";
    CHECK(present::auditTimeSummary(c).empty()); // no <audit-time>: nothing to show
    c.auditTime = AuditTimeRules{};
    c.auditTime->headcount = 55;
    c.auditTime->fixedHalfDays[static_cast<std::size_t>(AuditType::Transfer)] = 1;
    CHECK(present::auditTimeSummary(c) == "Audit time of cert (IAF MD 5 QMS table (default), 55 persons): stage 1 "
                                          "1.5 d, stage 2 3.5 d, surveillance 1.5 d, recertification 3.5 d, "
                                          "transfer 0.5 d");
    // The reductions granted, and a scope extension's fixed days (the last audit type).
    c.auditTime->reductionPercent = 10;
    c.auditTime->integrationPercent = 20;
    c.auditTime->fixedHalfDays[static_cast<std::size_t>(AuditType::ScopeExtension)] = 2;
    CHECK(present::auditTimeSummary(c) == "Audit time of cert (IAF MD 5 QMS table (default), 55 persons, -10 % "
                                          "reduction, -20 % integrated audit): stage 1 1 d, stage 2 2.5 d, "
                                          "surveillance 1 d, recertification 2.5 d, transfer 0.5 d, scope extension 1 d");
    c.auditTime->reductionPercent = 0;
    c.auditTime->integrationPercent = 0;
    c.auditTime->fixedHalfDays[static_cast<std::size_t>(AuditType::ScopeExtension)].reset();
    c.auditTime->headcount = 20000;
    c.auditTime->table = {{100, 4}};
    CHECK(present::auditTimeSummary(c) ==
          "Audit time of cert (body's table, 20000 persons): transfer 0.5 d (20000 persons is beyond the table's last "
          "row (up to 100 persons) and no rule for above it is given (above-persons and above-days), so the table "
          "gives no audit time; give the body's days per audit type)");
    c.auditTime->fixedHalfDays = {};
    c.auditTime->headcount.reset();
    CHECK(present::auditTimeSummary(c) == "Audit time of cert (body's table): none (no effective headcount is given, "
                                          "so the table gives no audit time)");
    CHECK(present::auditDaysText(3) == "1.5 days");
    CHECK(present::auditDaysText(2) == "1 day");
    CHECK(present::auditDaysText(std::nullopt) == "-");
}
