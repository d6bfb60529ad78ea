// SPDX-License-Identifier: MIT
#pragma once
// Every piece of text the app's own canvases draw (Gantt chart, grid cells,
// audit timeline, load chart, readiness bars, dashboard verdict) goes through
// drawCanvasText, so a test can see all of it: an empty or "(null)" text from
// a failed conversion would otherwise be invisible to anything but the eye.

#include <wx/dc.h>

#include <functional>

namespace certplan::gui {

// Draws text with its top-left corner at (x, y), in device units, like wxDC::DrawText.
void drawCanvasText(wxDC& dc, const wxString& text, wxCoord x, wxCoord y);

// Called with each text just before it is drawn; empty function: none. One
// observer for the whole app (the GUI smoke test); returns the previous one.
using CanvasTextObserver = std::function<void(const wxString& text)>;
CanvasTextObserver setCanvasTextObserver(CanvasTextObserver observer);

} // namespace certplan::gui
