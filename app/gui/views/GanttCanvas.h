// SPDX-License-Identifier: MIT
#pragma once
// The Gantt chart (right half of the Plan tab). Rows follow the grid's vertical
// scroll position; the chart scrolls horizontally on its own. Dragging a bar
// moves the task, dragging its right end changes the duration, dragging from
// one bar onto another links them: each drag is one undoable command.

#include "presenters/GanttLayout.h"

#include <wx/window.h>

#include <memory>
#include <optional>

class wxMenu;

namespace certplan::gui {

class PlanView;

class GanttCanvas : public wxWindow {
public:
    GanttCanvas(wxWindow* parent, PlanView& view);

    void planChanged();
    void syncWithGrid();
    present::GanttLayout& layout() { return m_layout; }
    // Changes the time scale keeping the date `anchorX` pixels from the left
    // edge where it is (the middle of the chart when negative: the menus and
    // toolbar; the mouse for Ctrl+wheel).
    void setUnit(present::TimeUnit unit, int anchorX = -1);
    // View > Zoom to Fit: the scale and scroll that show the whole plan.
    void zoomToFit();
    // Scrolls only when the task's bar is out of sight (the grid's selection
    // moved to it); Scroll to Task puts the bar at the left instead.
    void ensureTaskVisible(int task);
    // The right-click menu: the menu bar's commands for the task under the
    // mouse (task -1: the empty chart), built here so tests can read it.
    static std::unique_ptr<wxMenu> contextMenu(bool onTask);
    void scrollToX(double contentX);
    double scrollX() const { return m_scrollX; }
    // What is drawn now (content coordinates), for tests and hit testing.
    present::GanttFrame currentFrame() const;

    enum class DragMode { None, Pending, Move, Resize, Link };
    DragMode dragMode() const { return m_drag.mode; }

private:
    void onPaint(wxPaintEvent& e);
    void onSize(wxSizeEvent& e);
    void onScroll(wxScrollWinEvent& e);
    void onMouse(wxMouseEvent& e);
    void onWheel(wxMouseEvent& e);
    void onCaptureLost(wxMouseCaptureLostEvent& e);
    void onIdle(wxIdleEvent& e);
    void updateScrollbar();
    void finishDrag(const wxPoint& at);
    void updateTooltip(const present::GanttHit& hit);
    present::GanttLayout::Input input(int firstRow, int lastRow) const;
    double contentX(int screenX) const { return screenX + m_scrollX; }
    double contentY(int screenY) const;
    int visibleRowCount() const;

    struct Drag {
        DragMode mode = DragMode::None;
        int task = -1;
        wxPoint start;
        wxPoint now;
        present::GanttBar bar;
    };

    PlanView& m_view;
    present::GanttLayout m_layout;
    double m_scrollX = 0;
    int m_firstRow = 0;
    int m_hoverTask = -1;
    int m_wheelAnchor = -1;        // Ctrl+wheel: the mouse's x, for the zoom the menu command makes
    bool m_clickSelecting = false; // a click on a bar selects its task: the chart must not scroll under the mouse
    Drag m_drag;
};

} // namespace certplan::gui
