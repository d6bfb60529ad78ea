// SPDX-License-Identifier: MIT
// The real main window, driven as a user would: the new-plan wizard, a grid
// edit, a drag between two Gantt bars, undo/redo from the menu, save, reopen
// and a broken file.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "WxConvert.h"
#include "MainFrame.h"
#include "Preferences.h"
#include "TestPaths.h"
#include "dialogs/NewPlanWizard.h"
#include "widgets/DateField.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "presenters/TaskColumns.h"
#include "templating/TemplateCatalog.h"
#include "views/DashboardView.h"
#include "views/GanttCanvas.h"
#include "views/PlanView.h"
#include "views/TaskGrid.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/radiobox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <regex>

using namespace certplan;
using namespace certplan::gui;
using certplan::test::ScriptedPrompts;
using certplan::test::TempDir;
using certplan::test::pump;
using certplan::test::pumpUntil;
using certplan::test::sendMenu;
using certplan::test::sendMouse;

using certplan::test::Window;

namespace {

const Date kStart{2027, 3, 1};
const char* const kOrganization = "Contoso Hosting Ltd";


// Fills in the wizard's answers the way a user would type them.
void answerWizard(NewPlanWizard& w)
{
    w.organizationCtrl()->SetValue(wx(kOrganization));
    w.sizeCtrl()->SetSelection(0); // small
    w.startCtrl()->setValue(Date(2027, 3, 1));
}

Plan planFromWizard(wxWindow* parent)
{
    NewPlanWizard wizard(parent, Preferences{});
    answerWizard(wizard);
    auto plan = wizard.buildPlan();
    REQUIRE(plan);
    return std::move(plan).value();
}

// The first row showing a plain task (not a summary or milestone).
int firstLeafRow(Window& w)
{
    const auto& rows = w.view()->rows();
    for (int r = 0; r < rows.count(); ++r) {
        const int task = rows.taskAt(r);
        if (!w.view()->tree().isSummary(task) && !w.plan().tasks[static_cast<std::size_t>(task)].milestone)
            return r;
    }
    return -1;
}

std::size_t templateTaskCount()
{
    auto t = loadTemplate(templateSearchPath(""), "iso20000-1:2018");
    REQUIRE(t);
    return t->tasks.size();
}

bool dependsOn(const Plan& plan, int succ, const std::string& predId)
{
    return plan.tasks[static_cast<std::size_t>(succ)].findPredecessor(predId) != nullptr;
}

} // namespace

TEST_CASE("File > New from Template runs the wizard and opens its plan", "[gui][wizard]")
{
    Window w;
    const std::size_t expectedTasks = templateTaskCount();
    REQUIRE(expectedTasks > 100);

    // The wizard is modal: answer it from inside its own loop, then press Finish.
    bool answered = false;
    int attempts = 0;
    std::function<void()> poll = [&] {
        for (wxWindow* top : wxTopLevelWindows) {
            auto* wizard = dynamic_cast<NewPlanWizard*>(top);
            if (wizard && wizard->IsModal()) {
                answerWizard(*wizard);
                answered = true;
                wizard->EndModal(wxID_OK);
                return;
            }
        }
        if (++attempts < 2000) {
            wxMilliSleep(2);
            wxTheApp->CallAfter(poll);
        }
    };
    wxTheApp->CallAfter(poll);
    sendMenu(w.frame, ID_NewFromTemplate);

    REQUIRE(answered);
    CHECK(w.prompts.errors.empty());
    CHECK(w.plan().info.organization == kOrganization);
    CHECK(w.plan().info.start == kStart);
    CHECK(w.plan().info.size == OrganizationSize::Small);
    CHECK(w.plan().tasks.size() == expectedTasks);
    REQUIRE(w.doc().hasSchedule());
    CHECK(w.doc().schedule().start == kStart);
    CHECK(w.doc().schedule().finish > kStart + boost::gregorian::days(180));
    // A new plan lives only in memory until saved.
    CHECK(w.doc().isModified());
    CHECK(w.doc().path().empty());
    // Every task has its row in the grid, none folded.
    CHECK(w.grid()->GetNumberRows() == static_cast<int>(expectedTasks));
    CHECK(w.view()->rows().count() == static_cast<int>(expectedTasks));
    CHECK_FALSE(w.menuEnabled(wxID_UNDO));
}

