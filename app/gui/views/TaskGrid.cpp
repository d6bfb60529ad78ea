// SPDX-License-Identifier: MIT
#include "views/TaskGrid.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/PlanView.h"
#include "views/TaskTable.h"

#include "presenters/TaskOutline.h"
#include "views/GridRenderers.h"

#include <wx/config.h>
#include <wx/menu.h>

namespace certplan::gui {

namespace {

const wxString kHiddenColumnsKey = "/Grid/HiddenColumns"_wx;

} // namespace

TaskGrid::TaskGrid(wxWindow* parent, PlanView& view) : wxGrid(parent, wxID_ANY), m_view(view)
{
    SetTable(new TaskTable(view), true, wxGridSelectRows);
    m_lastRows = GetNumberRows();
    SetDefaultRowSize(24, true);
    SetColLabelSize(40); // the Gantt chart's two-line time scale is as tall
    SetRowLabelSize(44);
    SetScrollLineY(24);  // one scroll unit = one row, so the chart can follow exactly
    SetDefaultCellOverflow(false);
    SetDefaultRenderer(new FastTextRenderer); // the Name column's comes with its attributes (TaskTable)
    EnableDragRowSize(false);
    SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_BOTTOM);
    for (int c = 0; c < static_cast<int>(present::TaskColumn::Count); ++c)
        SetColSize(c, present::columnWidth(static_cast<present::TaskColumn>(c)));
    m_columns = present::ColumnChoice::fromConfig(utf8(wxConfigBase::Get()->Read(kHiddenColumnsKey, wxString())));
    applyColumns();

    Bind(wxEVT_GRID_CELL_LEFT_DCLICK, &TaskGrid::onCellDoubleClick, this);
    Bind(wxEVT_GRID_CELL_RIGHT_CLICK, &TaskGrid::onRightClick, this);
    Bind(wxEVT_GRID_LABEL_RIGHT_CLICK, &TaskGrid::onLabelRightClick, this);
    Bind(wxEVT_GRID_SELECT_CELL, &TaskGrid::onSelectCell, this);
    Bind(wxEVT_MENU, &TaskGrid::onColumnToggle, this, ID_ToggleColumn0, ID_ToggleColumnLast);
    Bind(wxEVT_SCROLLWIN_TOP, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_BOTTOM, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_LINEUP, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_LINEDOWN, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_PAGEUP, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_PAGEDOWN, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_THUMBTRACK, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_THUMBRELEASE, &TaskGrid::onScroll, this);
    // Freezing needs the frozen columns to fit in the window, and a row (wx
    // refuses it on an empty grid): tried once the grid has its size, and
    // again after each resize and each change of rows until it worked.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (GetNumberFrozenCols() == 0)
            CallAfter([this] { freezeLeftColumns(); });
    });
    bindGridWindow(GetGridWindow());
}

void TaskGrid::bindGridWindow(wxWindow* w)
{
    if (!w)
        return;
    w->Bind(wxEVT_KEY_DOWN, &TaskGrid::onKey, this);
    w->Bind(wxEVT_LEFT_DOWN, &TaskGrid::onMouseDown, this);
    w->Bind(wxEVT_LEFT_DCLICK, &TaskGrid::onMouseDown, this);
}

void TaskGrid::freezeLeftColumns()
{
    if (GetNumberFrozenCols() > 0 || GetNumberCols() < present::kFrozenColumns)
        return;
    if (!FreezeTo(0, present::kFrozenColumns))
        return;
    // The frozen columns have a window of their own, with its own keys and clicks.
    bindGridWindow(GetFrozenColGridWindow());
}

void TaskGrid::applyColumns()
{
    // A column shows when the chooser keeps it and, for the baseline columns,
    // while a baseline is compared.
    BeginBatch();
    for (int c = 0; c < present::ColumnChoice::columnCount(); ++c) {
        const auto column = static_cast<present::TaskColumn>(c);
        const bool shown = m_columns.shown(column) && (m_baselineShown || !present::isBaselineColumn(column));
        if (shown && !IsColShown(c)) {
            ShowCol(c);
            if (GetColSize(c) <= 0) // never shown yet: ShowCol has no width to restore
                SetColSize(c, present::columnWidth(column));
        } else if (!shown && IsColShown(c)) {
            HideCol(c);
        }
    }
    EndBatch();
}

void TaskGrid::setColumnChoice(const present::ColumnChoice& choice)
{
    m_columns = choice;
    applyColumns();
    wxConfigBase::Get()->Write(kHiddenColumnsKey, wx(m_columns.toConfig()));
    wxConfigBase::Get()->Flush();
    ForceRefresh();
}

