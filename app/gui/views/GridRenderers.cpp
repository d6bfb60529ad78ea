// SPDX-License-Identifier: MIT
#include "views/GridRenderers.h"

#include "presenters/TaskOutline.h"
#include "views/CanvasText.h"
#include "views/PlanView.h"

#include <wx/dc.h>

namespace certplan::gui {

namespace {

void drawCellText(wxDC& dc, const wxString& text, const wxRect& rect, int hAlign)
{
    if (text.empty() || rect.width <= 4)
        return;
    wxDCClipper clip(dc, rect);
    const int lineHeight = dc.GetCharHeight();
    const int y = rect.y + (rect.height - lineHeight) / 2;
    int x = rect.x + 2;
    if (hAlign & wxALIGN_RIGHT)
        x = rect.GetRight() - 3 - dc.GetTextExtent(text).x; // only right-aligned cells pay for a measurement
    drawCanvasText(dc, text, x, y);
}

} // namespace

void FastTextRenderer::Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
                            bool isSelected)
{
    wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, isSelected); // background
    SetTextColoursAndFont(grid, attr, dc, isSelected);
    int h = wxALIGN_LEFT, v = wxALIGN_CENTRE;
    attr.GetAlignment(&h, &v);
    drawCellText(dc, grid.GetCellValue(row, col), rect, h);
}

void TaskNameRenderer::Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
                            bool isSelected)
{
    wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, isSelected); // background
    if (row < 0 || row >= m_view.rows().count())
        return;
    const int task = m_view.rows().taskAt(row);
    const auto outline = present::nameCellOutline(m_view.document().plan(), m_view.tree(), m_view.rows(), task);
    SetTextColoursAndFont(grid, attr, dc, isSelected);
    {
        wxDCClipper clip(dc, rect);
        const wxColour ink = dc.GetTextForeground();
        dc.SetBrush(wxBrush(ink));
        dc.SetPen(wxPen(ink));
        const int size = present::kOutlineMark;
        const int left = rect.x + present::outlineMarkLeft(outline);
        const int cx = left + size / 2, cy = rect.y + rect.height / 2;
        switch (outline.mark) {
        case present::OutlineMark::Folded: { // ▸
            const wxPoint p[] = {{cx - 3, cy - 5}, {cx + 3, cy}, {cx - 3, cy + 5}};
            dc.DrawPolygon(3, p);
            break;
        }
        case present::OutlineMark::Open: { // ▾
            const wxPoint p[] = {{cx - 5, cy - 3}, {cx + 5, cy - 3}, {cx, cy + 3}};
            dc.DrawPolygon(3, p);
            break;
        }
        case present::OutlineMark::Milestone: { // ◆
            const wxPoint p[] = {{cx, cy - 5}, {cx + 5, cy}, {cx, cy + 5}, {cx - 5, cy}};
            dc.DrawPolygon(4, p);
            break;
        }
        case present::OutlineMark::None: break;
        }
    }
    const int x = rect.x + present::outlineTextLeft(outline);
    const wxRect textRect(x, rect.y, std::max(0, rect.GetRight() - x), rect.height);
    drawCellText(dc, grid.GetCellValue(row, col), textRect, wxALIGN_LEFT);
}

wxSize TaskNameRenderer::GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col)
{
    wxSize text = wxGridCellStringRenderer::GetBestSize(grid, attr, dc, row, col);
    if (row >= 0 && row < m_view.rows().count()) {
        const int task = m_view.rows().taskAt(row);
        text.x += present::outlineTextLeft(present::nameCellOutline(m_view.document().plan(), m_view.tree(), m_view.rows(), task));
    }
    return text;
}

} // namespace certplan::gui
