// SPDX-License-Identifier: MIT
#pragma once
// The allowed values of every numeric and date field of a plan, defined once.
// The loader, the edit commands, the CLI options and the GUI editors take their
// limits from here; the XSD (model/io/schema/certplan-1.xsd) states the same
// numbers, and tests/io/FieldBoundaries.tests.cpp checks that it and the loader
// give the same verdict on values at and around every limit.
//
// One rule for all of them: a value outside its range is refused, never moved,
// with one sentence that names the range: "a duration is a whole number of
// working days from 0 to 109573", "a date is written YYYY-MM-DD, from 1950-01-01
// to 2249-12-31".

#include "core/Date.h"

#include <optional>
#include <string>
#include <string_view>

namespace certplan::limits {

// Dates: the 300 years the working-day calendars cover (WorkCalendar::rangeFirst
// and rangeLast return these). A plan date outside them could not be placed on
// a calendar, so it is refused rather than moved to the nearest end.
inline constexpr int kFirstYear = 1950;
inline constexpr int kLastYear = 2249;

constexpr bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr int daysInYears(int first, int last)
{
    int n = 0;
    for (int y = first; y <= last; ++y)
        n += isLeapYear(y) ? 366 : 365;
    return n;
}
// Calendar days from 1950-01-01 to 2249-12-31, both included.
inline constexpr int kDaysInRange = daysInYears(kFirstYear, kLastYear);
static_assert(kDaysInRange == 109573);

Date firstDate(); // 1950-01-01
Date lastDate();  // 2249-12-31
inline bool inDateRange(Date d) { return !d.is_special() && d >= firstDate() && d <= lastDate(); }

// "a date from 1950-01-01 to 2249-12-31"
std::string dateRangeText();
// "a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31"
std::string dateRule();
// Strict YYYY-MM-DD (no surrounding blanks) inside the range. On failure whyNot
// says what is wrong ("February 2027 has 28 days; a date is written ...", or
// just dateRule() for the wrong form or a date outside the range).
OptDate parsePlanDate(std::string_view text, std::string* whyNot = nullptr);

// A whole-number field: rule + " from " + min + " to " + max is the sentence
// every refusal ends with.
struct WholeNumber {
    std::string_view rule; // "a duration is a whole number of working days"
    int min;
    int max;
    constexpr bool allows(long long v) const { return v >= min && v <= max; }
    std::string sentence() const;
};

// A field that takes decimals (readiness scores): same sentence shape.
struct DecimalNumber {
    std::string_view rule;
    int min;
    int max;
    constexpr bool allows(double v) const { return v >= min && v <= max; }
    std::string sentence() const;
};

// Durations (task, sizing, baseline entry) and lags, in working days. At most
// the number of calendar days in the date range: with a calendar that works
// every day that many working days fit in the range, and more never can under
// any calendar. Fewer fit a Monday-Friday calendar (about 78,000); a schedule
// pushed past the range by such a value is reported by the scheduler (the
// OutOfRange conflict names the range and the tasks) instead of being refused
// here, because whether it fits depends on the calendars and the other tasks.
inline constexpr WholeNumber kDuration{"a duration is a whole number of working days", 0, kDaysInRange};
// Corrective work (a gap or nonconformity put into the plan) takes at least a day.
inline constexpr WholeNumber kCorrectiveDuration{"a corrective task's duration is a whole number of working days", 1,
                                                 kDaysInRange};
inline constexpr WholeNumber kLag{"a lag is a whole number of working days", -kDaysInRange, kDaysInRange};
inline constexpr WholeNumber kPercentComplete{"percent complete is a whole number", 0, 100};
// Percent of one full-time person: an assignment takes up to ten people's
// time; a resource (a team) may hold up to a thousand.
inline constexpr WholeNumber kAssignmentUnits{"assignment units are a whole number of percent", 1, 1000};
inline constexpr WholeNumber kResourceUnits{"a resource's units (availability) are a whole number of percent", 1,
                                            100000};
inline constexpr WholeNumber kMaturity{"a maturity score is a whole number", 0, 5};
// Readiness snapshots, percent of the checklist.
inline constexpr DecimalNumber kScore{"a readiness score is a number (decimals allowed)", 0, 100};

// Certificate programme rules. ISO/IEC 17021-1 uses a 3-year cycle; the limits
// only keep the arithmetic inside the date range (100 years at most).
inline constexpr WholeNumber kCycleYears{"a certification cycle is a whole number of years", 1, 10};
inline constexpr WholeNumber kIntervalMonths{"an interval is a whole number of months", 1, 1200};
inline constexpr WholeNumber kPeriodMonths{"a period is a whole number of months", 0, 1200};
inline constexpr WholeNumber kPeriodDays{"a period is a whole number of calendar days", 0, 36500};
// Tolerance around the anniversary for surveillance: beyond 12 months a window
// would reach past the neighbouring anniversary.
inline constexpr WholeNumber kToleranceMonths{"a tolerance is a whole number of months", 0, 12};
// Audits: a cycle lasts at least a year (kCycleYears), so the date range holds
// at most 300 cycles; an audit lasts at most a year of days.
inline constexpr WholeNumber kAuditCycle{"an audit's certification cycle is a whole number", 1,
                                         kLastYear - kFirstYear + 1};
inline constexpr WholeNumber kAuditDays{"audit days are a whole number", 0, 365};

// Audit time (lifecycle/AuditTime.h). Headcounts stop at a million persons,
// far beyond the largest published table row (10,700), which keeps every
// product of the arithmetic in range. The reduction caps are the sources'
// own: all reductions together at most 30 % (EA FAQ 48.4), an integrated
// audit of several standards at most a further 20 % (IAF MD 11).
inline constexpr WholeNumber kHeadcount{"an effective headcount is a whole number of persons", 1, 1000000};
inline constexpr WholeNumber kAuditTimeReduction{
    "a reduction of audit time (at most 30 % in all, EA FAQ 48.4) is a whole number of percent", 0, 30};
inline constexpr WholeNumber kIntegrationReduction{
    "a reduction for an integrated audit (at most a further 20 %, IAF MD 11) is a whole number of percent", 0, 20};
inline constexpr WholeNumber kAuditTimeShare{"a share of the initial audit time is a whole number of percent", 0,
                                             100};

// Audit time in days and half days, the unit the audit time tables use:
// written "5" or "5.5" (digits, optionally ".0" or ".5"), no sign, no exponent.
struct HalfDays {
    std::string_view rule;
    int min; // days
    int max; // days
    std::string sentence() const;
};
inline constexpr HalfDays kAuditTimeDays{"audit time is written in days and half days (5 or 5.5)", 0, 365};
// The number of half days in text (blanks around it dropped as XML Schema
// does): "5.5" -> 11. nullopt when not that form or outside the limit.
std::optional<int> parseHalfDays(std::string_view text, const HalfDays& limit);
// 11 -> "5.5", 10 -> "5": the form parseHalfDays reads.
std::string formatHalfDays(int halfDays);

// The file format version this build reads and writes (io/FileFormat.h);
// larger numbers are refused as files from a newer CertPlan.
inline constexpr WholeNumber kFormatVersion{"the file format version is a whole number", 1, 1};

} // namespace certplan::limits
