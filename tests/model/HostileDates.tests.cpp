// SPDX-License-Identifier: MIT
// Every date the loader accepts survives every computation: derived dates past
// 9999-12-31 (boost::gregorian's end) saturate there instead of throwing.
#include "lifecycle/AuditCalendar.h"
#include "lifecycle/AuditProgramme.h"
#include "lifecycle/NonconformityDue.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using certplan::test::d;

TEST_CASE("Month, year and day arithmetic saturates at the ends of the supported range", "[model][dates][hostile]")
{
    CHECK(addMonths(d(9999, 12, 31), 1) == d(9999, 12, 31));
    CHECK(addMonths(d(9999, 7, 31), 6) == d(9999, 12, 31));
    CHECK(addMonths(d(9999, 7, 31), 5) == d(9999, 12, 31));
    CHECK(addMonths(d(9999, 8, 31), 3) == d(9999, 11, 30)); // clamping still works inside the range
    CHECK(addYears(d(9994, 5, 1), 6) == d(9999, 12, 31));
    CHECK(addYears(d(2027, 5, 1), 2000000000) == d(9999, 12, 31));
    CHECK(addMonths(d(1400, 3, 1), -3) == d(1400, 1, 1));
    CHECK(addDays(d(9999, 12, 31), 1) == d(9999, 12, 31));
    CHECK(addDays(d(9999, 12, 30), 1) == d(9999, 12, 31));
    CHECK(addDays(d(1400, 1, 1), -1) == d(1400, 1, 1));
    CHECK(addDays(d(2027, 1, 1), 36500) == d(2126, 12, 8));
}

TEST_CASE("A programme from a decision dated 9994 to 9999-12-31 is computed without throwing", "[model][dates][hostile]")
{
    for (const Date d0 : {d(9994, 1, 15), d(9997, 6, 30), d(9999, 12, 31)}) {
        INFO(formatIsoDate(d0));
        CertificationProgramme p;
        REQUIRE_NOTHROW(p = computeProgramme(d0, ProgrammeRules{}, 2));
        REQUIRE_FALSE(p.cycles.empty());
        for (const auto& c : p.cycles) {
            CHECK(c.expiry <= maxSupportedDate());
            CHECK(c.restoration.close <= maxSupportedDate());
            CHECK_NOTHROW(formatIsoDate(c.restoration.open));
        }
        // Until the last date: finishes, and never repeats a cycle.
        REQUIRE_NOTHROW(p = computeProgrammeUntil(d0, ProgrammeRules{}, maxSupportedDate()));
        CHECK(p.cycles.size() <= 3);
    }
}

TEST_CASE("The audit calendar of a certificate decided 9999-12-31 says the dates are beyond the range",
          "[model][dates][hostile]")
{
    Plan p = certplan::test::minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = d(9999, 12, 31);
    p.certificates.push_back(c);
    Audit s;
    s.id = "s1";
    s.certificate = "cert";
    s.type = AuditType::Surveillance;
    s.planned = d(9999, 12, 30);
    s.durationDays = 365;
    p.audits.push_back(s);
    ProgrammeOptions o;
    o.statusDate = d(9999, 12, 31);
    o.cycles = 50;
    std::vector<CertificateProgramme> out;
    REQUIRE_NOTHROW(out = planAuditProgrammes(p, nullptr, o));
    REQUIRE(out.size() == 1);
    bool said = false;
    for (const auto& w : out[0].warnings)
        said = said || w.find("beyond the supported range (after 9999-12-31)") != std::string::npos;
    CHECK(said);
    for (const auto& e : combinedCalendar(out)) {
        CHECK_NOTHROW(formatIsoDate(e.sortDate()));
        if (e.plannedEnd)
            CHECK(*e.plannedEnd <= maxSupportedDate());
    }
}

TEST_CASE("Nonconformity due dates near 9999 are computed without throwing", "[model][dates][hostile]")
{
    Plan p = certplan::test::minimalPlan();
    Certificate c;
    c.id = "cert";
    c.rules.ncRules.at(FindingOrigin::Internal, true) = {36500, std::nullopt, 1200};
    c.rules.ncRules.at(FindingOrigin::Internal, false) = {36500, 36500, std::nullopt};
    p.certificates.push_back(c);
    Nonconformity major;
    major.id = "nc";
    major.ncClass = NcClass::Major;
    major.raised = d(9999, 12, 20);
    major.certificate = "cert";
    p.nonconformities.push_back(major);
    Nonconformity minor = major;
    minor.ncClass = NcClass::Minor;
    p.nonconformities.push_back(minor);
    for (const auto& nc : p.nonconformities) {
        NcDue due;
        REQUIRE_NOTHROW(due = nonconformityDue(p, nullptr, nc, d(9999, 12, 31)));
        REQUIRE(due.due);
        CHECK(*due.due == d(9999, 12, 31));
        CHECK(due.daysLeft == 0);
        CHECK_FALSE(due.overdue);
    }
}