wxPoint TaskGrid::triangleCentre(int row) const
{
    const int nameCol = static_cast<int>(present::TaskColumn::Name);
    const int task = m_view.rows().taskAt(row);
    const auto outline = present::nameCellOutline(m_view.document().plan(), m_view.tree(), m_view.rows(), task);
    const wxRect cell = CellToRect(row, nameCol);
    int x = cell.x + present::outlineMarkLeft(outline) + present::kOutlineMark / 2;
    int y = cell.y + cell.height / 2;
    // Logical to client: the frozen columns do not scroll sideways.
    int sx = 0, sy = 0;
    CalcScrolledPosition(x, y, &sx, &sy);
    if (GetNumberFrozenCols() > nameCol)
        sx = x;
    return {sx + GetRowLabelSize(), sy + GetColLabelSize()};
}

TaskTable& TaskGrid::table()
{
    return *static_cast<TaskTable*>(GetTable());
}

void TaskGrid::refreshRows()
{
    // wxGrid caches its row count; the table knows the real one.
    const int now = GetTable()->GetNumberRows();
    m_lastRows = GetNumberRows();
    BeginBatch();
    if (now < m_lastRows) {
        wxGridTableMessage msg(GetTable(), wxGRIDTABLE_NOTIFY_ROWS_DELETED, now, m_lastRows - now);
        ProcessTableMessage(msg);
    } else if (now > m_lastRows) {
        wxGridTableMessage msg(GetTable(), wxGRIDTABLE_NOTIFY_ROWS_APPENDED, now - m_lastRows);
        ProcessTableMessage(msg);
    }
    m_lastRows = now;
    EndBatch();
    if (GetNumberFrozenCols() == 0)
        freezeLeftColumns();
    ForceRefresh();
}

void TaskGrid::showBaselineColumns(bool show)
{
    if (show == m_baselineShown)
        return;
    m_baselineShown = show;
    applyColumns();
}

int TaskGrid::baselineColumnsRight() const
{
    int right = 0;
    for (int c = 0; c < static_cast<int>(present::TaskColumn::Count); ++c)
        if (present::isBaselineColumn(static_cast<present::TaskColumn>(c)) && GetColSize(c) > 0)
            right = std::max(right, GetColRight(c));
    return right == 0 ? 0 : right + GetRowLabelSize();
}

int TaskGrid::firstVisibleRow() const
{
    int x = 0, y = 0;
    GetViewStart(&x, &y);
    return y;
}

void TaskGrid::onMouseDown(wxMouseEvent& e)
{
    // On a summary's triangle a click folds or unfolds it, and does nothing
    // else (no selection change, no editor), as in MS Project's outline.
    auto* window = dynamic_cast<wxWindow*>(e.GetEventObject());
    if (!window || e.HasAnyModifiers()) {
        e.Skip();
        return;
    }
    wxGridWindow* gridWindow = DevicePosToGridWindow(window->GetPosition() + e.GetPosition());
    const wxPoint at = CalcGridWindowUnscrolledPosition(e.GetPosition(), gridWindow);
    const wxGridCellCoords cell = XYToCell(at, gridWindow);
    const int task = table().taskAt(cell.GetRow());
    if (cell.GetCol() == static_cast<int>(present::TaskColumn::Name) && task >= 0) {
        const auto outline = present::nameCellOutline(m_view.document().plan(), m_view.tree(), m_view.rows(), task);
        if (present::hitsOutlineTriangle(outline, at.x - CellToRect(cell).x)) {
            m_view.toggleCollapsed(task);
            return;
        }
    }
    e.Skip();
}

void TaskGrid::onCellDoubleClick(wxGridEvent& e)
{
    // The name cell edits in place; elsewhere a double-click opens the task's properties.
    if (e.GetCol() == static_cast<int>(present::TaskColumn::Wbs) ||
        !present::cellEditable(m_view.cellContext(), table().taskAt(e.GetRow()), static_cast<present::TaskColumn>(e.GetCol()))) {
        SetGridCursor(e.GetRow(), e.GetCol());
        wxCommandEvent cmd(wxEVT_MENU, ID_TaskProperties);
        m_view.frame().GetEventHandler()->ProcessEvent(cmd);
        return;
    }
    e.Skip();
}

void TaskGrid::onLabelRightClick(wxGridEvent& e)
{
    if (e.GetRow() >= 0) { // a row label: the task's menu
        onRightClick(e);
        return;
    }
    // The column header: which columns show, as a checkable list.
    wxMenu menu;
    for (int c = 0; c < present::ColumnChoice::columnCount(); ++c) {
        const auto column = static_cast<present::TaskColumn>(c);
        wxMenuItem* item = menu.AppendCheckItem(ID_ToggleColumn0 + c, wx(present::columnTitle(column)));
        item->Check(m_columns.shown(column));
        item->Enable(present::ColumnChoice::canHide(column));
    }
    menu.AppendSeparator();
    menu.Append(ID_ChooseColumns, "Colu&mns..."_wx); // travels up to the main frame, like View > Columns...
    PopupMenu(&menu);
}