TEST_CASE("The wizard refuses a holiday line it cannot read or a file cannot hold", "[gui][wizard]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    NewPlanWizard wizard(&parent, Preferences{});
    answerWizard(wizard);
    wizard.holidaysCtrl()->SetValue("2027-12-25 Christmas\n2250-01-01 Future holiday"_wx);
    auto plan = wizard.buildPlan();
    REQUIRE(!plan);
    CHECK(plan.error() == "holidays: line 2 ('2250-01-01 Future holiday'): a date is written YYYY-MM-DD, from "
                          "1950-01-01 to 2249-12-31");
    wizard.holidaysCtrl()->SetValue("2027-12-25 Christmas"_wx);
    plan = wizard.buildPlan();
    REQUIRE(plan);
    const Calendar* cal = plan->defaultCalendar();
    REQUIRE(cal != nullptr);
    CHECK(std::any_of(cal->exceptions.begin(), cal->exceptions.end(),
                      [](const CalendarException& x) { return x.name == "Christmas"; }));
}

TEST_CASE("A new plan's window title carries the modified marker", "[gui][wizard]")
{
    Window w;
    REQUIRE(w.frame->files().replaceWith(planFromWizard(w.frame)));
    REQUIRE(w.doc().isModified());
    CHECK(std::string(w.frame->GetTitle().utf8_str()) == "*Untitled plan \u2014 CertPlan");
}

TEST_CASE("Typing into the grid edits the task as one undoable command", "[gui][grid]")
{
    Window w;
    REQUIRE(w.frame->files().replaceWith(planFromWizard(w.frame)));
    const int row = firstLeafRow(w);
    REQUIRE(row >= 0);
    const int task = w.view()->rows().taskAt(row);
    const Task before = w.plan().tasks[static_cast<std::size_t>(task)];
    const int nameCol = static_cast<int>(present::TaskColumn::Name);
    const int durCol = static_cast<int>(present::TaskColumn::Duration);

    w.grid()->SetCellValue(row, nameCol, "Gap analysis workshop"_wx);
    CHECK(w.plan().tasks[static_cast<std::size_t>(task)].name == "Gap analysis workshop");
    CHECK(w.grid()->GetCellValue(row, nameCol) == "Gap analysis workshop"_wx);
    CHECK(w.doc().undoLabel() == "Rename Task");
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Rename Task");

    const int newDuration = before.durationDays + 7;
    w.grid()->SetCellValue(row, durCol, wxString::Format("%d"_wx, newDuration));
    CHECK(w.plan().tasks[static_cast<std::size_t>(task)].durationDays == newDuration);
    REQUIRE(w.doc().hasSchedule());
    CHECK(w.doc().schedule().tasks[static_cast<std::size_t>(task)].durationDays == newDuration);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Change Duration");

    // Typing the value a cell already shows changes nothing and records nothing.
    const wxString shown = w.grid()->GetCellValue(row, durCol);
    w.grid()->SetCellValue(row, durCol, shown);
    CHECK(w.doc().undoLabel() == "Change Duration");

    // A value the model refuses is reported, and the plan keeps the old one.
    w.grid()->SetCellValue(row, durCol, "-3"_wx);
    CHECK(w.plan().tasks[static_cast<std::size_t>(task)].durationDays == newDuration);
    CHECK(w.prompts.errors.size() == 1);

    sendMenu(w.frame, wxID_UNDO);
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan().tasks[static_cast<std::size_t>(task)] == before);
    CHECK(w.menuLabel(wxID_REDO) == "Redo Rename Task");
}

