// SPDX-License-Identifier: MIT
// Surveillance timed around each anniversary of the initial decision with the
// body's tolerance (ProgrammeRules::anniversarySurveillance), limited by R10
// (the first one within 12 months of the decision) and R11 (one per calendar
// year except the recertification year). Every expected window below is
// counted by hand: anniversary - before .. anniversary + after, month ends
// clamped (core/Date.h), see lifecycle/SurveillanceSlots.h.
#include "lifecycle/AuditProgramme.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

namespace {

ProgrammeRules anniversary(int before = 3, int after = 3)
{
    ProgrammeRules r;
    r.anniversarySurveillance = true;
    r.anniversaryBeforeMonths = before;
    r.anniversaryAfterMonths = after;
    return r;
}

std::vector<std::string> windows(const ProgrammeCycle& c)
{
    std::vector<std::string> out;
    for (const auto& s : c.surveillances)
        out.push_back(formatIsoDate(s.window.open) + ".." + formatIsoDate(s.window.close) +
                      (s.calendarYear ? " (calendar year)" : "") + (s.firstCapped ? " (R10)" : ""));
    return out;
}

using Lines = std::vector<std::string>;

} // namespace

TEST_CASE("Anniversary windows of a mid-year decision, the first closing on the R10 limit", "[lifecycle][anniversary]")
{
    // D0 2027-06-30: anniversaries 2028-06-30 and 2029-06-30; +3 months would
    // close the first on 2028-09-30, past D0 + 12 months.
    const auto p = computeProgramme(d(2027, 6, 30), anniversary(), 2, {d(2030, 6, 30)});
    REQUIRE(p.cycles.size() == 2);
    CHECK(windows(p.cycles[0]) == Lines{"2028-03-30..2028-06-30 (R10)", "2029-03-30..2029-09-30"});
    REQUIRE(p.cycles[0].surveillances[0].anniversary);
    CHECK(*p.cycles[0].surveillances[0].anniversary == d(2028, 6, 30));
    // Cycle 2 counts anniversaries 4 and 5 of D0 and has no R10 limit.
    CHECK(windows(p.cycles[1]) == Lines{"2031-03-30..2031-09-30", "2032-03-30..2032-09-30"});
    // The interval timing of the same certificate, for contrast.
    const auto interval = computeProgramme(d(2027, 6, 30), ProgrammeRules{}, 1);
    CHECK(windows(interval.cycles[0]) == Lines{"2027-06-30..2028-06-30", "2028-07-01..2029-06-30"});
}

TEST_CASE("Anniversary windows at month ends and on 29 February", "[lifecycle][anniversary]")
{
    // 2028-05-31 - 3 months = 2028-02-29 (leap year), 2029-05-31 - 3 months = 2029-02-28.
    auto p = computeProgramme(d(2027, 5, 31), anniversary(), 1);
    CHECK(windows(p.cycles[0]) == Lines{"2028-02-29..2028-05-31 (R10)", "2029-02-28..2029-08-31"});
    // A decision on 29 February: its anniversaries fall on 28 February, except
    // in leap years (2032-02-29, counted from D0 like expiry, no drift).
    p = computeProgramme(d(2028, 2, 29), anniversary(), 2, {d(2031, 2, 28)});
    REQUIRE(p.cycles.size() == 2);
    CHECK(windows(p.cycles[0]) == Lines{"2028-11-28..2029-02-28 (R10)", "2029-11-28..2030-05-28"});
    CHECK(windows(p.cycles[1]) == Lines{"2031-11-29..2032-05-29", "2032-11-28..2033-05-28"});
    // A December decision: the second window straddles the year end and still
    // serves 2029, so no calendar-year slot is added.
    p = computeProgramme(d(2027, 12, 15), anniversary(), 1);
    CHECK(windows(p.cycles[0]) == Lines{"2028-09-15..2028-12-15 (R10)", "2029-09-15..2030-03-15"});
}

