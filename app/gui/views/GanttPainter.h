// SPDX-License-Identifier: MIT
#pragma once
// Paints a GanttFrame onto any wxDC: the on-screen canvas, a PNG, an SVG.
// Geometry comes from presenters/GanttLayout; this only chooses pens and brushes.

#include "presenters/GanttLayout.h"

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

namespace gantt_colours {
wxColour taskBar();
wxColour criticalBar();
wxColour progress();
wxColour criticalProgress();
wxColour baseline();
} // namespace gantt_colours

} // namespace certplan::gui
