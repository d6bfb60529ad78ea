// SPDX-License-Identifier: MIT
#include "views/GanttPainter.h"

#include "WxConvert.h"
#include "views/CanvasText.h"

#include <wx/settings.h>

#include <cmath>

namespace certplan::gui {

namespace gantt_colours {
wxColour taskBar() { return {91, 143, 214}; }
wxColour criticalBar() { return {217, 83, 79}; }
wxColour progress() { return {39, 84, 156}; }
wxColour criticalProgress() { return {150, 36, 33}; }
wxColour baseline() { return {160, 160, 160}; }
wxColour conflict() { return {200, 0, 0}; }
wxColour today() { return {240, 140, 0}; }
wxColour statusDate() { return {40, 150, 60}; }
} // namespace gantt_colours

namespace {

struct Transform {
    double scrollX;
    double rowOffset; // content y of the top row
    int header;
    int sx(double x) const { return static_cast<int>(std::lround(x - scrollX)); }
    int sy(double y) const { return static_cast<int>(std::lround(y - rowOffset)) + header; }
};

void drawHeader(wxDC& dc, const present::GanttFrame& f, const Transform& t, const GanttPaintOptions& o)
{
    const int half = o.headerHeight / 2;
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(wxColour(242, 242, 242)));
    dc.DrawRectangle(0, 0, o.size.x, o.headerHeight);
    dc.SetPen(wxPen(wxColour(200, 200, 200)));
    dc.DrawLine(0, half, o.size.x, half);
    dc.DrawLine(0, o.headerHeight - 1, o.size.x, o.headerHeight - 1);
    dc.SetTextForeground(wxColour(40, 40, 40));
    for (std::size_t i = 0; i < f.majorTicks.size(); ++i) {
        const int x = t.sx(f.majorTicks[i].x);
        const int next = i + 1 < f.majorTicks.size() ? t.sx(f.majorTicks[i + 1].x) : o.size.x;
        dc.DrawLine(x, 0, x, half);
        // Keep the label of a period that started off screen visible at the left edge.
        const int labelX = std::max(x, 0) + 4;
        if (labelX < next - 8) {
            dc.SetClippingRegion(labelX, 0, next - labelX, half);
            drawCanvasText(dc, wx(f.majorTicks[i].label), labelX, (half - dc.GetCharHeight()) / 2);
            dc.DestroyClippingRegion();
        }
    }
    dc.SetTextForeground(wxColour(90, 90, 90));
    for (std::size_t i = 0; i < f.minorTicks.size(); ++i) {
        const int x = t.sx(f.minorTicks[i].x);
        const int next = i + 1 < f.minorTicks.size() ? t.sx(f.minorTicks[i + 1].x) : x + 40;
        dc.DrawLine(x, half, x, o.headerHeight);
        const wxString label = wx(f.minorTicks[i].label);
        if (dc.GetTextExtent(label).x < next - x - 2)
            drawCanvasText(dc, label, x + 2, half + (half - dc.GetCharHeight()) / 2);
    }
}

void drawArrow(wxDC& dc, const present::GanttArrow& a, const Transform& t)
{
    const wxColour c = a.critical ? gantt_colours::criticalBar() : wxColour(110, 110, 110);
    dc.SetPen(wxPen(c, 1));
    for (std::size_t k = 1; k < a.points.size(); ++k)
        dc.DrawLine(t.sx(a.points[k - 1].x), t.sy(a.points[k - 1].y), t.sx(a.points[k].x), t.sy(a.points[k].y));
    if (a.points.size() < 2)
        return;
    const auto& tip = a.points.back();
    const auto& from = a.points[a.points.size() - 2];
    const int dir = tip.x >= from.x ? 1 : -1;
    const int x = t.sx(tip.x), y = t.sy(tip.y);
    const wxPoint head[] = {{x, y}, {x - dir * 5, y - 4}, {x - dir * 5, y + 4}};
    dc.SetBrush(wxBrush(c));
    dc.DrawPolygon(3, head);
}

void drawBar(wxDC& dc, const present::GanttBar& b, const Transform& t, const GanttPaintOptions& o)
{
    using Kind = present::GanttBar::Kind;
    const int x = t.sx(b.rect.x), y = t.sy(b.rect.y);
    const int w = std::max(2, static_cast<int>(std::lround(b.rect.w)));
    const int h = static_cast<int>(std::lround(b.rect.h));
    if (b.baseline) {
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(gantt_colours::baseline()));
        dc.DrawRectangle(t.sx(b.baseline->x), t.sy(b.baseline->y), std::max(2, static_cast<int>(std::lround(b.baseline->w))),
                         static_cast<int>(std::lround(b.baseline->h)));
    }
    const bool selected = b.task == o.selectedTask;
    switch (b.kind) {
    case Kind::Summary: {
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(b.critical ? gantt_colours::criticalProgress() : wxColour(45, 45, 45)));
        dc.DrawRectangle(x, y, w, h);
        const wxPoint left[] = {{x, y + h}, {x + 5, y + h}, {x, y + h + 5}};
        const wxPoint right[] = {{x + w, y + h}, {x + w - 5, y + h}, {x + w, y + h + 5}};
        dc.DrawPolygon(3, left);
        dc.DrawPolygon(3, right);
        break;
    }
    case Kind::Milestone: {
        const int cx = x + w / 2, cy = y + h / 2, r = h / 2;
        const wxPoint d[] = {{cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}};
        dc.SetPen(selected ? wxPen(*wxBLACK, 2) : *wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(b.critical ? gantt_colours::criticalBar() : wxColour(40, 40, 40)));
        dc.DrawPolygon(4, d);
        break;
    }
    case Kind::Task: {
        const wxColour fill = b.complete ? wxColour(150, 170, 195)
                              : b.critical ? gantt_colours::criticalBar()
                                           : gantt_colours::taskBar();
        dc.SetPen(selected ? wxPen(*wxBLACK, 2) : wxPen(fill.ChangeLightness(80)));
        dc.SetBrush(wxBrush(fill));
        dc.DrawRoundedRectangle(x, y, w, h, 2);
        const int pw = static_cast<int>(std::lround(b.progressRight - b.rect.x));
        if (pw > 0) {
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(b.critical ? gantt_colours::criticalProgress() : gantt_colours::progress()));
            dc.DrawRectangle(x + 1, y + h / 2 - 2, std::min(pw, w - 2), 4);
        }
        break;
    }
    }
    if (b.conflict) {
        // A red frame around the bar: the schedule has a conflict or a missed date for this task.
        dc.SetPen(wxPen(gantt_colours::conflict(), 2));
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.DrawRectangle(x - 3, y - 3, w + 6, h + 6);
    }
    if (o.showLabels && !b.label.empty()) {
        dc.SetTextForeground(wxColour(80, 80, 80));
        drawCanvasText(dc, wx(b.label), x + w + (b.conflict ? 9 : 6), y + h / 2 - dc.GetCharHeight() / 2);
    }
}