TEST_CASE("Anniversary tolerance 0, asymmetric and as large as 12 months", "[lifecycle][anniversary]")
{
    // Tolerance 0: each window is the anniversary itself.
    auto p = computeProgramme(d(2027, 6, 30), anniversary(0, 0), 1);
    CHECK(windows(p.cycles[0]) == Lines{"2028-06-30..2028-06-30", "2029-06-30..2029-06-30"});
    // Only before: the first window is not cut by R10.
    p = computeProgramme(d(2027, 6, 30), anniversary(2, 0), 1);
    CHECK(windows(p.cycles[0]) == Lines{"2028-04-30..2028-06-30", "2029-04-30..2029-06-30"});
    // 12 months each way: window 1 runs from D0 to the R10 limit; window 2
    // would open on 2028-06-30, a day window 1 holds, so it opens the day
    // after, and closes the day before the recertification window opens
    // (2029-12-30).
    p = computeProgramme(d(2027, 6, 30), anniversary(12, 12), 2, {d(2030, 6, 30)});
    REQUIRE(p.cycles.size() == 2);
    CHECK(windows(p.cycles[0]) == Lines{"2027-06-30..2028-06-30 (R10)", "2028-07-01..2029-12-29"});
    // Cycle 2: window 4 claims 2030-06-30 .. 2032-06-30, window 5 2031-06-30 ..
    // 2032-12-29; the 367 shared days 2031-06-30 .. 2032-06-30 are split, 184
    // to the earlier window (to 2031-12-30), the rest to the later.
    CHECK(windows(p.cycles[1]) == Lines{"2030-06-30..2031-12-30", "2031-12-31..2032-12-29"});
}

TEST_CASE("Anniversary windows of a cycle that starts away from the anniversary", "[lifecycle][anniversary]")
{
    const Date d0 = d(2027, 6, 30);
    // Renewed on the first day of the recertification window (2029-12-30):
    // 2030 has no window, so it gets a calendar-year slot from the start.
    auto p = computeProgramme(d0, anniversary(), 2, {d(2029, 12, 30)});
    REQUIRE(p.cycles.size() == 2);
    CHECK(windows(p.cycles[1]) ==
          Lines{"2029-12-30..2030-12-31 (calendar year)", "2031-03-30..2031-09-30", "2032-03-30..2032-09-30"});
    // Restored on the last permitted day (2030-12-30): the two windows cover 2031 and 2032.
    p = computeProgramme(d0, anniversary(), 2, {d(2030, 12, 30)});
    CHECK(windows(p.cycles[1]) == Lines{"2031-03-30..2031-09-30", "2032-03-30..2032-09-30"});
    // A body that allows 18 months of restoration (until 2031-12-30): restored
    // 2031-08-15, window 4 opens on the cycle's start; restored 2031-10-15,
    // window 4 has closed before the cycle starts and is dropped.
    ProgrammeRules r = anniversary();
    r.restorationMonths = 18;
    p = computeProgramme(d0, r, 2, {d(2031, 8, 15)});
    CHECK(windows(p.cycles[1]) == Lines{"2031-08-15..2031-09-30", "2032-03-30..2032-09-30"});
    p = computeProgramme(d0, r, 2, {d(2031, 10, 15)});
    CHECK(windows(p.cycles[1]) == Lines{"2032-03-30..2032-09-30"});
}

TEST_CASE("The R10 limit before the tolerance window opens, and a recertification window that starts early",
          "[lifecycle][anniversary]")
{
    // A body asking for the first surveillance within 6 months: 2028-06-30 -
    // 3 months is after that limit, so the window runs from D0 to it. That
    // leaves 2028 without a window: it gets a calendar-year slot.
    ProgrammeRules r = anniversary();
    r.firstSurveillanceMonths = 6;
    auto p = computeProgramme(d(2027, 6, 30), r, 1);
    CHECK(windows(p.cycles[0]) == Lines{"2027-06-30..2027-12-30 (R10)", "2027-12-31..2028-12-31 (calendar year)",
                                        "2029-03-30..2029-09-30"});
    // A 10-month recertification window opens 2029-08-30: window 2 closes the day before.
    r = anniversary();
    r.recertWindowMonths = 10;
    p = computeProgramme(d(2027, 6, 30), r, 1);
    CHECK(windows(p.cycles[0]) == Lines{"2028-03-30..2028-06-30 (R10)", "2029-03-30..2029-08-29"});
}

