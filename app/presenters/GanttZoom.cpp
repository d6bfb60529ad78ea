// SPDX-License-Identifier: MIT
#include "presenters/GanttZoom.h"

#include <algorithm>

namespace certplan::present {

double scrollKeepingAnchor(const GanttLayout& before, double scrollX, double offset, const GanttLayout& after)
{
    // The anchor as days (with fraction) after the old origin, then re-expressed
    // from the new origin at the new scale.
    const double daysFromOld = (scrollX + offset) / before.pxPerDay();
    const double originShift = static_cast<double>((before.origin() - after.origin()).days());
    return (originShift + daysFromOld) * after.pxPerDay() - offset;
}

double widthToFit(Date first, Date last, TimeUnit unit, double margin)
{
    const double spanDays = static_cast<double>((std::max(first, last) - first).days() + 1);
    return spanDays * pixelsPerDay(unit) + 2 * margin;
}

ZoomFit zoomToFit(Date first, Date last, double viewWidth, double margin)
{
    ZoomFit fit;
    fit.unit = TimeUnit::Year;
    for (TimeUnit u : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month, TimeUnit::Quarter, TimeUnit::Year}) {
        if (widthToFit(first, last, u, margin) <= viewWidth) {
            fit.unit = u;
            break;
        }
    }
    GanttLayout layout(fit.unit);
    layout.setRange(first, last);
    fit.scrollX = std::max(0.0, layout.xOf(first) - margin);
    return fit;
}

double scrollToShow(double x0, double x1, double scrollX, double viewWidth, double margin)
{
    const double width = std::max(0.0, x1 - x0);
    const double shown = std::min(x1, scrollX + viewWidth) - std::max(x0, scrollX);
    if (shown >= std::min(width, 16.0))
        return scrollX;
    return x0 - margin;
}

} // namespace certplan::present
