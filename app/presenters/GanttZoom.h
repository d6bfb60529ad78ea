// SPDX-License-Identifier: MIT
#pragma once
// Where the Gantt chart scrolls when the user zooms, fits the plan or selects
// a task. Pure maths over GanttLayout (content pixels, see GanttLayout.h), so
// the canvas only clamps and repaints.

#include "presenters/GanttLayout.h"

namespace certplan::present {

// The left edge (content x) that keeps the moment shown `offset` pixels from
// the chart's left edge in the same place after zooming from `before` to
// `after` (the two may have different origins, as setRange gives each unit its
// own). Fractions of a day are kept, so zooming in and out again returns to
// the same edge. Not clamped to the chart's width.
double scrollKeepingAnchor(const GanttLayout& before, double scrollX, double offset, const GanttLayout& after);

// View > Zoom to Fit: the finest time scale at which the days first..last
// (inclusive) plus `margin` pixels on each side fit in `viewWidth` pixels
// (Year when none does), and the left edge that puts `first` at the margin.
struct ZoomFit {
    TimeUnit unit = TimeUnit::Week;
    double scrollX = 0;
};
ZoomFit zoomToFit(Date first, Date last, double viewWidth, double margin = 24);
// The chart width in pixels the days first..last plus the margins take at `unit`.
double widthToFit(Date first, Date last, TimeUnit unit, double margin = 24);

// The left edge that shows the content range [x0, x1] (a bar): unchanged when
// at least min(width, 16) pixels of it are already in [scrollX, scrollX +
// viewWidth]; otherwise x0 goes `margin` pixels from the left edge, as Scroll
// to Task does. Not clamped.
double scrollToShow(double x0, double x1, double scrollX, double viewWidth, double margin = 80);

} // namespace certplan::present