TEST_CASE("Dragging from one Gantt bar onto another links them, undo and redo from the menu", "[gui][gantt]")
{
    Window w;
    REQUIRE(w.frame->files().replaceWith(planFromWizard(w.frame)));
    // Day scale: bars are wide enough that their middle is body, not a resize edge.
    sendMenu(w.frame, ID_ScaleDays);
    const int rowA = firstLeafRow(w);
    REQUIRE(rowA >= 0);
    const int taskA = w.view()->rows().taskAt(rowA);
    w.view()->scrollToDate(w.doc().schedule().tasks[static_cast<std::size_t>(taskA)].start);
    pump(50);

    GanttCanvas* canvas = w.gantt();
    const auto frame = canvas->currentFrame();
    const auto& layout = canvas->layout();
    const int header = w.grid()->headerHeight();
    const double top = layout.rowTop(w.grid()->firstVisibleRow());
    const int width = canvas->GetClientSize().x, height = canvas->GetClientSize().y;
    auto centre = [&](const present::GanttBar& b) {
        return wxPoint(static_cast<int>(b.rect.x + b.rect.w / 2 - canvas->scrollX()),
                       static_cast<int>(b.rect.y + b.rect.h / 2 - top) + header);
    };
    auto onScreen = [&](const present::GanttBar& b) {
        const wxPoint c = centre(b);
        return b.kind == present::GanttBar::Kind::Task && b.rect.w >= 30 && c.x > 0 && c.x < width && c.y > header &&
               c.y < height;
    };

    // A: the first plain task; B: a later task that starts after A finishes and
    // does not already follow it, so the link is new and cannot make a cycle.
    const present::GanttBar* a = nullptr;
    const present::GanttBar* b = nullptr;
    for (const auto& bar : frame.bars)
        if (bar.task == taskA && onScreen(bar))
            a = &bar;
    REQUIRE(a != nullptr);
    const Plan& plan = w.plan();
    const auto& times = w.doc().schedule().tasks;
    for (const auto& bar : frame.bars) {
        if (bar.row <= a->row + 1 || !onScreen(bar))
            continue;
        if (times[static_cast<std::size_t>(bar.task)].start > times[static_cast<std::size_t>(taskA)].finish &&
            !dependsOn(plan, bar.task, plan.tasks[static_cast<std::size_t>(taskA)].id)) {
            b = &bar;
            break;
        }
    }
    REQUIRE(b != nullptr);
    const int taskB = b->task;
    const std::string idA = plan.tasks[static_cast<std::size_t>(taskA)].id;
    const std::string idB = plan.tasks[static_cast<std::size_t>(taskB)].id;
    const std::size_t predsBefore = plan.tasks[static_cast<std::size_t>(taskB)].predecessors.size();
    const Plan beforeLink = plan;

    const wxPoint from = centre(*a), to = centre(*b);
    sendMouse(canvas, wxEVT_LEFT_DOWN, from, true);
    CHECK(canvas->dragMode() == GanttCanvas::DragMode::Pending);
    // Mostly vertical first: the drag becomes a link, not a move.
    sendMouse(canvas, wxEVT_MOTION, from + wxPoint(0, 10), true);
    CHECK(canvas->dragMode() == GanttCanvas::DragMode::Link);
    sendMouse(canvas, wxEVT_MOTION, to, true);
    sendMouse(canvas, wxEVT_LEFT_UP, to, false);
    pump(30);

    INFO("errors shown: " << (w.prompts.errors.empty() ? std::string() : w.prompts.errors.front().message));
    CHECK(canvas->dragMode() == GanttCanvas::DragMode::None);
    REQUIRE(dependsOn(w.plan(), taskB, idA));
    const Dependency& link = *w.plan().tasks[static_cast<std::size_t>(taskB)].findPredecessor(idA);
    CHECK(link.type == DependencyType::FinishToStart);
    CHECK(link.lagDays == 0);
    CHECK(w.plan().tasks[static_cast<std::size_t>(taskB)].predecessors.size() == predsBefore + 1);
    CHECK(w.doc().schedule().tasks[static_cast<std::size_t>(taskB)].start >
          w.doc().schedule().tasks[static_cast<std::size_t>(taskA)].finish);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Link Tasks");
    CHECK(w.menuEnabled(wxID_UNDO));
    CHECK_FALSE(w.menuEnabled(wxID_REDO));
    const Plan afterLink = w.plan();

    sendMenu(w.frame, wxID_UNDO);
    CHECK_FALSE(dependsOn(w.plan(), taskB, idA));
    CHECK(w.plan() == beforeLink);
    CHECK(w.menuLabel(wxID_REDO) == "Redo Link Tasks");
    CHECK(w.menuEnabled(wxID_REDO));

    sendMenu(w.frame, wxID_REDO);
    CHECK(dependsOn(w.plan(), taskB, idA));
    CHECK(w.plan() == afterLink);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Link Tasks");
    CHECK_FALSE(w.menuEnabled(wxID_REDO));
    CHECK(w.plan().tasks[static_cast<std::size_t>(taskB)].id == idB);
}

