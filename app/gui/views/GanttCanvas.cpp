// SPDX-License-Identifier: MIT
#include "views/GanttCanvas.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/CanvasText.h"
#include "commands/TaskEdits.h"
#include "core/FieldLimits.h"
#include "presenters/GanttZoom.h"
#include "presenters/TaskColumns.h"
#include "views/GanttPainter.h"
#include "views/PlanView.h"
#include "views/TaskGrid.h"

#include <wx/dcbuffer.h>
#include <wx/menu.h>

#include <algorithm>
#include <cmath>

namespace certplan::gui {

namespace {
constexpr int kDragThreshold = 4;
}

GanttCanvas::GanttCanvas(wxWindow* parent, PlanView& view)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHSCROLL | wxFULL_REPAINT_ON_RESIZE | wxWANTS_CHARS),
      m_view(view)
{
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &GanttCanvas::onPaint, this);
    Bind(wxEVT_SIZE, &GanttCanvas::onSize, this);
    for (auto type : {wxEVT_SCROLLWIN_TOP, wxEVT_SCROLLWIN_BOTTOM, wxEVT_SCROLLWIN_LINEUP, wxEVT_SCROLLWIN_LINEDOWN,
                      wxEVT_SCROLLWIN_PAGEUP, wxEVT_SCROLLWIN_PAGEDOWN, wxEVT_SCROLLWIN_THUMBTRACK,
                      wxEVT_SCROLLWIN_THUMBRELEASE})
        Bind(type, &GanttCanvas::onScroll, this);
    Bind(wxEVT_LEFT_DOWN, &GanttCanvas::onMouse, this);
    Bind(wxEVT_LEFT_UP, &GanttCanvas::onMouse, this);
    Bind(wxEVT_LEFT_DCLICK, &GanttCanvas::onMouse, this);
    Bind(wxEVT_RIGHT_DOWN, &GanttCanvas::onMouse, this);
    Bind(wxEVT_MOTION, &GanttCanvas::onMouse, this);
    Bind(wxEVT_LEAVE_WINDOW, &GanttCanvas::onMouse, this);
    Bind(wxEVT_MOUSEWHEEL, &GanttCanvas::onWheel, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, &GanttCanvas::onCaptureLost, this);
    Bind(wxEVT_IDLE, &GanttCanvas::onIdle, this);
}

void GanttCanvas::planChanged()
{
    const Document& doc = m_view.document();
    if (doc.hasSchedule() && !doc.plan().tasks.empty())
        m_layout.setRange(doc.schedule().start, doc.schedule().finish);
    else
        m_layout.setRange(doc.plan().info.start, doc.plan().info.start);
    updateScrollbar();
    Refresh();
}

void GanttCanvas::setUnit(present::TimeUnit unit, int anchorX)
{
    const int offset = anchorX >= 0 ? anchorX : m_wheelAnchor >= 0 ? m_wheelAnchor : GetClientSize().x / 2;
    const present::GanttLayout before = m_layout;
    m_layout.setUnit(unit);
    planChanged(); // a new origin for the new scale
    scrollToX(present::scrollKeepingAnchor(before, m_scrollX, offset, m_layout));
}

void GanttCanvas::zoomToFit()
{
    const Document& doc = m_view.document();
    if (!doc.hasSchedule() || doc.plan().tasks.empty())
        return;
    const Date first = doc.schedule().start, last = doc.schedule().finish;
    auto fit = present::zoomToFit(first, last, GetClientSize().x);
    // Too long even in years for the chart's width (four years at 1024 pixels):
    // the grid gives the chart the room, down to a grid still usable.
    const double need = present::widthToFit(first, last, fit.unit);
    if (need > GetClientSize().x) {
        constexpr int kGridKeeps = 320;
        const int sash = m_view.sashPosition() - static_cast<int>(need - GetClientSize().x + 0.5);
        m_view.setSashPosition(std::max(kGridKeeps, sash));
        Update();
        fit = present::zoomToFit(first, last, GetClientSize().x);
    }
    m_layout.setUnit(fit.unit);
    planChanged();
    scrollToX(fit.scrollX);
}

