// SPDX-License-Identifier: MIT
#pragma once
// Geometry of the Audits tab's timeline, without a window: one lane per
// certificate, windows as bands, audits and decisions as markers, the expiry
// and status date as lines, and a year scale.

#include "lifecycle/AuditCalendar.h"

#include <string>
#include <vector>

namespace certplan::present {

struct TimelineBand {
    int lane = 0;
    double x0 = 0, x1 = 0;
    ProgrammeEventKind kind = ProgrammeEventKind::Surveillance;
    std::string label;
};

struct TimelineMarker {
    int lane = 0;
    double x = 0;
    ProgrammeEventKind kind = ProgrammeEventKind::Surveillance;
    AuditState state = AuditState::Unplanned;
    std::string label;
    std::size_t event = 0; // index into the combined calendar
    bool outsideSlots = false; // special audit, transfer review or unscheduled audit: drawn as a circle
};

struct TimelineTick {
    double x = 0;
    std::string label; // "2028"
};

struct AuditTimelineLayout {
    Date from, to;
    double width = 0;
    std::vector<std::string> lanes; // "northwind: ISO/IEC 20000-1:2018"
    std::vector<TimelineBand> bands;
    std::vector<TimelineMarker> markers;
    std::vector<TimelineTick> years;
    std::vector<double> expiries;   // x of each cycle's expiry, per lane in `expiryLanes`
    std::vector<int> expiryLanes;
    double statusX = -1;
    double xOf(Date d) const;
};

// Lays out `events` (a combined calendar) across `width` pixels, covering every
// event's date and window plus a month on each side, and the status date.
// Suspension bands come after all others, so they are drawn over the windows.
// Events with neither a date nor a window (an undated cancelled audit) get a
// lane but no marker; the list shows them.
AuditTimelineLayout layoutAuditTimeline(const std::vector<ProgrammeEvent>& events, Date statusDate, double width);

} // namespace certplan::present
