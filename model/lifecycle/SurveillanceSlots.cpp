// SPDX-License-Identifier: MIT
#include "lifecycle/SurveillanceSlots.h"

#include <algorithm>

namespace certplan {

namespace {

struct Candidate {
    Date close;
    bool calendarYear = false;
    OptDate open; // unset: the day after the previous slot closes
    OptDate anniversary;
    bool firstCapped = false;
};

std::vector<Candidate> intervalSlots(const CycleBounds& c, const ProgrammeRules& r)
{
    // A zero interval would never advance; treat it as one audit per cycle.
    const int interval = std::max(1, r.surveillanceIntervalMonths);
    std::vector<Candidate> out;
    for (int k = 1;; ++k) {
        const Date due = addMonths(c.start, r.firstSurveillanceMonths + (k - 1) * interval);
        if (due >= c.recertOpen || due > c.expiry || (!out.empty() && due <= out.back().close))
            break;
        Candidate s;
        s.close = due;
        out.push_back(s);
    }
    return out;
}

std::vector<Candidate> anniversarySlots(Date d0, const CycleBounds& c, const ProgrammeRules& r)
{
    const Date lastBeforeRecert = addDays(c.recertOpen, -1);
    std::vector<Candidate> out;
    for (int k = 1; k < r.cycleYears; ++k) {
        const int a = (c.number - 1) * r.cycleYears + k;
        Candidate s;
        s.anniversary = addYears(d0, a);
        Date open = addMonths(*s.anniversary, -r.anniversaryBeforeMonths);
        s.close = addMonths(*s.anniversary, r.anniversaryAfterMonths);
        if (c.number == 1 && k == 1) {
            const Date limit = addMonths(d0, r.firstSurveillanceMonths); // R10
            if (s.close > limit) {
                s.close = limit;
                s.firstCapped = true;
            }
            if (open > s.close)
                open = c.start;
        }
        s.close = std::min(s.close, lastBeforeRecert);
        open = std::max(open, c.start);
        if (s.close < open)
            continue;
        s.open = open;
        // Days both neighbours claim are shared: the earlier window keeps the
        // first half (rounded up), the later one the rest.
        if (!out.empty() && *s.open <= out.back().close) {
            const long shared = (out.back().close - *s.open).days() + 1;
            const Date earlierClose = addDays(*s.open, (shared + 1) / 2 - 1);
            if (earlierClose >= s.close)
                continue; // nothing left for the later window
            out.back().close = earlierClose;
            s.open = addDays(earlierClose, 1);
        }
        out.push_back(s);
    }
    return out;
}

// R11: at least one surveillance per calendar year between the cycle's first
// and its recertification year (17021-1 9.6.2.2). Each such year that
// `served(year, slot)` finds no slot for gets one closing on its 31 December
// (or expiry, if earlier), so a plan with one audit per calendar year always
// finds a slot for each. Sorted by close.
template <class Served>
std::vector<Candidate> withCalendarYears(std::vector<Candidate> slots, const CycleBounds& c, Served served)
{
    const std::size_t given = slots.size();
    for (int y = c.start.year() + 1; y < c.expiry.year(); ++y) {
        if (std::any_of(slots.begin(), slots.begin() + static_cast<long>(given),
                        [&](const Candidate& s) { return served(y, s); }))
            continue;
        Candidate s;
        s.close = std::min(Date(static_cast<unsigned short>(y), 12, 31), c.expiry);
        s.calendarYear = true;
        slots.push_back(s);
    }
    std::stable_sort(slots.begin(), slots.end(), [](const Candidate& a, const Candidate& b) {
        return a.close != b.close ? a.close < b.close : a.calendarYear < b.calendarYear;
    });
    return slots;
}

} // namespace

std::vector<SurveillanceSlot> surveillanceSlots(Date d0, const CycleBounds& c, const ProgrammeRules& r)
{
    std::vector<Candidate> slots;
    if (r.anniversarySurveillance) {
        // Anniversary windows leave gaps and may straddle a year end: a year
        // is served by the window around its own anniversary when that window
        // has a day in it (no anniversary in it, or its window dropped or
        // pushed out: not served).
        slots = withCalendarYears(anniversarySlots(d0, c, r), c, [](int y, const Candidate& s) {
            return s.anniversary->year() == y && s.open->year() <= y && s.close.year() >= y;
        });
    } else {
        // Interval slots: a year is served by a slot closing in it. A cycle
        // that starts late in its year (a restoration on its last permitted
        // day, an early renewal) gets fewer interval slots than such years.
        slots = withCalendarYears(intervalSlots(c, r), c,
                                  [](int y, const Candidate& s) { return s.close.year() == y; });
    }
    std::vector<SurveillanceSlot> out;
    Date next = c.start; // the first day no earlier slot holds
    for (const Candidate& s : slots) {
        Date open = s.open ? std::max(*s.open, next) : next;
        if (open > s.close) {
            if (!s.calendarYear || out.empty() || out.back().window.open >= s.close)
                continue; // an anniversary window the slots before it left no day: it serves no year
            // A year's own slot needs a day: the window before it, which
            // closed on this 31 December (a 31 December anniversary, 12
            // months after), gives up its last day.
            out.back().window.close = addDays(s.close, -1);
            open = s.close;
        }
        out.push_back({static_cast<int>(out.size()) + 1, {open, s.close}, s.calendarYear, s.anniversary, s.firstCapped});
        next = addDays(s.close, 1);
    }
    return out;
}

} // namespace certplan
