// SPDX-License-Identifier: MIT
#pragma once
// The Plan tab: the task grid and the Gantt chart side by side, sharing one
// list of visible rows so they always line up. Both read the plan and its
// schedule from the Document and redraw when it notifies.

#include "commands/Document.h"
#include "core/TaskTree.h"
#include "progress/Progress.h"
#include "presenters/DateFormat.h"
#include "presenters/GanttLayout.h"
#include "presenters/TaskColumns.h"
#include "presenters/VisibleRows.h"

#include <wx/panel.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class wxSplitterWindow;

namespace certplan::gui {

class MainFrame;
class TaskGrid;
class GanttCanvas;
class GanttLegend;

class PlanView : public wxPanel, public PlanListener {
public:
    PlanView(wxWindow* parent, MainFrame& frame, Document& doc);
    ~PlanView() override;

    void planChanged(const ChangeSet& changes) override;

    MainFrame& frame() { return m_frame; }
    // Where the grid ends and the chart begins, in pixels from the left.
    int sashPosition() const;
    void setSashPosition(int x);
    Document& document() { return m_doc; }
    const Document& document() const { return m_doc; }
    const present::VisibleRows& rows() const { return m_rows; }
    const present::TaskLinks& links() const { return m_links; }
    const TaskTree& tree() const { return *m_tree; }
    const PlanProgress& progress() const { return *m_progress; }
    present::CellContext cellContext() const;
    const present::DateFormat& dates() const { return m_dates; }
    const WorkCalendar& calendar() const { return *m_calendar; }
    const Baseline* shownBaseline() const;

    // Selection, as task ids (stable across edits).
    std::string currentTaskId() const;
    std::vector<std::string> selectedTaskIds() const;
    void selectTask(const std::string& id);

    void setDateFormat(present::DateFormat f);
    void setTimeUnit(present::TimeUnit u);
    present::TimeUnit timeUnit() const;
    void toggleCollapsed(int task);
    void expandAll();
    void collapseAll();
    void scrollToDate(Date d);
    void scrollToTask(const std::string& id);
    void setShownBaseline(const std::string& name) { m_baselineName = name; refreshAll(); }
    const std::string& shownBaselineName() const { return m_baselineName; }
    // Project > Compare to Baseline: the baseline the grid's variance columns
    // and the chart's baseline bars compare with; "" = none (both hidden). It
    // falls back to none when that baseline is deleted or another plan opens.
    void compareBaseline(const std::string& name);
    const std::string& comparedBaseline() const { return m_compared; }

    TaskGrid* grid() { return m_grid; }
    GanttCanvas* gantt() { return m_gantt; }
    // The legend strip under the grid and chart (View > Legend).
    GanttLegend* legend() { return m_legend; }
    void showLegend(bool show);
    void refreshAll();

private:
    void rebuildCaches();
    void updateVariance();

    MainFrame& m_frame;
    Document& m_doc;
    present::VisibleRows m_rows;
    present::TaskLinks m_links;
    std::unique_ptr<TaskTree> m_tree;
    std::unique_ptr<PlanProgress> m_progress;
    std::unique_ptr<WorkCalendar> m_calendar;
    present::DateFormat m_dates;
    std::string m_baselineName;
    std::string m_compared;
    bool m_baselineHidden = false; // "(none)" chosen: no baseline bars either
    int m_sashBeforeCompare = 0;   // the divider before the baseline columns widened the grid
    std::optional<std::vector<TaskVariance>> m_variance; // against m_compared
    wxSplitterWindow* m_split = nullptr;
    TaskGrid* m_grid = nullptr;
    GanttCanvas* m_gantt = nullptr;
    GanttLegend* m_legend = nullptr;
};

} // namespace certplan::gui