void GanttCanvas::ensureTaskVisible(int task)
{
    const Document& doc = m_view.document();
    // Not before the chart has its size: there is no "in sight" yet.
    if (GetClientSize().x < 50 || m_clickSelecting || m_drag.mode != DragMode::None)
        return;
    if (task < 0 || !doc.hasSchedule() || task >= static_cast<int>(doc.plan().tasks.size()))
        return;
    const present::GanttBar bar =
        m_layout.barFor(doc.plan(), doc.schedule(), m_view.progress(), task, 0, m_view.shownBaseline());
    const double x = present::scrollToShow(bar.rect.x, bar.rect.right(), m_scrollX, GetClientSize().x);
    if (x != m_scrollX)
        scrollToX(x);
}

void GanttCanvas::scrollToX(double contentX)
{
    const double maxX = std::max(0.0, m_layout.width() - GetClientSize().x);
    m_scrollX = std::clamp(contentX, 0.0, maxX);
    updateScrollbar();
    Refresh();
}

void GanttCanvas::updateScrollbar()
{
    const int page = std::max(1, GetClientSize().x);
    SetScrollbar(wxHORIZONTAL, static_cast<int>(m_scrollX), page, static_cast<int>(std::ceil(m_layout.width())));
}

void GanttCanvas::syncWithGrid()
{
    const int first = m_view.grid()->firstVisibleRow();
    if (first != m_firstRow) {
        m_firstRow = first;
        Refresh();
    }
}

int GanttCanvas::visibleRowCount() const
{
    const int header = m_view.grid()->headerHeight();
    return std::max(0, (GetClientSize().y - header) / m_layout.metrics().rowHeight + 1);
}

double GanttCanvas::contentY(int screenY) const
{
    return screenY - m_view.grid()->headerHeight() + m_layout.rowTop(m_firstRow);
}

present::GanttLayout::Input GanttCanvas::input(int firstRow, int lastRow) const
{
    const Document& doc = m_view.document();
    present::GanttLayout::Input in;
    in.plan = &doc.plan();
    in.schedule = &doc.schedule();
    in.calendar = &m_view.calendar();
    in.rows = &m_view.rows();
    in.firstRow = firstRow;
    in.lastRow = lastRow;
    in.viewX0 = m_scrollX;
    in.viewX1 = m_scrollX + GetClientSize().x;
    in.today = boost::gregorian::day_clock::local_day();
    in.baseline = m_view.shownBaseline();
    in.links = &m_view.links();
    in.progress = &m_view.progress();
    return in;
}

present::GanttFrame GanttCanvas::currentFrame() const
{
    if (!m_view.document().hasSchedule())
        return {};
    return m_layout.layout(input(m_firstRow, m_firstRow + visibleRowCount()));
}

void GanttCanvas::onPaint(wxPaintEvent&)
{
    wxAutoBufferedPaintDC dc(this);
    const Document& doc = m_view.document();
    if (!doc.hasSchedule()) {
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        dc.SetTextForeground(wxColour(160, 30, 30));
        drawCanvasText(dc, "The plan cannot be scheduled: "_wx + wx(doc.scheduleError()), 12, 50);
        return;
    }
    const present::GanttFrame frame = currentFrame();
    GanttPaintOptions o;
    o.size = GetClientSize();
    o.scrollX = m_scrollX;
    o.firstRow = m_firstRow;
    o.headerHeight = m_view.grid()->headerHeight();
    o.selectedTask = doc.plan().taskIndex(m_view.currentTaskId());
    o.hoverTask = m_hoverTask;
    paintGantt(dc, m_layout, frame, o);

    // Drag feedback on top of the chart.
    if (m_drag.mode == DragMode::Move || m_drag.mode == DragMode::Resize) {
        const int dx = m_drag.now.x - m_drag.start.x;
        wxRect r(static_cast<int>(m_drag.bar.rect.x - m_scrollX), m_drag.start.y - static_cast<int>(m_drag.bar.rect.h / 2),
                 static_cast<int>(m_drag.bar.rect.w), static_cast<int>(m_drag.bar.rect.h));
        if (m_drag.mode == DragMode::Move)
            r.x += dx;
        else
            r.width = std::max(4, r.width + dx);
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.SetPen(wxPen(*wxBLACK, 1, wxPENSTYLE_SHORT_DASH));
        dc.DrawRectangle(r);
        const Date d = m_layout.dateAt(contentX(m_drag.mode == DragMode::Move ? r.x : r.GetRight()));
        drawCanvasText(dc, wx(m_view.dates().format(d)), r.x, r.y - dc.GetCharHeight() - 2);
    } else if (m_drag.mode == DragMode::Link) {
        dc.SetPen(wxPen(wxColour(30, 30, 30), 1, wxPENSTYLE_SHORT_DASH));
        dc.DrawLine(m_drag.start, m_drag.now);
    }
}

