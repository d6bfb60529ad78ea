// SPDX-License-Identifier: MIT
#include "presenters/AuditTimeline.h"

#include <algorithm>

namespace certplan::present {

double AuditTimelineLayout::xOf(Date d) const
{
    const double span = std::max<long>(1, (to - from).days());
    return width * static_cast<double>((d - from).days()) / span;
}

AuditTimelineLayout layoutAuditTimeline(const std::vector<ProgrammeEvent>& events, Date statusDate, double width)
{
    AuditTimelineLayout t;
    t.width = width;
    Date lo = statusDate, hi = statusDate;
    for (const auto& e : events) {
        if (!e.dated()) // listed below the timeline, not placed on it
            continue;
        const Date d = e.sortDate();
        lo = std::min(lo, d);
        hi = std::max(hi, d);
        if (e.window) {
            lo = std::min(lo, e.window->open);
            hi = std::max(hi, e.window->close);
        }
    }
    t.from = addMonths(lo, -1);
    t.to = addMonths(hi, 1);
    t.statusX = t.xOf(statusDate);

    auto laneOf = [&](const ProgrammeEvent& e) {
        const std::string name = (e.source.empty() ? std::string() : e.source + ": ") + e.standard +
                                 (e.certificate.empty() ? std::string() : " (" + e.certificate + ")");
        auto it = std::find(t.lanes.begin(), t.lanes.end(), name);
        if (it != t.lanes.end())
            return static_cast<int>(it - t.lanes.begin());
        t.lanes.push_back(name);
        return static_cast<int>(t.lanes.size()) - 1;
    };
    for (std::size_t k = 0; k < events.size(); ++k) {
        const ProgrammeEvent& e = events[k];
        const int lane = laneOf(e);
        if (!e.dated())
            continue;
        if (e.kind == ProgrammeEventKind::Expiry) {
            t.expiries.push_back(t.xOf(e.sortDate()));
            t.expiryLanes.push_back(lane);
            continue;
        }
        // A transfer review's window is the whole validity of its cycle: as a
        // band it would cover the surveillance and recertification windows.
        if (e.window && e.kind != ProgrammeEventKind::TransferReview)
            t.bands.push_back({lane, t.xOf(e.window->open), t.xOf(e.window->close + boost::gregorian::days(1)), e.kind, e.label()});
        if (e.planned || !e.window)
            t.markers.push_back({lane, t.xOf(e.sortDate()), e.kind, e.assessment.state, e.label(), k,
                                 e.unscheduled || e.kind == ProgrammeEventKind::SpecialAudit ||
                                     e.kind == ProgrammeEventKind::ScopeExtension ||
                                     e.kind == ProgrammeEventKind::TransferReview});
    }
    // Suspensions lie over the windows they interrupt, a recertification stage 1
    // over the recertification window it shares: drawn last, as strips.
    std::stable_partition(t.bands.begin(), t.bands.end(), [](const TimelineBand& b) {
        return b.kind != ProgrammeEventKind::Suspension && b.kind != ProgrammeEventKind::RecertStage1;
    });
    for (int y = t.from.year() + 1; y <= t.to.year(); ++y)
        t.years.push_back({t.xOf(Date(static_cast<unsigned short>(y), 1, 1)), std::to_string(y)});
    return t;
}

} // namespace certplan::present
