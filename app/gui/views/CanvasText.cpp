// SPDX-License-Identifier: MIT
#include "views/CanvasText.h"

#include <utility>

namespace certplan::gui {

namespace {
CanvasTextObserver& observer()
{
    static CanvasTextObserver o;
    return o;
}
} // namespace

void drawCanvasText(wxDC& dc, const wxString& text, wxCoord x, wxCoord y)
{
    if (observer())
        observer()(text);
    dc.DrawText(text, x, y);
}

CanvasTextObserver setCanvasTextObserver(CanvasTextObserver o) { return std::exchange(observer(), std::move(o)); }

} // namespace certplan::gui