TEST_CASE("Save, reopen in a new window and get the same plan", "[gui][files]")
{
    TempDir dir("gui-save");
    const std::string path = dir.file("contoso.certplan");
    Plan saved;
    Date finish;
    {
        Window w;
        REQUIRE(w.frame->files().replaceWith(planFromWizard(w.frame)));
        const int row = firstLeafRow(w);
        w.grid()->SetCellValue(row, static_cast<int>(present::TaskColumn::Complete), "40"_wx);
        REQUIRE(w.plan().tasks[static_cast<std::size_t>(w.view()->rows().taskAt(row))].percentComplete == 40);

        w.prompts.savePaths.push_back(path);
        sendMenu(w.frame, wxID_SAVE); // no file yet: Save asks where, like Save As
        CHECK(w.prompts.errors.empty());
        REQUIRE(std::filesystem::exists(path));
        CHECK(w.doc().path() == path);
        CHECK_FALSE(w.doc().isModified());
        CHECK(std::string(w.frame->GetTitle().utf8_str()) == "contoso.certplan \u2014 CertPlan");
        saved = w.plan();
        finish = w.doc().schedule().finish;
    }

    Window again;
    REQUIRE(again.frame->openFile(path));
    CHECK(again.prompts.errors.empty());
    CHECK(again.prompts.warnings.empty());
    CHECK(again.plan() == saved);
    CHECK(writePlanToString(again.plan()) == writePlanToString(saved));
    REQUIRE(again.doc().hasSchedule());
    CHECK(again.doc().schedule().finish == finish);
    CHECK(again.grid()->GetNumberRows() == static_cast<int>(saved.tasks.size()));
    CHECK(again.plan().info.organization == kOrganization);
    CHECK_FALSE(again.doc().isModified());
}

TEST_CASE("A file that fails to load shows line and column and leaves the plan untouched", "[gui][files]")
{
    Window w;
    REQUIRE(w.frame->files().replaceWith(planFromWizard(w.frame)));
    const int row = firstLeafRow(w);
    w.grid()->SetCellValue(row, static_cast<int>(present::TaskColumn::Name), "Edited before the failed open"_wx);
    const Plan before = w.plan();
    const wxString title = w.frame->GetTitle();

    const std::string bad = test::dataPath("bad/mismatched-closing-tag.certplan");
    const auto expected = readPlanFile(bad);
    REQUIRE_FALSE(expected);
    REQUIRE(expected.error().position.known());

    w.prompts.saveChoice = present::UserPrompts::SaveChoice::Discard;
    CHECK_FALSE(w.frame->openFile(bad));
    CHECK(w.prompts.saveQuestions == 1);
    REQUIRE(w.prompts.errors.size() == 1);
    CHECK(w.prompts.errors[0].title == "Cannot open mismatched-closing-tag.certplan");
    const std::string& msg = w.prompts.errors[0].message;
    std::smatch m;
    REQUIRE(std::regex_search(msg, m, std::regex("^Line ([0-9]+), column ([0-9]+): ")));
    CHECK(std::stoi(m[1]) == expected.error().position.line);
    CHECK(std::stoi(m[2]) == expected.error().position.column);
    CHECK(msg.find(expected.error().message) != std::string::npos);

    CHECK(w.plan() == before);
    CHECK(w.doc().isModified());
    CHECK(w.doc().path().empty());
    CHECK(w.doc().undoLabel() == "Rename Task");
    CHECK(w.frame->GetTitle() == title);
    CHECK(w.grid()->GetCellValue(row, static_cast<int>(present::TaskColumn::Name)) == "Edited before the failed open"_wx);
}

