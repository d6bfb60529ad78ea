// SPDX-License-Identifier: MIT
#pragma once
// The task grid's cell renderers. Cells are single lines: wxGrid's own string
// renderer measures every cell twice through Pango before drawing it, which
// was most of the time of a page-down on large plans.

#include <wx/grid.h>

namespace certplan::gui {

class PlanView;

// Every cell but the name: its text, clipped to the cell.
class FastTextRenderer : public wxGridCellStringRenderer {
public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col, bool isSelected) override;
    wxGridCellRenderer* Clone() const override { return new FastTextRenderer; }
};

// The Name cell: indented by outline level, a triangle on summaries (pointing
// right when folded, down when open), a diamond before milestones
// (presenters/TaskOutline.h). The marks are drawn as shapes, not glyphs, so
// they show in every font and locale; the name is drawn after them as any
// text (CJK and other wide text included), clipped to the cell.
class TaskNameRenderer : public wxGridCellStringRenderer {
public:
    explicit TaskNameRenderer(const PlanView& view) : m_view(view) {}
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col, bool isSelected) override;
    wxSize GetBestSize(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, int row, int col) override;
    wxGridCellRenderer* Clone() const override { return new TaskNameRenderer(m_view); }

private:
    const PlanView& m_view;
};

} // namespace certplan::gui