TEST_CASE("Own case anniversary-surveillance: audits near the anniversaries fit, a December one is at risk",
          "[lifecycle][anniversary]")
{
    LoadedCase c = loadLifecycleCase("anniversary-surveillance.certplan");
    CertificateProgramme p = programmeOf(c);
    REQUIRE(p.programme);
    CHECK(p.programme->rules.anniversarySurveillance);
    const ProgrammeEvent* s1 = findEvent(p, ProgrammeEventKind::Surveillance, 1, 1);
    const ProgrammeEvent* s2 = findEvent(p, ProgrammeEventKind::Surveillance, 1, 2);
    REQUIRE(s1);
    REQUIRE(s2);
    CHECK(s1->audit == "s1");
    CHECK(formatIsoDate(s1->window->open) + ".." + formatIsoDate(s1->window->close) == "2028-02-29..2028-05-31");
    CHECK(s1->assessment.state == AuditState::Done);
    CHECK(s1->assessment.reason.empty());
    CHECK(s2->audit == "s2");
    CHECK(formatIsoDate(s2->window->open) + ".." + formatIsoDate(s2->window->close) == "2029-02-28..2029-08-31");
    CHECK(s2->assessment.state == AuditState::AtRisk);
    CHECK(s2->assessment.reason == "planned after its window closes on 2029-08-31");
    CHECK(p.warnings.empty()); // one audit in 2028 and one in 2029: the calendar-year rule is met
}

TEST_CASE("Anniversary windows of a decision dated 9994 to 9999-12-31 are computed without throwing",
          "[lifecycle][anniversary][hostile]")
{
    for (const Date d0 : {d(9994, 1, 15), d(9997, 6, 30), d(9999, 12, 31)}) {
        INFO(formatIsoDate(d0));
        for (const int tolerance : {0, 3, 12}) {
            CertificationProgramme p;
            REQUIRE_NOTHROW(p = computeProgrammeUntil(d0, anniversary(tolerance, tolerance), maxSupportedDate()));
            REQUIRE_FALSE(p.cycles.empty());
            CHECK(p.cycles.size() <= 3);
            for (const auto& c : p.cycles)
                for (const auto& s : c.surveillances) {
                    CHECK(s.window.open <= s.window.close);
                    CHECK(s.window.close <= maxSupportedDate());
                }
        }
    }
}

TEST_CASE("Anniversary windows never overlap and each needed calendar year has one, whatever the tolerance",
          "[lifecycle][anniversary]")
{
    // Decision days across 2027-2028 and the awkward ones (31 December,
    // 29 February, 31 January), tolerances 0 to 12, recertification windows
    // of 6 and 14 months, three cycles renewed early, on time and restored:
    // windows in order, disjoint, inside the cycle; a distinct slot with a day
    // in each calendar year R11 asks for; the first of cycle 1 closing by
    // D0 + 12 months.
    std::vector<Date> decisionDays = {d(2027, 12, 31), d(2028, 12, 31), d(2028, 2, 29), d(2027, 1, 31)};
    for (Date d0 = d(2027, 1, 1); d0 <= d(2028, 12, 31); d0 = addDays(d0, 37))
        decisionDays.push_back(d0);
    int checked = 0;
    for (const Date d0 : decisionDays) {
        for (const int window : {6, 14})
            for (const int before : {0, 1, 3, 6, 11, 12})
            for (const int after : {0, 2, 3, 6, 12}) {
                const std::vector<OptDate> decisions = {addMonths(d0, 36 - window), addMonths(d0, 72),
                                                        addMonths(d0, 112)};
                ProgrammeRules r = anniversary(before, after);
                r.recertWindowMonths = window;
                const auto p = computeProgramme(d0, r, 3, decisions);
                for (const auto& c : p.cycles) {
                    INFO(formatIsoDate(d0) << " -" << before << "/+" << after << " window " << window << " cycle "
                                           << c.number);
                    Date prev = addDays(c.start, -1);
                    for (const auto& s : c.surveillances) {
                        CHECK(s.window.open > prev);
                        CHECK(s.window.open <= s.window.close);
                        CHECK(s.window.open >= c.start);
                        prev = s.window.close;
                    }
                    if (c.number == 1) {
                        REQUIRE_FALSE(c.surveillances.empty());
                        CHECK(c.surveillances.front().window.close <= addMonths(d0, 12));
                    }
                    std::size_t next = 0;
                    for (int y = c.start.year() + 1; y < c.expiry.year(); ++y) {
                        while (next < c.surveillances.size() &&
                               c.surveillances[next].window.close.year() < y)
                            ++next;
                        CHECK(next < c.surveillances.size());
                        if (next < c.surveillances.size())
                            CHECK(c.surveillances[next].window.open.year() <= y);
                        ++next;
                        ++checked;
                    }
                }
            }
    }
    CHECK(checked > 1000);
}
