// SPDX-License-Identifier: MIT
// The surveillance-slot rule (one per interval from the cycle's start) and the
// once-per-calendar-year rule must never contradict each other: a cycle that
// starts late in its year gets a slot for every calendar year the second rule
// demands an audit in. Decision 2027-06-30: expiry 2030-06-30, restorable
// until 2030-12-30; cycle 2 expires 2033-06-30, its recertification window
// opens 2032-12-30.
#include "commands/AuditCommands.h"
#include "lifecycle/AuditProgramme.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

namespace {

const Date kD0 = d(2027, 6, 30);

std::vector<std::string> windows(const ProgrammeCycle& c)
{
    std::vector<std::string> out;
    for (const auto& s : c.surveillances)
        out.push_back(formatIsoDate(s.window.open) + ".." + formatIsoDate(s.window.close) +
                      (s.calendarYear ? " (calendar year)" : ""));
    return out;
}

ProgrammeCycle cycle2After(Date renewal)
{
    const auto p = computeProgramme(kD0, ProgrammeRules{}, 2, {renewal});
    REQUIRE(p.cycles.size() == 2);
    return p.cycles[1];
}

} // namespace

TEST_CASE("Cycle 2 slots on the boundary days of a restoration or an early renewal", "[lifecycle][kind7]")
{
    struct Row {
        Date decision;
        std::vector<std::string> slots;
    };
    const std::vector<Row> rows = {
        // Restored a day before the last permitted day: the interval slots still cover 2031 and 2032.
        {d(2030, 12, 29), {"2030-12-29..2031-12-29", "2031-12-30..2032-12-29"}},
        // Restored on the last permitted day: the second interval due date (2032-12-30) is the day the
        // recertification window opens, so 2032 gets a calendar-year slot.
        {d(2030, 12, 30), {"2030-12-30..2031-12-30", "2031-12-31..2032-12-31 (calendar year)"}},
        // Renewed on time, mid-year: nothing added.
        {d(2030, 6, 30), {"2030-06-30..2031-06-30", "2031-07-01..2032-06-30"}},
        // Renewed on the first day of the recertification window: 2030, 2031 and 2032 each need one.
        {d(2029, 12, 30), {"2029-12-30..2030-12-30", "2030-12-31..2031-12-30", "2031-12-31..2032-12-31 (calendar year)"}},
        // Renewed a day later: the third interval due date falls on 2032-12-31, after the window opens.
        {d(2029, 12, 31), {"2029-12-31..2030-12-31", "2031-01-01..2031-12-31", "2032-01-01..2032-12-31 (calendar year)"}},
    };
    for (const auto& row : rows) {
        INFO(formatIsoDate(row.decision));
        CHECK(windows(cycle2After(row.decision)) == row.slots);
    }
}

TEST_CASE("Calendar-year slots with other body settings", "[lifecycle][kind7]")
{
    // An 18-month interval leaves 2029 without a slot closing in it.
    ProgrammeRules r;
    r.surveillanceIntervalMonths = 18;
    auto p = computeProgramme(kD0, r, 1);
    CHECK(windows(p.cycles[0]) ==
          std::vector<std::string>{"2027-06-30..2028-06-30", "2028-07-01..2029-12-31 (calendar year)"});
    // A four-year cycle with a two-year interval: the missing year sits between two interval slots.
    r.cycleYears = 4;
    r.surveillanceIntervalMonths = 24;
    p = computeProgramme(kD0, r, 1);
    CHECK(windows(p.cycles[0]) == std::vector<std::string>{"2027-06-30..2028-06-30",
                                                           "2028-07-01..2029-12-31 (calendar year)",
                                                           "2030-01-01..2030-06-30"});
}

TEST_CASE("Own case restored-last-day: one audit per calendar year, each finds its slot, no warning",
          "[lifecycle][kind7]")
{
    LoadedCase c = loadLifecycleCase("restored-last-day.certplan");
    CertificateProgramme p = programmeOf(c);
    REQUIRE(p.programme);
    REQUIRE(p.programme->cycles.size() == 2);
    CHECK(p.programme->cycles[0].outcome == CycleOutcome::Restored);
    CHECK(p.warnings.empty());
    const ProgrammeEvent* s1 = findEvent(p, ProgrammeEventKind::Surveillance, 2, 1);
    const ProgrammeEvent* s2 = findEvent(p, ProgrammeEventKind::Surveillance, 2, 2);
    REQUIRE(s1);
    REQUIRE(s2);
    CHECK(s1->audit == "c2-s1");
    CHECK(s1->assessment.reason.empty()); // 2031-12-30: the last day of its window
    CHECK(s2->audit == "c2-s2");
    CHECK(s2->assessment.reason.empty()); // 2032-12-31: the last day of 2032

    // Removing the 2032 audit draws the calendar-year warning, and its slot waits for one.
    c.plan.audits.erase(c.plan.audits.begin() + 4);
    p = programmeOf(c);
    CHECK(p.warnings == std::vector<std::string>{
                            "cycle 2: no surveillance audit planned in 2032 (at least one per calendar year)"});
    s2 = findEvent(p, ProgrammeEventKind::Surveillance, 2, 2);
    REQUIRE(s2);
    CHECK(s2->audit.empty());
    CHECK(s2->assessment.state == AuditState::Overdue); // the status date 2033-01-15 is past 2032-12-31

    // Planning the cycle's empty slots puts the missing one inside 2032.
    c.plan.audits.erase(c.plan.audits.begin() + 3, c.plan.audits.end());
    CyclePlanSpec spec;
    spec.certificate = "cert";
    spec.cycle = 2;
    spec.statusDate = d(2031, 1, 10);
    const auto cmd = planCycleAudits(c.plan, nullptr, spec);
    REQUIRE(cmd);
    Plan planned = c.plan;
    (*cmd)->apply(planned);
    std::vector<std::string> dates;
    for (const auto& a : planned.audits)
        if (a.cycle == 2)
            dates.push_back(formatIsoDate(*a.planned));
    // On working days: 2031-11-30 and 2033-05-01 are Sundays, so the Friday before.
    CHECK(dates == std::vector<std::string>{"2031-11-28", "2032-12-01", "2033-04-29"});
}
