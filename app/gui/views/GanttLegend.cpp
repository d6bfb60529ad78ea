// SPDX-License-Identifier: MIT
#include "views/GanttLegend.h"

#include "views/GanttPainter.h"
#include "views/PlanView.h"

#include <wx/dcbuffer.h>
#include <wx/dcclient.h>

namespace certplan::gui {

GanttLegend::GanttLegend(wxWindow* parent, PlanView& view)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE), m_view(view)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    wxClientDC dc(this);
    SetMinSize(wxSize(-1, paintGanttLegend(dc, entries(), 1024, false)));
    Bind(wxEVT_PAINT, &GanttLegend::onPaint, this);
    Bind(wxEVT_SIZE, &GanttLegend::onSize, this);
}

std::vector<present::LegendEntry> GanttLegend::entries() const
{
    return present::ganttLegend(m_view.shownBaseline() != nullptr);
}

void GanttLegend::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    paintGanttLegend(dc, entries(), GetClientSize().x, true);
}

bool GanttLegend::fitHeight()
{
    wxClientDC dc(this);
    const int h = paintGanttLegend(dc, entries(), GetClientSize().x, false);
    if (h == GetMinSize().y)
        return false;
    SetMinSize(wxSize(-1, h));
    return true;
}

void GanttLegend::update()
{
    if (fitHeight())
        GetParent()->Layout();
    Refresh();
}

void GanttLegend::onSize(wxSizeEvent& e)
{
    e.Skip();
    // One line at 1024 px and up; narrower windows wrap. Relaid out after this
    // size event, never inside it.
    if (fitHeight())
        CallAfter([this] { GetParent()->Layout(); });
}

} // namespace certplan::gui
