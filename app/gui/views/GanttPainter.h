// SPDX-License-Identifier: MIT
#pragma once
// Paints a GanttFrame onto any wxDC: the on-screen canvas, a PNG, an SVG.
// Geometry comes from presenters/GanttLayout; this only chooses pens and brushes.

#include "presenters/GanttLayout.h"
#include "presenters/GanttLegend.h"

#include <wx/dc.h>

namespace certplan::gui {

struct GanttPaintOptions {
    wxSize size;            // pixels to fill
    double scrollX = 0;     // content x at the left edge
    int firstRow = 0;       // row at the top edge (below the header)
    int headerHeight = 40;
    int selectedTask = -1;
    int hoverTask = -1;
    bool showLabels = true;
};

void paintGantt(wxDC& dc, const present::GanttLayout& layout, const present::GanttFrame& frame,
                const GanttPaintOptions& options);

// The legend: each entry's mark drawn as the chart draws it, then its label,
// flowing left to right and wrapping at `width`. Returns the height used
// (pixels); draws nothing when `draw` is false (to measure).
int paintGanttLegend(wxDC& dc, const std::vector<present::LegendEntry>& entries, int width, bool draw);

namespace gantt_colours {
wxColour taskBar();
wxColour criticalBar();
wxColour progress();
wxColour criticalProgress();
wxColour baseline();
wxColour conflict();
wxColour today();
wxColour statusDate();
} // namespace gantt_colours

} // namespace certplan::gui
