// SPDX-License-Identifier: MIT
#include "views/PlanView.h"

#include "MainFrame.h"
#include "calendar/CalendarSet.h"
#include "views/GanttCanvas.h"
#include "views/GanttLegend.h"
#include "views/TaskGrid.h"
#include "views/TaskTable.h"

#include <wx/sizer.h>
#include <wx/splitter.h>

namespace certplan::gui {

PlanView::PlanView(wxWindow* parent, MainFrame& frame, Document& doc)
    : wxPanel(parent, wxID_ANY), m_frame(frame), m_doc(doc)
{
    rebuildCaches();
    m_split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_grid = new TaskGrid(m_split, *this);
    m_gantt = new GanttCanvas(m_split, *this);
    m_split->SetMinimumPaneSize(120);
    // The grid keeps its width (WBS to Finish) when the window grows; the chart takes the rest.
    m_split->SetSashGravity(0.0);
    m_split->SplitVertically(m_grid, m_gantt, 640);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_split, 1, wxEXPAND);
    // Under both halves, so the grid's and the chart's rows stay level.
    m_legend = new GanttLegend(this, *this);
    sizer->Add(m_legend, 0, wxEXPAND);
    SetSizer(sizer);
    m_grid->setOnScrolled([this] { m_gantt->syncWithGrid(); });
    // The chart follows the selection (GanttProject, MS Project's Scroll to Task).
    m_grid->setOnSelection([this] {
        m_gantt->ensureTaskVisible(m_doc.plan().taskIndex(currentTaskId()));
        m_gantt->Refresh();
    });
    m_doc.addListener(this);
    m_gantt->planChanged();
}

PlanView::~PlanView()
{
    m_doc.removeListener(this);
}

void PlanView::rebuildCaches()
{
    const Plan& plan = m_doc.plan();
    m_rows.rebuild(plan);
    m_links.rebuild(plan);
    m_tree = std::make_unique<TaskTree>(plan.tasks);
    m_progress = std::make_unique<PlanProgress>(plan, *m_tree);
    const CalendarSet calendars(plan);
    m_calendar = std::make_unique<WorkCalendar>(calendars.planCalendar());
}

present::CellContext PlanView::cellContext() const
{
    return present::CellContext{m_doc.plan(), m_doc.hasSchedule() ? &m_doc.schedule() : nullptr, *m_calendar, *m_tree,
                                m_links, m_dates, *m_progress};
}

const Baseline* PlanView::shownBaseline() const
{
    // Until one is chosen, the first (usually the approved plan) is drawn under the live bars.
    const auto& baselines = m_doc.plan().baselines;
    for (const auto& b : baselines)
        if (b.name == m_baselineName)
            return &b;
    return m_baselineName.empty() && !baselines.empty() ? &baselines.front() : nullptr;
}

void PlanView::planChanged(const ChangeSet& changes)
{
    // Keep the cursor on the same task across structural edits.
    const std::string current = currentTaskId();
    if (changes.replaced)
        m_rows.expandAll(); // a different plan: forget what was folded
    if (changes.structure || changes.tasks || changes.calendars || changes.replaced || changes.info)
        rebuildCaches();
    m_grid->refreshRows();
    m_gantt->planChanged();
    m_legend->update();
    if (!current.empty() && !changes.replaced)
        selectTask(current);
}

void PlanView::refreshAll()
{
    m_grid->refreshRows();
    m_gantt->planChanged();
    m_legend->update(); // the baseline entry comes and goes with the baseline shown
}

std::string PlanView::currentTaskId() const
{
    const int task = m_grid->table().taskAt(m_grid->GetGridCursorRow());
    return task < 0 ? std::string() : m_doc.plan().tasks[static_cast<std::size_t>(task)].id;
}

std::vector<std::string> PlanView::selectedTaskIds() const
{
    std::vector<std::string> out;
    for (int row : m_grid->GetSelectedRows()) {
        const int task = m_grid->table().taskAt(row);
        if (task >= 0)
            out.push_back(m_doc.plan().tasks[static_cast<std::size_t>(task)].id);
    }
    if (out.empty() && !currentTaskId().empty())
        out.push_back(currentTaskId());
    return out;
}

void PlanView::selectTask(const std::string& id)
{
    const int task = m_doc.plan().taskIndex(id);
    if (task < 0)
        return;
    if (m_rows.rowOf(task) < 0) {
        m_rows.reveal(m_doc.plan(), task);
        m_rows.rebuild(m_doc.plan());
        m_grid->refreshRows();
    }
    const int row = m_rows.rowOf(task);
    const int col = std::max(0, m_grid->GetGridCursorCol());
    m_grid->SetGridCursor(row, col);
    m_grid->SelectRow(row);
    m_grid->MakeCellVisible(row, col);
    m_gantt->syncWithGrid();
    m_gantt->ensureTaskVisible(task);
    m_gantt->Refresh();
}

void PlanView::showLegend(bool show)
{
    GetSizer()->Show(m_legend, show);
    Layout();
}

void PlanView::setDateFormat(present::DateFormat f)
{
    m_dates = f;
    m_grid->ForceRefresh();
    m_gantt->Refresh();
}

void PlanView::setTimeUnit(present::TimeUnit u)
{
    m_gantt->setUnit(u);
}

present::TimeUnit PlanView::timeUnit() const
{
    return m_gantt->layout().unit();
}

void PlanView::toggleCollapsed(int task)
{
    const std::string& id = m_doc.plan().tasks[static_cast<std::size_t>(task)].id;
    m_rows.setCollapsed(id, !m_rows.isCollapsed(id));
    m_rows.rebuild(m_doc.plan());
    refreshAll();
    selectTask(id);
}

void PlanView::expandAll()
{
    m_rows.expandAll();
    m_rows.rebuild(m_doc.plan());
    refreshAll();
}

void PlanView::collapseAll()
{
    m_rows.collapseAll(m_doc.plan());
    m_rows.rebuild(m_doc.plan());
    refreshAll();
}

void PlanView::scrollToDate(Date d)
{
    m_gantt->scrollToX(m_gantt->layout().xOf(d) - 80);
}

void PlanView::scrollToTask(const std::string& id)
{
    selectTask(id);
    const int task = m_doc.plan().taskIndex(id);
    if (task >= 0 && m_doc.hasSchedule())
        scrollToDate(m_doc.schedule().tasks[static_cast<std::size_t>(task)].start);
}

int PlanView::sashPosition() const
{
    return m_split->GetSashPosition();
}

void PlanView::setSashPosition(int x)
{
    m_split->SetSashPosition(x);
}

} // namespace certplan::gui
