// SPDX-License-Identifier: MIT
// The Gantt chart in the real main window: it follows the selection, zoom
// keeps the date the user looks at, Zoom to Fit, the legend, the right-click
// menu and Link to..., what a drag says it did.

#include "ExamplePlan.h"
#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "ModalCloser.h"
#include "SelectionEvents.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "presenters/GanttLegend.h"
#include "views/GanttLegend.h"
#include "views/GanttPainter.h"

#include <catch2/catch.hpp>

#include <wx/choicdlg.h>
#include <wx/dcclient.h>
#include <wx/listbox.h>
#include <wx/statusbr.h>

#include <functional>
#include <memory>
#include <set>

using namespace certplan;
using namespace certplan::gui;
using namespace certplan::test;

namespace {

struct Span {
    double x0, x1;
};

Span barSpan(Window& w, int task)
{
    const auto bar = w.gantt()->layout().barFor(w.plan(), w.doc().schedule(), w.view()->progress(), task, 0, nullptr);
    return {bar.rect.x, bar.rect.right()};
}

bool barInView(Window& w, int task)
{
    const Span s = barSpan(w, task);
    const double left = w.gantt()->scrollX(), right = left + w.gantt()->GetClientSize().x;
    return s.x1 > left + 4 && s.x0 < right - 4;
}

// The plain task whose bar is furthest to the right.
int lastTask(Window& w)
{
    int best = -1;
    for (std::size_t i = 0; i < w.plan().tasks.size(); ++i)
        if (!w.view()->tree().isSummary(static_cast<int>(i)) &&
            (best < 0 || w.doc().schedule().tasks[i].start > w.doc().schedule().tasks[static_cast<std::size_t>(best)].start))
            best = static_cast<int>(i);
    return best;
}

Date centreDate(Window& w)
{
    return w.gantt()->layout().dateAt(w.gantt()->scrollX() + w.gantt()->GetClientSize().x / 2);
}

} // namespace

TEST_CASE("Selecting a task in the grid, by Find or Go to Task scrolls the chart to its bar", "[gui][gantt][chart]")
{
    Window w;
    openExample(w);
    sendMenu(w.frame, ID_ScaleDays);
    const int task = lastTask(w);
    REQUIRE(task >= 0);
    w.gantt()->scrollToX(0);
    REQUIRE_FALSE(barInView(w, task));

    SECTION("a click on its row in the grid")
    {
        const int row = w.view()->rows().rowOf(task);
        REQUIRE(row >= 0);
        selectGridRow(w.grid(), row);
        pump(50);
        CHECK(barInView(w, task));
    }
    SECTION("Edit > Find Next")
    {
        w.frame->setFindText(w.plan().tasks[static_cast<std::size_t>(task)].name);
        sendMenu(w.frame, ID_FindNext);
        pump(50);
        // The first task whose name contains that name: it may be another one, far right too.
        const int found = w.plan().taskIndex(w.view()->currentTaskId());
        REQUIRE(found >= 0);
        REQUIRE(barSpan(w, found).x0 > w.gantt()->GetClientSize().x); // out of sight from the left edge
        CHECK(barInView(w, found));
    }
    SECTION("a bar already in sight does not move the chart")
    {
        w.gantt()->scrollToX(barSpan(w, task).x0 - 300);
        const double before = w.gantt()->scrollX();
        REQUIRE(barInView(w, task));
        selectGridRow(w.grid(), w.view()->rows().rowOf(task));
        pump(50);
        CHECK(w.gantt()->scrollX() == before);
    }
}