void TaskGrid::onColumnToggle(wxCommandEvent& e)
{
    const int c = e.GetId() - ID_ToggleColumn0;
    if (c < 0 || c >= present::ColumnChoice::columnCount())
        return;
    present::ColumnChoice choice = m_columns;
    const auto column = static_cast<present::TaskColumn>(c);
    choice.setShown(column, !choice.shown(column));
    setColumnChoice(choice);
}

void TaskGrid::onRightClick(wxGridEvent& e)
{
    if (e.GetRow() >= 0 && !IsInSelection(e.GetRow(), 0))
        SelectRow(e.GetRow());
    if (e.GetRow() >= 0)
        SetGridCursor(e.GetRow(), std::max(0, e.GetCol()));
    wxMenu menu;
    menu.Append(ID_TaskProperties, "Task Prop&erties..."_wx);
    menu.AppendSeparator();
    menu.Append(ID_InsertTask, "&Insert Task"_wx);
    menu.Append(ID_InsertMilestone, "Insert &Milestone"_wx);
    menu.Append(ID_DeleteTask, "&Delete Task"_wx);
    menu.AppendSeparator();
    menu.Append(ID_IndentTask, "Inden&t"_wx);
    menu.Append(ID_OutdentTask, "&Outdent"_wx);
    menu.Append(ID_MoveUp, "Mo&ve Up"_wx);
    menu.Append(ID_MoveDown, "Move Do&wn"_wx);
    menu.AppendSeparator();
    menu.Append(ID_LinkTasks, "&Link Selected Tasks"_wx);
    menu.Append(ID_UnlinkTasks, "U&nlink Selected Tasks"_wx);
    menu.AppendSeparator();
    auto* progress = new wxMenu;
    progress->Append(ID_Progress0, "0 %"_wx);
    progress->Append(ID_Progress25, "25 %"_wx);
    progress->Append(ID_Progress50, "50 %"_wx);
    progress->Append(ID_Progress75, "75 %"_wx);
    progress->Append(ID_Progress100, "100 %"_wx);
    menu.AppendSubMenu(progress, "Mark &Progress"_wx);
    // Menu commands travel up to the main frame like the menu bar's.
    PopupMenu(&menu);
}

void TaskGrid::onSelectCell(wxGridEvent& e)
{
    e.Skip();
    if (m_onSelection)
        CallAfter([this] { m_onSelection(); });
}

void TaskGrid::onScroll(wxScrollWinEvent& e)
{
    e.Skip();
    if (m_onScrolled)
        CallAfter([this] { m_onScrolled(); });
}

void TaskGrid::onKey(wxKeyEvent& e)
{
    // The menus' shortcuts first (Delete deletes the task, Shift+F2 opens its
    // properties, Alt+Shift+arrows indent and move), as in MS Project: the
    // grid would otherwise clear the cell, open its editor or extend the selection.
    if (m_view.frame().runMenuShortcut(e))
        return;
    const int task = table().taskAt(GetGridCursorRow());
    // + and - fold summaries, as in tree views; Alt+Shift+plus and
    // Alt+Shift+minus too, MS Project's Show and Hide Subtasks ('=' is the
    // plus key unshifted on US keyboards).
    const int mods = e.GetModifiers();
    if (task >= 0 && m_view.tree().isSummary(task) && (mods == wxMOD_NONE || mods == (wxMOD_ALT | wxMOD_SHIFT))) {
        const int code = e.GetKeyCode();
        const bool unfold = code == '+' || code == '=' || code == WXK_NUMPAD_ADD || code == WXK_ADD;
        const bool fold = code == '-' || code == WXK_NUMPAD_SUBTRACT || code == WXK_SUBTRACT;
        const bool collapsed = m_view.rows().isCollapsed(m_view.document().plan().tasks[static_cast<std::size_t>(task)].id);
        if ((unfold && collapsed && !(code == '=' && mods == wxMOD_NONE)) || (fold && !collapsed)) {
            m_view.toggleCollapsed(task);
            return;
        }
        if ((unfold || fold) && mods != wxMOD_NONE)
            return; // already so: the key does nothing else
    }
    e.Skip();
    if (m_onScrolled)
        CallAfter([this] { m_onScrolled(); });
}

} // namespace certplan::gui