void GanttCanvas::onSize(wxSizeEvent& e)
{
    updateScrollbar();
    e.Skip();
}

void GanttCanvas::onScroll(wxScrollWinEvent& e)
{
    if (e.GetOrientation() != wxHORIZONTAL)
        return;
    const int page = GetClientSize().x;
    double x = m_scrollX;
    const auto type = e.GetEventType();
    if (type == wxEVT_SCROLLWIN_LINEUP)
        x -= 40;
    else if (type == wxEVT_SCROLLWIN_LINEDOWN)
        x += 40;
    else if (type == wxEVT_SCROLLWIN_PAGEUP)
        x -= page;
    else if (type == wxEVT_SCROLLWIN_PAGEDOWN)
        x += page;
    else if (type == wxEVT_SCROLLWIN_TOP)
        x = 0;
    else if (type == wxEVT_SCROLLWIN_BOTTOM)
        x = m_layout.width();
    else
        x = e.GetPosition();
    scrollToX(x);
}

void GanttCanvas::onWheel(wxMouseEvent& e)
{
    const int steps = e.GetWheelRotation() / std::max(1, e.GetWheelDelta());
    if (e.ControlDown()) {
        // Through the View menu's command, so the Time Scale menu and the preference follow.
        if (steps != 0) {
            m_wheelAnchor = e.GetX();
            wxCommandEvent cmd(wxEVT_MENU, steps > 0 ? ID_ZoomIn : ID_ZoomOut);
            m_view.frame().GetEventHandler()->ProcessEvent(cmd);
            m_wheelAnchor = -1;
        }
        return;
    }
    if (e.ShiftDown() || e.GetWheelAxis() == wxMOUSE_WHEEL_HORIZONTAL) {
        scrollToX(m_scrollX - steps * 60);
        return;
    }
    // Vertical scrolling belongs to the grid; the chart follows it.
    TaskGrid* grid = m_view.grid();
    int x = 0, y = 0;
    grid->GetViewStart(&x, &y);
    grid->Scroll(x, std::max(0, y - steps * 3));
    syncWithGrid();
}

void GanttCanvas::onIdle(wxIdleEvent& e)
{
    // Keyboard navigation in the grid scrolls it without any scroll event.
    syncWithGrid();
    e.Skip();
}

void GanttCanvas::updateTooltip(const present::GanttHit& hit)
{
    if (hit.task == m_hoverTask)
        return;
    m_hoverTask = hit.task;
    if (hit.task < 0) {
        UnsetToolTip();
        return;
    }
    const Document& doc = m_view.document();
    const Task& t = doc.plan().tasks[static_cast<std::size_t>(hit.task)];
    const TaskTimes& tt = doc.schedule().tasks[static_cast<std::size_t>(hit.task)];
    const auto& f = m_view.dates();
    wxString tip = wx(t.name) + "\n"_wx;
    if (tt.milestone)
        tip += "Milestone: "_wx + wx(f.format(tt.finish)) + "\n"_wx;
    else
        tip += wx(f.format(tt.start)) + " \u2013 "_wx + wx(f.format(tt.finish)) +
               wxString::Format(" (%d working days)\n"_wx, tt.durationDays);
    tip += wxString::Format("Total float: %d d, free float: %d d%s\n"_wx, tt.totalFloat, tt.freeFloat,
                            wx(tt.critical ? "  \u2014 critical" : ""));
    tip += wxString::Format("%d %% complete"_wx, m_view.progress().percent(hit.task));
    if (t.constraint.type != ConstraintType::AsSoonAsPossible)
        tip += "\nConstraint: "_wx + wx(present::formatConstraint(t.constraint, f));
    const std::string res = present::formatResources(doc.plan(), t);
    if (!res.empty())
        tip += "\nResources: "_wx + wx(res);
    SetToolTip(tip);
}

