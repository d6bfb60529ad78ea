// SPDX-License-Identifier: MIT
#pragma once
// The editable task grid (left half of the Plan tab). Keyboard-first: arrows
// move, F2 or typing edits, Enter commits; Insert/Delete and Alt+Shift+arrows
// come from the main window's menu.

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

    void setOnScrolled(std::function<void()> f) { m_onScrolled = std::move(f); }
    void setOnSelection(std::function<void()> f) { m_onSelection = std::move(f); }

private:
    void onCellClick(wxGridEvent& e);
    void onCellDoubleClick(wxGridEvent& e);
    void onRightClick(wxGridEvent& e);
    void onSelectCell(wxGridEvent& e);
    void onScroll(wxScrollWinEvent& e);
    void onKey(wxKeyEvent& e);

    PlanView& m_view;
    int m_lastRows = 0;
    bool m_baselineShown = true;
    std::function<void()> m_onScrolled;
    std::function<void()> m_onSelection;
};

} // namespace certplan::gui
