// SPDX-License-Identifier: MIT
#pragma once
// The editable task grid (left half of the Plan tab). Keyboard-first: arrows
// move, F2 or typing edits, Enter commits; Insert/Delete and Alt+Shift+arrows
// come from the main window's menu. The Name column shows the outline (a
// click on a summary's triangle folds or unfolds it; so do Alt+Shift+minus
// and Alt+Shift+plus, or the keypad's - and +, as in MS Project). WBS and
// Name stay at the left while the other columns scroll sideways.

#include "presenters/ColumnChoice.h"

#include <wx/grid.h>

#include <functional>

namespace certplan::gui {

class PlanView;
class TaskTable;

class TaskGrid : public wxGrid {
public:
    TaskGrid(wxWindow* parent, PlanView& view);

    // After the plan changed: fix the row count and repaint.
    void refreshRows();
    // The baseline columns (present::isBaselineColumn) appear while a baseline
    // is compared; hidden, not removed, so the column model stays one list.
    void showBaselineColumns(bool show);
    bool baselineColumnsShown() const { return m_baselineShown; }
    // Pixels from the grid's left edge to the end of the last baseline column; 0 while hidden.
    int baselineColumnsRight() const;
    int firstVisibleRow() const;
    int rowHeight() const { return GetDefaultRowSize(); }
    TaskTable& table();
    // Pixels between the top of the grid window and the first row.
    int headerHeight() const { return GetColLabelSize(); }

    // The columns shown (View > Columns..., the header's context menu);
    // setting them also remembers them in wxConfig (/Grid/HiddenColumns).
    const present::ColumnChoice& columnChoice() const { return m_columns; }
    void setColumnChoice(const present::ColumnChoice& choice);
    // Where a click lands to fold or unfold the summary on a row: the centre
    // of its triangle, in this grid's client coordinates (tests click there).
    wxPoint triangleCentre(int row) const;
    // The attributes (renderer, font, colours) the grid draws a cell with.
    wxGridCellAttrPtr cellAttr(int row, int col) const { return GetCellAttrPtr(row, col); }

    void setOnScrolled(std::function<void()> f) { m_onScrolled = std::move(f); }
    void setOnSelection(std::function<void()> f) { m_onSelection = std::move(f); }

private:
    void applyColumns();
    void freezeLeftColumns();
    void bindGridWindow(wxWindow* w);
    void onMouseDown(wxMouseEvent& e);
    void onCellDoubleClick(wxGridEvent& e);
    void onRightClick(wxGridEvent& e);
    void onLabelRightClick(wxGridEvent& e);
    void onColumnToggle(wxCommandEvent& e);
    void onSelectCell(wxGridEvent& e);
    void onScroll(wxScrollWinEvent& e);
    void onKey(wxKeyEvent& e);

    PlanView& m_view;
    int m_lastRows = 0;
    present::ColumnChoice m_columns;
    bool m_baselineShown = false; // the baseline columns, while a baseline is compared
    std::function<void()> m_onScrolled;
    std::function<void()> m_onSelection;
};

} // namespace certplan::gui