namespace {

// Every text the window shows in static labels and list rows, for finding a figure.
void collectTexts(wxWindow* w, std::vector<std::string>& out)
{
    if (auto* label = dynamic_cast<wxStaticText*>(w))
        out.push_back(std::string(label->GetLabel().utf8_str()));
    if (auto* list = dynamic_cast<wxListCtrl*>(w))
        for (long row = 0; row < list->GetItemCount(); ++row) {
            std::string line;
            for (int col = 0; col < list->GetColumnCount(); ++col)
                line += std::string(list->GetItemText(row, col).utf8_str()) + "|";
            out.push_back(line);
        }
    for (wxWindow* child : w->GetChildren())
        collectTexts(child, out);
}

bool anyStartsWith(const std::vector<std::string>& texts, const std::string& prefix)
{
    return std::any_of(texts.begin(), texts.end(), [&](const std::string& t) { return t.rfind(prefix, 0) == 0; });
}

} // namespace

TEST_CASE("Opening a plan with contradictory progress warns and shows the rolled-up figures", "[gui][progress]")
{
    Window w;
    const std::string path = test::dataPath("progress/progress-inconsistent.certplan");
    REQUIRE(w.frame->openFile(path));
    CHECK(w.prompts.errors.empty());
    REQUIRE(w.prompts.warnings.size() == 1);
    const std::string& shown = w.prompts.warnings[0].message;
    CHECK(shown.find(path + ":11:5: warning: '100% but no actual dates' (a) is 100 % complete") != std::string::npos);
    CHECK(shown.find(path + ":12:5: warning: 'Actual finish but 40%' (b) has an actual finish (2027-01-06) but is "
                            "40 % complete; it is counted as 100 % complete") != std::string::npos);

    const int col = static_cast<int>(present::TaskColumn::Complete);
    auto cell = [&](const char* id) {
        const int row = w.view()->rows().rowOf(w.plan().taskIndex(id));
        REQUIRE(row >= 0);
        return std::string(w.grid()->GetCellValue(row, col).utf8_str());
    };
    CHECK(cell("s") == "50 %");
    CHECK(cell("b") == "100 %");
    CHECK(cell("a") == "100 %");

    std::vector<std::string> texts;
    collectTexts(w.frame, texts);
    CHECK(anyStartsWith(texts, "77 % complete"));   // the dashboard's progress line
    CHECK(anyStartsWith(texts, "Summary|2027-01-04|2027-01-08|50 %|")); // its phase row
}

TEST_CASE("Dragging a bar past 2249-12-31 is refused with the date it was dropped on, nothing moves", "[gui][gantt]")
{
    Window w;
    auto loaded = readPlanText(R"(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:certplan:plan" format="1">
  <info><title>Edge of the range</title><schedule start="2249-12-01"/></info>
  <tasks><task id="late" name="Late task" duration="5"/></tasks>
</plan>)",
                               "edge.certplan");
    REQUIRE(loaded);
    REQUIRE(w.frame->files().replaceWith(std::move(loaded).value().plan));
    sendMenu(w.frame, ID_ScaleDays);
    w.view()->scrollToDate(Date(2249, 12, 1));
    pump(50);
    GanttCanvas* canvas = w.gantt();
    const auto frame = canvas->currentFrame();
    const present::GanttBar* bar = nullptr;
    for (const auto& b : frame.bars)
        if (b.task == 0)
            bar = &b;
    REQUIRE(bar != nullptr);
    const int header = w.grid()->headerHeight();
    const double top = canvas->layout().rowTop(w.grid()->firstVisibleRow());
    const wxPoint from(static_cast<int>(bar->rect.x + bar->rect.w / 2 - canvas->scrollX()),
                       static_cast<int>(bar->rect.y + bar->rect.h / 2 - top) + header);
    // Forty days to the right: the bar would start in January 2250.
    const wxPoint to = from + wxPoint(static_cast<int>(40 * canvas->layout().pxPerDay()), 0);
    const Plan before = w.plan();
    sendMouse(canvas, wxEVT_LEFT_DOWN, from, true);
    sendMouse(canvas, wxEVT_MOTION, from + wxPoint(10, 0), true);
    REQUIRE(canvas->dragMode() == GanttCanvas::DragMode::Move);
    sendMouse(canvas, wxEVT_MOTION, to, true);
    sendMouse(canvas, wxEVT_LEFT_UP, to, false);
    pump(30);
    REQUIRE(w.prompts.errors.size() == 1);
    CHECK(w.prompts.errors.front().message.find("the bar was dropped on 2250-01-") != std::string::npos);
    CHECK(w.prompts.errors.front().message.find("2249-12-31") != std::string::npos);
    CHECK(w.plan() == before); // not pinned to 2249-12-31
}