TEST_CASE("Zoom In, Zoom Out and the Time Scale menu keep the date at the centre of the chart", "[gui][gantt][chart]")
{
    Window w;
    openExample(w);
    sendMenu(w.frame, ID_ScaleWeeks);
    const auto& s = w.doc().schedule();
    const Date middle = s.start + boost::gregorian::days((s.finish - s.start).days() / 2);
    w.gantt()->scrollToX(w.gantt()->layout().xOf(middle) - w.gantt()->GetClientSize().x / 2.0);
    const Date centre = centreDate(w);
    REQUIRE(w.gantt()->scrollX() > 0);

    sendMenu(w.frame, ID_ZoomIn);
    CHECK(w.view()->timeUnit() == present::TimeUnit::Day);
    CHECK(centreDate(w) == centre);
    sendMenu(w.frame, ID_ZoomOut);
    sendMenu(w.frame, ID_ZoomOut);
    CHECK(w.view()->timeUnit() == present::TimeUnit::Month);
    CHECK(centreDate(w) == centre);
    sendChecked(w.frame, ID_ScaleQuarters, true);
    CHECK(w.view()->timeUnit() == present::TimeUnit::Quarter);
    CHECK(centreDate(w) == centre);
}

TEST_CASE("Ctrl+mouse wheel zooms around the date under the mouse and the Time Scale menu follows", "[gui][gantt][chart]")
{
    Window w;
    openExample(w);
    sendMenu(w.frame, ID_ScaleWeeks);
    GanttCanvas* canvas = w.gantt();
    canvas->scrollToX(canvas->layout().xOf(w.doc().schedule().start) + 200);
    const int mouseX = 150;
    const Date under = canvas->layout().dateAt(canvas->scrollX() + mouseX);
    wxMouseEvent wheel(wxEVT_MOUSEWHEEL);
    wheel.SetEventObject(canvas);
    wheel.SetPosition(wxPoint(mouseX, 100));
    wheel.m_controlDown = true;
    wheel.m_wheelRotation = 120;
    wheel.m_wheelDelta = 120;
    canvas->GetEventHandler()->ProcessEvent(wheel);
    CHECK(w.view()->timeUnit() == present::TimeUnit::Day);
    CHECK(canvas->layout().dateAt(canvas->scrollX() + mouseX) == under);
    CHECK(w.frame->GetMenuBar()->IsChecked(ID_ScaleDays));
}

TEST_CASE("View > Zoom to Fit shows the whole plan at the finest scale that holds it", "[gui][gantt][chart]")
{
    Window w;
    openExample(w);
    sendMenu(w.frame, ID_ScaleDays);
    w.gantt()->scrollToX(0);
    sendMenu(w.frame, ID_ZoomToFit);
    const auto& s = w.doc().schedule();
    const auto& layout = w.gantt()->layout();
    const double left = w.gantt()->scrollX(), width = w.gantt()->GetClientSize().x;
    CHECK(layout.xOf(s.start) >= left);
    CHECK(layout.xOf(s.finish + boost::gregorian::days(1)) <= left + width);
    const present::TimeUnit finer = present::zoomIn(layout.unit());
    if (finer != layout.unit())
        CHECK(((s.finish - s.start).days() + 1) * present::pixelsPerDay(finer) + 48 > width);
    CHECK(w.frame->GetMenuBar()->IsChecked(ID_ScaleDays + static_cast<int>(layout.unit())));
}

TEST_CASE("The legend lists the chart's marks, fits 1024x700 and View > Legend hides it for the next session", "[gui][gantt][legend]")
{
    {
        Window w;
        openExample(w);
        w.frame->SetSize(wxSize(1024, 700));
        pump(100);
        GanttLegend* legend = w.view()->legend();
        REQUIRE(legend->IsShown());
        CHECK(w.frame->GetMenuBar()->IsChecked(ID_ShowLegend));
        // Nothing cut off: the strip is as tall as its entries need at its width.
        wxClientDC dc(legend);
        const auto entries = legend->entries();
        CHECK(entries.size() >= 8);
        CHECK(legend->GetClientSize().y >= paintGanttLegend(dc, entries, legend->GetClientSize().x, false));
        CHECK(legend->GetClientSize().x > 900);
        // At the window's smallest width the entries wrap onto another line, and the strip grows to show it.
        w.frame->SetSize(w.frame->GetMinSize());
        pump(150);
        const int oneLine = paintGanttLegend(dc, entries, 5000, false);
        const int needed = paintGanttLegend(dc, entries, legend->GetClientSize().x, false);
        CHECK(needed > oneLine);
        CHECK(legend->GetClientSize().y >= needed);
        // The example has a baseline: its entry is there.
        bool baseline = false;
        for (const auto& e : entries)
            baseline = baseline || e.symbol == present::LegendEntry::Symbol::Baseline;
        CHECK(baseline == (w.view()->shownBaseline() != nullptr));

        sendChecked(w.frame, ID_ShowLegend, false);
        pump(30);
        CHECK_FALSE(legend->IsShown());
        CHECK_FALSE(w.frame->GetMenuBar()->IsChecked(ID_ShowLegend));
    }
    {
        Window again;
        CHECK_FALSE(again.view()->legend()->IsShown());
        CHECK_FALSE(again.frame->GetMenuBar()->IsChecked(ID_ShowLegend));
        sendChecked(again.frame, ID_ShowLegend, true);
        CHECK(again.view()->legend()->IsShown());
    }
}

