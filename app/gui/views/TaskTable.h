// SPDX-License-Identifier: MIT
#pragma once
// The grid's virtual table: every cell is read from the plan when the grid
// paints it, so a 100,000-task plan costs nothing until rows scroll into view.
// Typed values become commands through the presenters.

#include <wx/grid.h>

namespace certplan::gui {

class PlanView;

class TaskTable : public wxGridTableBase {
public:
    explicit TaskTable(PlanView& view);
    ~TaskTable() override;

    int GetNumberRows() override;
    int GetNumberCols() override;
    wxString GetValue(int row, int col) override;
    void SetValue(int row, int col, const wxString& value) override;
    wxString GetColLabelValue(int col) override;
    wxString GetRowLabelValue(int row) override;
    bool IsEmptyCell(int, int) override { return false; }
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

    int taskAt(int row) const;

private:
    PlanView& m_view;
    wxGridCellAttr* m_readOnly;
    wxGridCellAttr* m_summary;
    wxGridCellAttr* m_summaryReadOnly;
    wxGridCellAttr* m_critical;
    wxGridCellAttr* m_rightAligned;
    wxGridCellAttr* m_name;        // the outline renderer (views/GridRenderers.h)
    wxGridCellAttr* m_nameSummary; // and bold
};

} // namespace certplan::gui