TEST_CASE("The dashboard shows every reason for its colour, however many lines they wrap to", "[gui][dashboard]")
{
    Window w;
    // Three reasons, the first wrapping to two lines: the header used to clip after two lines.
    REQUIRE(w.frame->openFile(certplan::test::dataPath("cases/lifecycle/never-renewed.certplan")));
    w.frame->showTab(5);
    pump(50);
    const wxStaticText* reasons = w.frame->dashboardView()->reasonsLabel();
    const wxString text = reasons->GetLabel();
    const int lines = static_cast<int>(text.Freq('\n')) + 1;
    INFO(utf8(text));
    CHECK(text.Freq(L'\u2022') >= 3);
    CHECK(lines >= 3);
    CHECK(reasons->GetSize().y >= lines * reasons->GetCharHeight());
    // Wrapped to the label's own width, not beyond it.
    wxClientDC dc(const_cast<wxStaticText*>(reasons));
    dc.SetFont(reasons->GetFont());
    for (const auto& line : wxSplit(text, '\n'))
        CHECK(dc.GetTextExtent(line).x <= reasons->GetSize().x + 2);
}

TEST_CASE("The Date format preference reaches the dashboard and the resources view at once", "[gui][dashboard]")
{
    Window w;
    REQUIRE(w.frame->openFile(certplan::test::dataPath("cases/lifecycle/never-renewed.certplan")));
    w.frame->showTab(5);
    pump(30);
    auto texts = [&] {
        std::string all;
        std::function<void(wxWindow*)> walk = [&](wxWindow* win) {
            if (auto* st = dynamic_cast<wxStaticText*>(win))
                all += utf8(st->GetLabel()) + "\n";
            if (auto* list = dynamic_cast<wxListCtrl*>(win))
                for (long r = 0; r < list->GetItemCount(); ++r)
                    for (int c = 0; c < list->GetColumnCount(); ++c)
                        all += utf8(list->GetItemText(r, c)) + "\n";
            for (wxWindow* child : win->GetChildren())
                walk(child);
        };
        walk(w.frame->dashboardView());
        return all;
    };
    CHECK(texts().find("Finish 2034-07-20") != std::string::npos);
    Preferences p;
    p.dateStyle = present::DateStyle::DayMonthYear;
    w.frame->setPreferences(p);
    pump(30);
    const std::string after = texts();
    CHECK(after.find("Finish 20/07/2034") != std::string::npos);
    CHECK(after.find("01/03/2031") != std::string::npos); // the status date in "planned by"
    CHECK(after.find("2034-07-20") == std::string::npos);
    // The Audits tab's programme list: every date column in the new format.
    w.frame->showTab(4);
    pump(30);
    std::vector<wxListCtrl*> lists;
    std::function<void(wxWindow*)> find = [&](wxWindow* win) {
        if (auto* l = dynamic_cast<wxListCtrl*>(win))
            lists.push_back(l);
        for (wxWindow* child : win->GetChildren())
            find(child);
    };
    find(w.frame);
    int checked = 0;
    const std::regex dmy(R"(\d\d/\d\d/\d{4})");
    for (wxListCtrl* l : lists) {
        wxListItem head;
        head.SetMask(wxLIST_MASK_TEXT);
        if (l->GetColumnCount() < 5 || !l->GetColumn(2, head) || head.GetText() != "Window opens"_wx)
            continue;
        for (long r = 0; r < l->GetItemCount(); ++r)
            for (int c : {0, 2, 3, 4}) {
                const std::string cell = utf8(l->GetItemText(r, c));
                if (cell.empty() || cell == "not dated" || cell == "not planned")
                    continue;
                INFO("row " << r << " column " << c << ": " << cell);
                CHECK(std::regex_match(cell, dmy));
                ++checked;
            }
    }
    CHECK(checked > 5);
}

namespace {

template <class T>
void collect(wxWindow* w, std::vector<T*>& out)
{
    if (auto* t = dynamic_cast<T*>(w))
        out.push_back(t);
    for (wxWindow* child : w->GetChildren())
        collect(child, out);
}

} // namespace