// One legend mark in the box (x, y, 26 x 14), drawn with the chart's own colours and shapes.
void drawLegendMark(wxDC& dc, present::LegendEntry::Symbol s, int x, int y)
{
    using S = present::LegendEntry::Symbol;
    const int w = 26, h = 14, cy = y + h / 2;
    switch (s) {
    case S::Task:
    case S::CriticalTask:
    case S::Progress:
    case S::Conflict: {
        const wxColour fill = s == S::CriticalTask ? gantt_colours::criticalBar() : gantt_colours::taskBar();
        dc.SetPen(wxPen(fill.ChangeLightness(80)));
        dc.SetBrush(wxBrush(fill));
        dc.DrawRoundedRectangle(x + 2, cy - 5, w - 4, 10, 2);
        if (s == S::Progress) {
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(gantt_colours::progress()));
            dc.DrawRectangle(x + 3, cy - 2, (w - 6) / 2, 4);
        }
        if (s == S::Conflict) {
            dc.SetPen(wxPen(gantt_colours::conflict(), 2));
            dc.SetBrush(*wxTRANSPARENT_BRUSH);
            dc.DrawRectangle(x, cy - 7, w, 14);
        }
        break;
    }
    case S::Summary: {
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxColour(45, 45, 45)));
        dc.DrawRectangle(x + 1, cy - 4, w - 2, 5);
        const wxPoint left[] = {{x + 1, cy + 1}, {x + 6, cy + 1}, {x + 1, cy + 6}};
        const wxPoint right[] = {{x + w - 1, cy + 1}, {x + w - 6, cy + 1}, {x + w - 1, cy + 6}};
        dc.DrawPolygon(3, left);
        dc.DrawPolygon(3, right);
        break;
    }
    case S::Milestone: {
        const int cx = x + w / 2, r = 6;
        const wxPoint d[] = {{cx, cy - r}, {cx + r, cy}, {cx, cy + r}, {cx - r, cy}};
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(wxColour(40, 40, 40)));
        dc.DrawPolygon(4, d);
        break;
    }
    case S::Baseline:
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.SetBrush(wxBrush(gantt_colours::baseline()));
        dc.DrawRectangle(x + 2, cy - 2, w - 4, 4);
        break;
    case S::Today:
        dc.SetPen(wxPen(gantt_colours::today(), 2));
        dc.DrawLine(x + w / 2, y, x + w / 2, y + h);
        break;
    case S::StatusDate:
        dc.SetPen(wxPen(gantt_colours::statusDate(), 2, wxPENSTYLE_SHORT_DASH));
        dc.DrawLine(x + w / 2, y, x + w / 2, y + h);
        break;
    }
}

} // namespace

