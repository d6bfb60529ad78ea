// SPDX-License-Identifier: MIT
#include "views/TaskGrid.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/CanvasText.h"
#include "views/PlanView.h"
#include "views/TaskTable.h"

#include <wx/dc.h>
#include <wx/menu.h>
#include <wx/renderer.h>

namespace certplan::gui {

namespace {

constexpr int kIndent = 16;
constexpr int kExpander = 14;

// One line of text, clipped to the cell. wxGrid's own string renderer measures
// every cell twice through Pango before drawing it, which was most of the
// time of a page-down on large plans; a planner's cells are single lines.
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

class FastTextRenderer : public wxGridCellStringRenderer {
public:
    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool isSelected) override
    {
        wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, isSelected); // background
        SetTextColoursAndFont(grid, attr, dc, isSelected);
        int h = wxALIGN_LEFT, v = wxALIGN_CENTRE;
        attr.GetAlignment(&h, &v);
        drawCellText(dc, grid.GetCellValue(row, col), rect, h);
    }
    wxGridCellRenderer* Clone() const override { return new FastTextRenderer; }
};

// The Name column: indentation by outline level and a disclosure triangle on summaries.
class TaskNameRenderer : public wxGridCellStringRenderer {
public:
    explicit TaskNameRenderer(PlanView& view) : m_view(view) {}

    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool isSelected) override
    {
        wxGridCellRenderer::Draw(grid, attr, dc, rect, row, col, isSelected); // background
        const int task = m_view.rows().taskAt(row);
        const Task& t = m_view.document().plan().tasks[static_cast<std::size_t>(task)];
        int x = rect.x + 2 + t.level * kIndent;
        if (m_view.tree().isSummary(task)) {
            const bool collapsed = m_view.rows().isCollapsed(t.id);
            wxRendererNative::Get().DrawTreeItemButton(
                &grid, dc, wxRect(x, rect.y + (rect.height - kExpander) / 2, kExpander, kExpander),
                collapsed ? 0 : static_cast<int>(wxCONTROL_EXPANDED));
        } else if (t.milestone) {
            dc.SetBrush(isSelected ? *wxWHITE_BRUSH : wxBrush(wxColour(40, 40, 40)));
            dc.SetPen(*wxTRANSPARENT_PEN);
            const int cx = x + kExpander / 2, cy = rect.y + rect.height / 2;
            const wxPoint diamond[] = {{cx, cy - 4}, {cx + 4, cy}, {cx, cy + 4}, {cx - 4, cy}};
            dc.DrawPolygon(4, diamond);
        }
        x += kExpander + 4;
        wxRect textRect(x, rect.y, std::max(0, rect.GetRight() - x), rect.height);
        SetTextColoursAndFont(grid, attr, dc, isSelected);
        drawCellText(dc, grid.GetCellValue(row, col), textRect, wxALIGN_LEFT);
    }

    wxGridCellRenderer* Clone() const override { return new TaskNameRenderer(m_view); }

private:
    PlanView& m_view;
};

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
    SetDefaultRenderer(new FastTextRenderer);
    EnableDragRowSize(false);
    SetColLabelAlignment(wxALIGN_LEFT, wxALIGN_BOTTOM);
    for (int c = 0; c < static_cast<int>(present::TaskColumn::Count); ++c)
        SetColSize(c, present::columnWidth(static_cast<present::TaskColumn>(c)));
    auto* nameAttr = new wxGridCellAttr;
    nameAttr->SetRenderer(new TaskNameRenderer(view));
    SetColAttr(static_cast<int>(present::TaskColumn::Name), nameAttr);
    // The baseline columns are shown after Finish, where MS Project's Variance
    // table puts them next to the live dates; the model keeps them last.
    wxArrayInt order;
    for (int c = 0; c < static_cast<int>(present::TaskColumn::Count); ++c) {
        const auto column = static_cast<present::TaskColumn>(c);
        if (present::isBaselineColumn(column))
            continue;
        order.push_back(c);
        if (column == present::TaskColumn::Finish)
            for (int b = 0; b < static_cast<int>(present::TaskColumn::Count); ++b)
                if (present::isBaselineColumn(static_cast<present::TaskColumn>(b)))
                    order.push_back(b);
    }
    SetColumnsOrder(order);
    showBaselineColumns(false);

    Bind(wxEVT_GRID_CELL_LEFT_CLICK, &TaskGrid::onCellClick, this);
    Bind(wxEVT_GRID_CELL_LEFT_DCLICK, &TaskGrid::onCellDoubleClick, this);
    Bind(wxEVT_GRID_CELL_RIGHT_CLICK, &TaskGrid::onRightClick, this);
    Bind(wxEVT_GRID_LABEL_RIGHT_CLICK, &TaskGrid::onRightClick, this);
    Bind(wxEVT_GRID_SELECT_CELL, &TaskGrid::onSelectCell, this);
    Bind(wxEVT_SCROLLWIN_TOP, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_BOTTOM, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_LINEUP, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_LINEDOWN, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_PAGEUP, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_PAGEDOWN, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_THUMBTRACK, &TaskGrid::onScroll, this);
    Bind(wxEVT_SCROLLWIN_THUMBRELEASE, &TaskGrid::onScroll, this);
    GetGridWindow()->Bind(wxEVT_KEY_DOWN, &TaskGrid::onKey, this);
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
    ForceRefresh();
}

void TaskGrid::showBaselineColumns(bool show)
{
    if (show == m_baselineShown)
        return;
    m_baselineShown = show;
    BeginBatch();
    for (int c = 0; c < static_cast<int>(present::TaskColumn::Count); ++c) {
        const auto column = static_cast<present::TaskColumn>(c);
        if (!present::isBaselineColumn(column))
            continue;
        if (show) {
            ShowCol(c);
            if (GetColSize(c) <= 0) // never shown yet: ShowCol has no width to restore
                SetColSize(c, present::columnWidth(column));
        } else {
            HideCol(c);
        }
    }
    EndBatch();
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

void TaskGrid::onCellClick(wxGridEvent& e)
{
    if (e.GetCol() == static_cast<int>(present::TaskColumn::Name)) {
        const int task = table().taskAt(e.GetRow());
        if (task >= 0 && m_view.tree().isSummary(task)) {
            const wxRect cell = CellToRect(e.GetRow(), e.GetCol());
            int px = 0, py = 0;
            CalcUnscrolledPosition(e.GetPosition().x, e.GetPosition().y, &px, &py);
            const int level = m_view.document().plan().tasks[static_cast<std::size_t>(task)].level;
            const int x0 = cell.x + 2 + level * kIndent;
            if (px >= x0 - 2 && px <= x0 + kExpander + 2) {
                m_view.toggleCollapsed(task);
                return;
            }
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
    // + and - fold summaries, as in tree views.
    if (task >= 0 && m_view.tree().isSummary(task) && !e.HasAnyModifiers()) {
        const bool collapsed = m_view.rows().isCollapsed(m_view.document().plan().tasks[static_cast<std::size_t>(task)].id);
        if ((e.GetKeyCode() == '+' || e.GetKeyCode() == WXK_NUMPAD_ADD) && collapsed) {
            m_view.toggleCollapsed(task);
            return;
        }
        if ((e.GetKeyCode() == '-' || e.GetKeyCode() == WXK_NUMPAD_SUBTRACT) && !collapsed) {
            m_view.toggleCollapsed(task);
            return;
        }
    }
    e.Skip();
    if (m_onScrolled)
        CallAfter([this] { m_onScrolled(); });
}

} // namespace certplan::gui