TEST_CASE("The chart's right-click menu carries the menu bar's commands and runs them", "[gui][gantt][context]")
{
    const auto onTask = GanttCanvas::contextMenu(true);
    std::set<int> ids;
    std::function<void(wxMenu*)> collect = [&](wxMenu* m) {
        for (wxMenuItem* item : m->GetMenuItems()) {
            if (item->GetSubMenu())
                collect(item->GetSubMenu());
            else if (!item->IsSeparator())
                ids.insert(item->GetId());
        }
    };
    collect(onTask.get());
    for (int id : {int(ID_TaskProperties), int(ID_LinkTo), int(ID_LinkTasks), int(ID_UnlinkTasks), int(ID_Progress0), int(ID_Progress25),
                   int(ID_Progress50), int(ID_Progress75), int(ID_Progress100), int(ID_InsertTask), int(ID_DeleteTask),
                   int(ID_GoToTask), int(ID_ZoomToFit)})
        CHECK(ids.count(id) == 1);

    Window w;
    openExample(w);
    for (int id : ids)
        CHECK(w.frame->GetMenuBar()->FindItem(id) != nullptr);

    // A right-click on a bar, then "Insert Task" from the menu (GTK's own popup, driven by ModalCloser).
    sendMenu(w.frame, ID_ScaleDays);
    const int task = lastTask(w);
    w.view()->scrollToTask(w.plan().tasks[static_cast<std::size_t>(task)].id);
    pump(50);
    GanttCanvas* canvas = w.gantt();
    const auto frame = canvas->currentFrame();
    const present::GanttBar* bar = nullptr;
    for (const auto& b : frame.bars)
        if (b.task == task)
            bar = &b;
    REQUIRE(bar != nullptr);
    const int header = w.grid()->headerHeight();
    const double top = canvas->layout().rowTop(w.grid()->firstVisibleRow());
    const wxPoint at(static_cast<int>(bar->rect.x + bar->rect.w / 2 - canvas->scrollX()),
                     static_cast<int>(bar->rect.y + bar->rect.h / 2 - top) + header);
    ModalCloser closer;
    int insertAt = -1;
    for (size_t k = 0; k < onTask->GetMenuItemCount(); ++k)
        if (onTask->FindItemByPosition(k)->GetId() == ID_InsertTask)
            insertAt = static_cast<int>(k);
    REQUIRE(insertAt >= 0);
    canvas->Bind(wxEVT_MENU_OPEN, [&](wxMenuEvent& e) {
        closer.openPopup = e.GetMenu();
        closer.popupChoice = insertAt;
        e.Skip();
    });
    const std::size_t before = w.plan().tasks.size();
    const std::string id = w.plan().tasks[static_cast<std::size_t>(task)].id;
    wxMouseEvent right(wxEVT_RIGHT_DOWN);
    right.SetEventObject(canvas);
    right.SetPosition(at);
    canvas->GetEventHandler()->ProcessEvent(right);
    pumpUntil([&] { return w.plan().tasks.size() > before; }, 2000);
    CHECK(closer.popupsSeen == 1);
    CHECK(w.plan().tasks.size() == before + 1);
    // Inserted above the task that was right-clicked, as Edit > Insert Task does.
    CHECK(w.plan().taskIndex(id) == task + 1);
}