int paintGanttLegend(wxDC& dc, const std::vector<present::LegendEntry>& entries, int width, bool draw)
{
    dc.SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).Smaller());
    const int pad = 6, mark = 26, gap = 18;
    const int lineHeight = std::max(dc.GetCharHeight(), 14) + 6;
    if (draw) {
        dc.SetBackground(wxBrush(wxColour(248, 248, 248)));
        dc.Clear();
        dc.SetPen(wxPen(wxColour(210, 210, 210)));
        dc.DrawLine(0, 0, std::max(width, 1), 0);
        dc.SetTextForeground(wxColour(50, 50, 50));
    }
    int x = pad, y = 4;
    for (const auto& e : entries) {
        const wxString label = wx(e.label);
        const int itemWidth = mark + 5 + dc.GetTextExtent(label).x;
        if (x > pad && x + itemWidth > width - pad) {
            x = pad;
            y += lineHeight;
        }
        if (draw) {
            drawLegendMark(dc, e.symbol, x, y + (lineHeight - 6 - 14) / 2);
            drawCanvasText(dc, label, x + mark + 5, y + (lineHeight - 6 - dc.GetCharHeight()) / 2);
        }
        x += itemWidth + gap;
    }
    return y + lineHeight + 1;
}

void paintGantt(wxDC& dc, const present::GanttLayout& layout, const present::GanttFrame& f, const GanttPaintOptions& o)
{
    const int rh = layout.metrics().rowHeight;
    const Transform t{o.scrollX, layout.rowTop(o.firstRow), o.headerHeight};
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    dc.SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).Smaller());

    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(wxBrush(wxColour(238, 238, 238)));
    for (const auto& band : f.nonWorking)
        dc.DrawRectangle(t.sx(band.x0), o.headerHeight, std::max(1, t.sx(band.x1) - t.sx(band.x0)), o.size.y);
    for (const auto& b : f.bars) {
        if (b.task == o.selectedTask) {
            dc.SetBrush(wxBrush(wxColour(220, 232, 250)));
            dc.DrawRectangle(0, t.sy(layout.rowTop(b.row)), o.size.x, rh);
        }
    }
    dc.SetPen(wxPen(wxColour(230, 230, 230)));
    for (const auto& tick : f.minorTicks)
        dc.DrawLine(t.sx(tick.x), o.headerHeight, t.sx(tick.x), o.size.y);

    for (const auto& a : f.arrows)
        drawArrow(dc, a, t);
    for (const auto& b : f.bars)
        drawBar(dc, b, t, o);

    if (f.todayX) {
        dc.SetPen(wxPen(gantt_colours::today(), 2));
        dc.DrawLine(t.sx(*f.todayX), o.headerHeight, t.sx(*f.todayX), o.size.y);
    }
    if (f.statusX) {
        dc.SetPen(wxPen(gantt_colours::statusDate(), 2, wxPENSTYLE_SHORT_DASH));
        dc.DrawLine(t.sx(*f.statusX), o.headerHeight, t.sx(*f.statusX), o.size.y);
    }
    drawHeader(dc, f, t, o);
}

} // namespace certplan::gui