void GanttCanvas::onMouse(wxMouseEvent& e)
{
    Document& doc = m_view.document();
    if (!doc.hasSchedule())
        return;
    const wxPoint p = e.GetPosition();
    const auto frame = currentFrame();
    const auto hit = present::GanttLayout::hitTest(frame, contentX(p.x), contentY(p.y));

    if (e.GetEventType() == wxEVT_LEAVE_WINDOW) {
        m_hoverTask = -1;
        return;
    }
    if (e.GetEventType() == wxEVT_MOTION) {
        if (m_drag.mode == DragMode::None) {
            updateTooltip(hit);
            SetCursor(hit.part == present::GanttHit::Part::FinishEdge ? wxCursor(wxCURSOR_SIZEWE)
                      : hit.task >= 0                                 ? wxCursor(wxCURSOR_HAND)
                                                                      : wxNullCursor);
            return;
        }
        m_drag.now = p;
        if (m_drag.mode == DragMode::Pending) {
            const int dx = std::abs(p.x - m_drag.start.x), dy = std::abs(p.y - m_drag.start.y);
            if (std::max(dx, dy) >= kDragThreshold)
                m_drag.mode = dy > dx ? DragMode::Link : DragMode::Move;
        }
        Refresh();
        return;
    }
    if (e.GetEventType() == wxEVT_LEFT_DOWN) {
        SetFocus();
        if (hit.task < 0)
            return;
        m_clickSelecting = true;
        m_view.selectTask(doc.plan().tasks[static_cast<std::size_t>(hit.task)].id);
        m_clickSelecting = false;
        m_drag = {};
        m_drag.task = hit.task;
        m_drag.start = m_drag.now = p;
        for (const auto& b : frame.bars)
            if (b.task == hit.task)
                m_drag.bar = b;
        m_drag.mode = hit.part == present::GanttHit::Part::FinishEdge ? DragMode::Resize : DragMode::Pending;
        CaptureMouse();
        return;
    }
    if (e.GetEventType() == wxEVT_LEFT_UP) {
        if (HasCapture())
            ReleaseMouse();
        finishDrag(p);
        // The bar may have moved: the tooltip is built again on the next hover.
        m_hoverTask = -1;
        UnsetToolTip();
        return;
    }
    if (e.GetEventType() == wxEVT_LEFT_DCLICK && hit.task >= 0) {
        m_view.selectTask(doc.plan().tasks[static_cast<std::size_t>(hit.task)].id);
        wxCommandEvent cmd(wxEVT_MENU, ID_TaskProperties);
        m_view.frame().GetEventHandler()->ProcessEvent(cmd);
        return;
    }
    if (e.GetEventType() == wxEVT_RIGHT_DOWN) {
        // A right-click inside the selection keeps it (Link Selected Tasks needs
        // two or more); elsewhere it selects the task under the mouse.
        const std::string id = hit.task >= 0 ? doc.plan().tasks[static_cast<std::size_t>(hit.task)].id : std::string();
        const auto selected = m_view.selectedTaskIds();
        if (!id.empty() && std::find(selected.begin(), selected.end(), id) == selected.end()) {
            m_clickSelecting = true;
            m_view.selectTask(id);
            m_clickSelecting = false;
        }
        // The items carry the menu bar's ids: the main window runs them on the selection.
        // The tooltip would cover the menu's items.
        m_hoverTask = -1;
        UnsetToolTip();
        const auto menu = contextMenu(hit.task >= 0);
        PopupMenu(menu.get());
    }
}

