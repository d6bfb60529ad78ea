// SPDX-License-Identifier: MIT
#pragma once
// The surveillance slots of one certification cycle, in either timing the
// certification body uses (ProgrammeRules::anniversarySurveillance).
//
// Interval timing (the default): surveillance k is due firstSurveillanceMonths
// after the cycle's start, then every surveillanceIntervalMonths, as long as
// the due date falls before the recertification window opens; its window opens
// the day after the previous due date (see AuditProgramme.h).
//
// Anniversary timing: surveillance k of cycle n sits around anniversary
// a = (n - 1) * cycleYears + k of the initial decision D0 (a = 1 .. cycleYears
// - 1 within the cycle), the anniversary D0 keeps in every cycle just as expiry
// does. Its window is anniversary - anniversaryBeforeMonths .. anniversary +
// anniversaryAfterMonths (month arithmetic clamps: a 29 February decision has
// its anniversaries on 28 February except in leap years, and 2028-05-31 - 3
// months = 2028-02-29),
// then limited by the hard rules:
// - R10 (17021-1 9.6.2.2): the first surveillance after the initial decision
//   is held no later than firstSurveillanceMonths (12) after D0, so the first
//   window of cycle 1 closes there at the latest (firstCapped). Should that
//   day come before the window opens, the window runs from D0 to that day.
//   Later cycles start at a recertification, so R10 does not bind them.
// - Surveillance comes before the recertification window opens: a window
//   closes at the latest the day before it does, and one left with no day
//   (or closing before the cycle starts) is dropped.
// - A window never opens before the cycle starts.
// - Windows never overlap: with a tolerance so large that neighbouring
//   windows meet (before + after >= 12 months), the days both claim are
//   shared out, the earlier window keeping the first half (rounded up) and
//   the later one the rest, so each day belongs to the nearer anniversary's
//   slot. A window left with no day of its own is dropped.
// - R11 (17021-1 9.6.2.2): every calendar year after the cycle's start year
//   and before its expiry year needs a surveillance. A year is served by the
//   window around its own anniversary when that window has a day in it (a
//   window around a December anniversary may close in the next year and still
//   serve its own). A year without one (a cycle renewed early starts a year
//   before its first anniversary; an R10 limit or a late start can take a
//   window out of its year) gets a slot of its own, from the day after the
//   previous slot closes (or the cycle's start) to its 31 December (or
//   expiry, if earlier); an anniversary window reaching into that year then
//   opens on 1 January of the next. (Should the previous window close on that
//   31 December itself, a 31 December anniversary with 12 months after, it
//   gives up that day to the year's slot.) So each such year has a slot of its own
//   with a day in it, and a plan with one surveillance in each is never told
//   an audit has no slot.
// A tolerance of 0 makes each window the anniversary itself.

#include "core/Certification.h"
#include "lifecycle/AuditProgramme.h"

#include <vector>

namespace certplan {

struct CycleBounds {
    int number = 1;     // 1-based cycle
    Date start;         // the decision that opened it
    Date expiry;        // last valid day
    Date recertOpen;    // first day of the recertification audit window
};

// Date-sorted, numbered from 1. Pure function of its arguments.
std::vector<SurveillanceSlot> surveillanceSlots(Date initialDecision, const CycleBounds& cycle,
                                                const ProgrammeRules& rules);

} // namespace certplan