TEST_CASE("The Audits tab shows the audit time and sets audit durations from it as one undo step", "[gui][audit-time]")
{
    Window w;
    LoadResult loaded = readPlanFile(certplan::test::templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded.ok());
    Plan plan = loaded->plan;
    REQUIRE(!plan.certificates.empty());
    // 140 persons, 10 % reduction: 7.2 days; stage 2 5 days, surveillance 2.5 (3 whole days).
    plan.certificates[0].auditTime = AuditTimeRules{};
    plan.certificates[0].auditTime->headcount = 140;
    plan.certificates[0].auditTime->reductionPercent = 10;
    REQUIRE(w.frame->files().replaceWith(plan));
    pump(30);

    std::vector<wxStaticText*> texts;
    collect(w.frame, texts);
    const auto summary = std::find_if(texts.begin(), texts.end(), [](wxStaticText* t) {
        return t->GetLabel().StartsWith("Audit time of "_wx);
    });
    REQUIRE(summary != texts.end());
    CHECK(std::string((*summary)->GetLabel().utf8_str()) ==
          "Audit time of cert-20000-1 (IAF MD 5 QMS table (default), 140 persons, -10 % reduction): stage 1 2 d, "
          "stage 2 5 d, "
          "surveillance 2.5 d, recertification 5 d");

    std::vector<wxButton*> buttons;
    collect(w.frame, buttons);
    const auto button = std::find_if(buttons.begin(), buttons.end(), [](wxButton* b) {
        return b->GetLabelText() == "Set Audit Durations from Audit Time"_wx;
    });
    REQUIRE(button != buttons.end());
    const Plan before = w.plan();
    wxCommandEvent press(wxEVT_BUTTON, (*button)->GetId());
    press.SetEventObject(*button);
    (*button)->GetEventHandler()->ProcessEvent(press);
    pump(10);
    CHECK(w.prompts.errors.empty());
    const Audit* s2 = w.plan().findAudit("stage2");
    const Audit* surv = w.plan().findAudit("surv1");
    REQUIRE(s2);
    REQUIRE(surv);
    CHECK(s2->durationDays == 5);
    CHECK(surv->durationDays == 3);
    CHECK(w.plan().findTask(s2->task)->durationDays == 5);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Set Audit Durations from Audit Time");
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan() == before);
}

TEST_CASE("Open Recent keeps the absolute path of a plan opened by a relative one", "[gui][files]")
{
    TempDir dir("recent");
    std::filesystem::copy_file(certplan::test::dataPath("cases/lifecycle/never-renewed.certplan"),
                               dir.file("relative.certplan"));
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    {
        Window w;
        const bool opened = w.frame->openFile("relative.certplan");
        std::filesystem::current_path(cwd);
        REQUIRE(opened);
        REQUIRE(w.frame->recentFiles().GetCount() >= 1);
        const std::string first = utf8(w.frame->recentFiles().GetHistoryFile(0));
        CHECK(first == std::filesystem::path(dir.file("relative.certplan")).lexically_normal().string());
        CHECK(std::filesystem::path(first).is_absolute());
    }
    std::filesystem::current_path(cwd);
}

TEST_CASE("The window's size and the grid/chart divider come back in the next session", "[gui][files]")
{
    wxConfigBase* config = wxConfigBase::Get();
    {
        Window w;
        w.frame->SetSize(wxSize(1000, 700));
        pump(30);
        w.view()->setSashPosition(420);
        pump(30);
        w.frame->saveGeometry();
    }
    {
        Window w; // opens at 1200x800, as a first session would
        w.frame->restoreGeometry();
        pump(50);
        CHECK(w.frame->GetSize() == wxSize(1000, 700));
        CHECK(w.view()->sashPosition() == 420);
    }
    // A size the screen cannot show is not restored.
    config->Write("/Window/Width"_wx, 100000L);
    {
        Window w;
        w.frame->restoreGeometry();
        pump(30);
        CHECK(w.frame->GetSize() == wxSize(1200, 800));
    }
    config->DeleteGroup("/Window"_wx);
    config->Flush();
}
