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
                                m_links, m_dates, *m_progress, m_variance ? &*m_variance : nullptr};
}

const Baseline* PlanView::shownBaseline() const
{
    // Until one is chosen, the first (usually the approved plan) is drawn under the live bars.
    if (m_baselineHidden)
        return nullptr;
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
    if (changes.replaced) {
        m_rows.expandAll(); // a different plan: forget what was folded
        m_compared.clear(); // and the baseline it was compared with
        m_baselineName.clear();
        m_baselineHidden = false;
    }
    if (changes.structure || changes.tasks || changes.calendars || changes.replaced || changes.info)
        rebuildCaches();
    updateVariance(); // every edit reschedules
    m_grid->refreshRows();
    m_gantt->planChanged();
    m_legend->update();
    if (!current.empty() && !changes.replaced)
        selectTask(current);
}

void PlanView::compareBaseline(const std::string& name)
{
    const bool wasShown = m_grid->baselineColumnsShown();
    m_compared = name;
    m_baselineName = name;
    m_baselineHidden = name.empty();
    updateVariance();
    // The grid widens to show the new columns (leaving the chart a quarter of
    // the window at least), and gives the room back when they go.
    if (!wasShown && m_grid->baselineColumnsShown()) {
        m_sashBeforeCompare = sashPosition();
        const int wanted = std::min(m_grid->baselineColumnsRight() + 4, GetClientSize().x * 3 / 4);
        if (wanted > sashPosition())
            setSashPosition(wanted);
    } else if (wasShown && !m_grid->baselineColumnsShown() && m_sashBeforeCompare > 0) {
        setSashPosition(m_sashBeforeCompare);
        m_sashBeforeCompare = 0;
    }
    refreshAll();
}

void PlanView::updateVariance()
{
    m_variance.reset();
    if (!m_compared.empty() && m_doc.hasSchedule()) {
        auto v = baselineVariance(m_doc.plan(), m_doc.schedule(), m_compared);
        if (v)
            m_variance = std::move(v).value();
        else
            m_compared.clear(); // deleted (or renamed away by undo): nothing to compare with
    }
    m_grid->showBaselineColumns(!m_compared.empty());
}

void PlanView::refreshAll()
{
    m_grid->refreshRows();
    m_gantt->planChanged();
    m_legend->update(); // the baseline entry comes and goes with the baseline shown
}

std::string PlanView::currentTaskId() const
{
    // Right after a different plan replaced this one (File > New Blank Plan),
    // the rows still map into the old plan until the caches are rebuilt.
    const int task = m_grid->table().taskAt(m_grid->GetGridCursorRow());
    const auto& tasks = m_doc.plan().tasks;
    return task < 0 || static_cast<std::size_t>(task) >= tasks.size() ? std::string() : tasks[static_cast<std::size_t>(task)].id;
}

std::vector<std::string> PlanView::selectedTaskIds() const
{
    std::vector<std::string> out;
    for (int row : m_grid->GetSelectedRows()) {
        const int task = m_grid->table().taskAt(row);
        if (task >= 0 && static_cast<std::size_t>(task) < m_doc.plan().tasks.size())
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