TEST_CASE("Dragging a bar says in the status bar and the Undo item that it set Start No Earlier Than", "[gui][gantt][drag]")
{
    Window w;
    openExample(w);
    Preferences p;
    p.dateStyle = present::DateStyle::DayMonthName;
    w.frame->setPreferences(p);
    sendMenu(w.frame, ID_ScaleDays);
    GanttCanvas* canvas = w.gantt();
    // A plain task with no constraint, in sight.
    int task = -1;
    for (std::size_t i = 0; i < w.plan().tasks.size() && task < 0; ++i) {
        const Task& t = w.plan().tasks[i];
        if (!w.view()->tree().isSummary(static_cast<int>(i)) && !t.milestone && t.durationDays >= 3 &&
            t.constraint.type == ConstraintType::AsSoonAsPossible && w.view()->progress().percent(static_cast<int>(i)) == 0)
            task = static_cast<int>(i);
    }
    REQUIRE(task >= 0);
    w.view()->scrollToTask(w.plan().tasks[static_cast<std::size_t>(task)].id);
    pump(50);
    const auto frame = canvas->currentFrame();
    const present::GanttBar* bar = nullptr;
    for (const auto& b : frame.bars)
        if (b.task == task)
            bar = &b;
    REQUIRE(bar != nullptr);
    const int header = w.grid()->headerHeight();
    const double top = canvas->layout().rowTop(w.grid()->firstVisibleRow());
    const wxPoint from(static_cast<int>(bar->rect.x + bar->rect.w / 2 - canvas->scrollX()),
                       static_cast<int>(bar->rect.y + bar->rect.h / 2 - top) + header);
    const wxPoint to = from + wxPoint(static_cast<int>(14 * canvas->layout().pxPerDay()), 0);
    sendMouse(canvas, wxEVT_LEFT_DOWN, from, true);
    sendMouse(canvas, wxEVT_MOTION, from + wxPoint(10, 0), true);
    REQUIRE(canvas->dragMode() == GanttCanvas::DragMode::Move);
    sendMouse(canvas, wxEVT_MOTION, to, true);
    sendMouse(canvas, wxEVT_LEFT_UP, to, false);
    pump(30);
    INFO("errors: " << (w.prompts.errors.empty() ? std::string() : w.prompts.errors.front().message));
    const Task& moved = w.plan().tasks[static_cast<std::size_t>(task)];
    REQUIRE(moved.constraint.type == ConstraintType::StartNoEarlierThan);
    REQUIRE(moved.constraint.date);
    const std::string date = present::DateFormat(present::DateStyle::DayMonthName).format(*moved.constraint.date);
    CHECK(date.find('-') == std::string::npos); // the preference's format, not ISO
    const std::string status = utf8(w.frame->GetStatusBar()->GetStatusText(0));
    CHECK(status == "Task " + moved.name + ": constraint set to Start No Earlier Than " + date + " because it was dragged");
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Move Task (Start No Earlier Than " + date + ")");
}

