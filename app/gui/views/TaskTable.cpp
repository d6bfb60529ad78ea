// SPDX-License-Identifier: MIT
#include "views/TaskTable.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/GridRenderers.h"
#include "views/PlanView.h"

#include <wx/settings.h>

namespace certplan::gui {

using present::TaskColumn;

TaskTable::TaskTable(PlanView& view) : m_view(view)
{
    wxFont bold = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).Bold();
    m_readOnly = new wxGridCellAttr;
    m_readOnly->SetReadOnly();
    m_readOnly->SetTextColour(wxColour(90, 90, 90));
    m_summary = new wxGridCellAttr;
    m_summary->SetFont(bold);
    m_summaryReadOnly = new wxGridCellAttr;
    m_summaryReadOnly->SetFont(bold);
    m_summaryReadOnly->SetReadOnly();
    m_critical = new wxGridCellAttr;
    m_critical->SetTextColour(wxColour(176, 32, 32));
    m_rightAligned = new wxGridCellAttr;
    m_rightAligned->SetAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
    // The name's attributes carry its renderer: this table answers every
    // cell's attributes itself, so a column attribute set on the grid would
    // never be asked for (that is how the outline once went missing).
    m_name = new wxGridCellAttr;
    m_name->SetRenderer(new TaskNameRenderer(view));
    m_nameSummary = new wxGridCellAttr;
    m_nameSummary->SetFont(bold);
    m_nameSummary->SetRenderer(new TaskNameRenderer(view));
}

TaskTable::~TaskTable()
{
    m_readOnly->DecRef();
    m_summary->DecRef();
    m_summaryReadOnly->DecRef();
    m_critical->DecRef();
    m_rightAligned->DecRef();
    m_name->DecRef();
    m_nameSummary->DecRef();
}

int TaskTable::taskAt(int row) const
{
    return row >= 0 && row < m_view.rows().count() ? m_view.rows().taskAt(row) : -1;
}

int TaskTable::GetNumberRows()
{
    return m_view.rows().count();
}

int TaskTable::GetNumberCols()
{
    return static_cast<int>(TaskColumn::Count);
}

wxString TaskTable::GetValue(int row, int col)
{
    const int task = taskAt(row);
    if (task < 0)
        return {};
    return wx(present::cellText(m_view.cellContext(), task, static_cast<TaskColumn>(col)));
}

void TaskTable::SetValue(int row, int col, const wxString& value)
{
    const int task = taskAt(row);
    if (task < 0)
        return;
    const auto ctx = m_view.cellContext();
    const std::string text = utf8(value);
    if (text == present::cellText(ctx, task, static_cast<TaskColumn>(col)))
        return; // unchanged: no command, no undo step
    const std::string id = m_view.document().plan().tasks[static_cast<std::size_t>(task)].id;
    m_view.frame().runLinkEdit(present::commandForEdit(ctx, task, static_cast<TaskColumn>(col), text), {id});
}

wxString TaskTable::GetColLabelValue(int col)
{
    return wx(present::columnTitle(static_cast<TaskColumn>(col)));
}

wxString TaskTable::GetRowLabelValue(int row)
{
    const int task = taskAt(row);
    return task < 0 ? wxString() : wxString::Format("%d"_wx, task + 1);
}

wxGridCellAttr* TaskTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind)
{
    const int task = taskAt(row);
    if (task < 0)
        return nullptr;
    const auto ctx = m_view.cellContext();
    const auto column = static_cast<TaskColumn>(col);
    const bool summary = m_view.tree().isSummary(task);
    const bool editable = present::cellEditable(ctx, task, column);
    wxGridCellAttr* attr = nullptr;
    if (column == TaskColumn::Name)
        attr = summary ? m_nameSummary : m_name;
    else if (summary)
        attr = editable ? m_summary : m_summaryReadOnly;
    else if (!editable)
        attr = m_readOnly;
    else if (ctx.schedule && ctx.schedule->tasks[static_cast<std::size_t>(task)].critical &&
             (column == TaskColumn::Start || column == TaskColumn::Finish))
        attr = m_critical;
    else if (column == TaskColumn::Duration || column == TaskColumn::Complete)
        attr = m_rightAligned;
    if (attr)
        attr->IncRef();
    return attr;
}

} // namespace certplan::gui
