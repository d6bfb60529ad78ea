// SPDX-License-Identifier: MIT
#pragma once
// The strip under the Plan tab that says what the chart's marks mean
// (presenters/GanttLegend.h lists them; GanttPainter draws them). It wraps
// onto more lines when the window is narrow, so every entry stays readable.

#include "presenters/GanttLegend.h"

#include <wx/window.h>

#include <vector>

namespace certplan::gui {

class PlanView;

class GanttLegend : public wxWindow {
public:
    GanttLegend(wxWindow* parent, PlanView& view);
    std::vector<present::LegendEntry> entries() const;
    // After the plan or the baseline shown changed: the entries, and so the
    // lines they wrap onto, may have changed.
    void update();

private:
    void onPaint(wxPaintEvent& e);
    void onSize(wxSizeEvent& e);
    bool fitHeight(); // true when the height it needs changed

    PlanView& m_view;
};

} // namespace certplan::gui