TEST_CASE("A right-click on a selected bar keeps the selection, so Link Selected Tasks links them", "[gui][gantt][context]")
{
    Window w;
    openExample(w);
    sendMenu(w.frame, ID_ScaleDays);
    const Plan& plan = w.plan();
    const auto& times = w.doc().schedule().tasks;
    // A: a plain task; B: a later one that starts after A finishes and does not follow it yet.
    int a = -1, b = -1;
    for (std::size_t i = 0; i < plan.tasks.size() && b < 0; ++i) {
        if (w.view()->tree().isSummary(static_cast<int>(i)) || plan.tasks[i].milestone)
            continue;
        if (a < 0) {
            a = static_cast<int>(i);
            continue;
        }
        if (times[i].start > times[static_cast<std::size_t>(a)].finish &&
            plan.tasks[i].findPredecessor(plan.tasks[static_cast<std::size_t>(a)].id) == nullptr)
            b = static_cast<int>(i);
    }
    REQUIRE(b >= 0);
    const std::string idA = plan.tasks[static_cast<std::size_t>(a)].id, idB = plan.tasks[static_cast<std::size_t>(b)].id;
    w.view()->scrollToTask(idA);
    const int rowA = w.view()->rows().rowOf(a), rowB = w.view()->rows().rowOf(b);
    w.grid()->SelectRow(rowA);
    w.grid()->SelectRow(rowB, true);
    pump(30);
    REQUIRE(w.view()->selectedTaskIds().size() == 2);

    GanttCanvas* canvas = w.gantt();
    const present::GanttBar bar = canvas->layout().barFor(plan, w.doc().schedule(), w.view()->progress(), a, rowA, nullptr);
    const int header = w.grid()->headerHeight();
    const double top = canvas->layout().rowTop(w.grid()->firstVisibleRow());
    const wxPoint at(static_cast<int>(bar.rect.x + bar.rect.w / 2 - canvas->scrollX()),
                     static_cast<int>(bar.rect.y + bar.rect.h / 2 - top) + header);
    REQUIRE(present::GanttLayout::hitTest(canvas->currentFrame(), at.x + canvas->scrollX(), bar.rect.y + bar.rect.h / 2).task == a);
    const auto menu = GanttCanvas::contextMenu(true);
    int linkAt = -1;
    for (size_t k = 0; k < menu->GetMenuItemCount(); ++k)
        if (menu->FindItemByPosition(k)->GetId() == ID_LinkTasks)
            linkAt = static_cast<int>(k);
    REQUIRE(linkAt >= 0);
    ModalCloser closer;
    canvas->Bind(wxEVT_MENU_OPEN, [&](wxMenuEvent& e) {
        closer.openPopup = e.GetMenu();
        closer.popupChoice = linkAt;
        e.Skip();
    });
    wxMouseEvent right(wxEVT_RIGHT_DOWN);
    right.SetEventObject(canvas);
    right.SetPosition(at);
    canvas->GetEventHandler()->ProcessEvent(right);
    pumpUntil([&] { return w.plan().tasks[static_cast<std::size_t>(b)].findPredecessor(idA) != nullptr; }, 2000);
    INFO("errors: " << (w.prompts.errors.empty() ? std::string() : w.prompts.errors.front().message));
    CHECK(w.plan().tasks[static_cast<std::size_t>(b)].findPredecessor(idA) != nullptr);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Link Tasks");
}

TEST_CASE("Edit > Link to... makes the selected task follow the task chosen in its list, as one undo step", "[gui][gantt][context]")
{
    Window w;
    openExample(w);
    const Plan& plan = w.plan();
    // The last plain task follows the first plain task: a new link, no cycle.
    int first = -1, last = -1;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (!w.view()->tree().isSummary(static_cast<int>(i)) && !plan.tasks[i].milestone) {
            if (first < 0)
                first = static_cast<int>(i);
            last = static_cast<int>(i);
        }
    REQUIRE(first >= 0);
    REQUIRE(last > first);
    const std::string idFirst = plan.tasks[static_cast<std::size_t>(first)].id;
    const std::string idLast = plan.tasks[static_cast<std::size_t>(last)].id;
    REQUIRE(plan.tasks[static_cast<std::size_t>(last)].findPredecessor(idFirst) == nullptr);
    w.view()->selectTask(idLast);
    ModalCloser closer;
    std::string title, offered;
    unsigned count = 0;
    closer.pressOk = [&](wxDialog& d) {
        auto* choice = dynamic_cast<wxSingleChoiceDialog*>(&d);
        if (!choice)
            return false;
        title = utf8(choice->GetTitle());
        choice->SetSelection(first); // the list is the plan without the selected task, which comes after `first`
        const auto lists = findAll<wxListBox>(choice);
        if (lists.size() == 1) {
            offered = utf8(lists.front()->GetString(static_cast<unsigned>(first)));
            count = lists.front()->GetCount();
        }
        return true;
    };
    sendMenu(w.frame, ID_LinkTo);
    pump(30);
    CHECK(title == "Link to");
    CHECK(count == plan.tasks.size() - 1); // every task but the one that will follow
    INFO("offered: " << offered);
    CHECK(offered.find(plan.tasks[static_cast<std::size_t>(first)].name) != std::string::npos);
    CHECK(w.plan().tasks[static_cast<std::size_t>(last)].findPredecessor(idFirst) != nullptr);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Link Tasks");
}