std::unique_ptr<wxMenu> GanttCanvas::contextMenu(bool onTask)
{
    auto menu = std::make_unique<wxMenu>();
    if (onTask) {
        menu->Append(ID_TaskProperties, "Task &Properties..."_wx);
        menu->Append(ID_LinkTo, "Lin&k to..."_wx);
        menu->Append(ID_LinkTasks, "&Link Selected Tasks"_wx);
        menu->Append(ID_UnlinkTasks, "&Unlink from Predecessors"_wx);
        auto* progress = new wxMenu;
        for (int k = 0; k <= 4; ++k)
            progress->Append(ID_Progress0 + k, wxString::Format("&%d %% Complete"_wx, k * 25));
        menu->AppendSubMenu(progress, "Mark P&rogress"_wx);
        menu->AppendSeparator();
    }
    menu->Append(ID_InsertTask, "&Insert Task"_wx);
    if (onTask)
        menu->Append(ID_DeleteTask, "&Delete Task"_wx);
    menu->AppendSeparator();
    if (onTask)
        menu->Append(ID_GoToTask, "&Scroll to Task"_wx);
    menu->Append(ID_ZoomToFit, "Zoom to &Fit"_wx);
    return menu;
}

void GanttCanvas::onCaptureLost(wxMouseCaptureLostEvent&)
{
    m_drag = {};
    Refresh();
}

void GanttCanvas::finishDrag(const wxPoint& at)
{
    const Drag drag = m_drag;
    m_drag = {};
    Refresh();
    if (drag.task < 0)
        return;
    Document& doc = m_view.document();
    const Plan& plan = doc.plan();
    const Task& t = plan.tasks[static_cast<std::size_t>(drag.task)];
    const TaskTimes& tt = doc.schedule().tasks[static_cast<std::size_t>(drag.task)];
    const double pxPerDay = m_layout.pxPerDay();
    switch (drag.mode) {
    case DragMode::Move: {
        const long days = std::lround((at.x - drag.start.x) / pxPerDay);
        if (days == 0)
            return;
        // A bar dropped past the calendars' range is refused with the date it
        // was dropped on, not pinned to the range's last day.
        const Date dropped = tt.start + boost::gregorian::days(days);
        const Date pinned = limits::inDateRange(dropped) ? m_view.calendar().nextWorkingDay(dropped) : dropped;
        if (!limits::inDateRange(pinned)) {
            m_view.frame().runEdit(unexpected("the bar was dropped on " + formatIsoDate(dropped) +
                                              "; a task can start no earlier than " + limits::dateRangeText() +
                                              " (with a working day on or after it)"));
            return;
        }
        // Like MS Project: dragging a bar pins its start with "start no earlier
        // than". That changes how the task schedules from now on, so the undo
        // label and the status bar say so.
        Task after = t;
        after.constraint = {ConstraintType::StartNoEarlierThan, pinned};
        const std::string date = m_view.dates().format(pinned);
        const std::string name = t.name;
        std::string said = "Task " + name + ": constraint set to Start No Earlier Than " + date + " because it was dragged";
        if (t.constraint.type != ConstraintType::AsSoonAsPossible && t.constraint.type != ConstraintType::StartNoEarlierThan)
            said += " (it was " + present::formatConstraint(t.constraint, m_view.dates()) + ")";
        if (m_view.frame().runEdit(editTask(plan, after, "Move Task (Start No Earlier Than " + date + ")")))
            m_view.frame().showStatusMessage(said);
        return;
    }
    case DragMode::Resize: {
        const Date newFinish = m_layout.dateAt(contentX(at.x) - pxPerDay / 2);
        if (!limits::inDateRange(newFinish)) {
            m_view.frame().runEdit(unexpected("the bar's end was dropped on " + formatIsoDate(newFinish) +
                                              "; a task must finish by " + formatIsoDate(limits::lastDate())));
            return;
        }
        Task after = t;
        after.durationDays = std::max(1, m_view.calendar().workingDaysBetween(tt.start, newFinish));
        after.milestone = false;
        if (after.durationDays == t.durationDays)
            return;
        m_view.frame().runEdit(editTask(plan, after, "Change Duration"));
        return;
    }
    case DragMode::Link: {
        const auto hit = present::GanttLayout::hitTest(currentFrame(), contentX(at.x), contentY(at.y));
        if (hit.task < 0 || hit.task == drag.task)
            return;
        m_view.frame().runEdit(linkTasks(plan, t.id, plan.tasks[static_cast<std::size_t>(hit.task)].id));
        return;
    }
    default:
        return;
    }
}

} // namespace certplan::gui
