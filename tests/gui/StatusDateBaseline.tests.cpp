// SPDX-License-Identifier: MIT
// The Project menu in the real main window (Status Date, Set / Compare to /
// Delete Baseline) and Plan Next Cycle's Audits keeping the certification
// project's picture (schedule/ProjectScope.h). Dialogs are answered from
// inside their modal loop (ModalCloser.h).

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "ModalCloser.h"
#include "SelectionEvents.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "cli/RunCli.h"
#include "dialogs/BaselineDialogs.h"
#include "dialogs/StatusDateDialog.h"
#include "io/PlanWriter.h"
#include "views/DashboardView.h"
#include "views/TaskTable.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace certplan;
using namespace certplan::gui;
using namespace certplan::test;

namespace {

std::string openExample(Window& w, TempDir& dir)
{
    const std::string path = dir.file("northwind.certplan");
    std::filesystem::copy_file(templatePath("examples/northwind-iso20000.certplan"), path,
                               std::filesystem::copy_options::overwrite_existing);
    REQUIRE(w.frame->openFile(path));
    pump(50);
    return path;
}

// The dashboard's label that starts with `prefix`.
std::string dashboardLabel(MainFrame& f, const std::string& prefix)
{
    for (wxStaticText* t : findAll<wxStaticText>(f.dashboardView()))
        if (utf8(t->GetLabel()).rfind(prefix, 0) == 0)
            return utf8(t->GetLabel());
    return {};
}

std::string statusField(MainFrame& f, int field)
{
    return utf8(f.GetStatusBar()->GetStatusText(field));
}

std::string cell(Window& w, const std::string& taskId, present::TaskColumn c)
{
    const int task = w.plan().taskIndex(taskId);
    REQUIRE(task >= 0);
    const int row = w.view()->rows().rowOf(task);
    REQUIRE(row >= 0);
    return utf8(w.grid()->GetCellValue(row, static_cast<int>(c)));
}

// Answers the next dialog of type D: `fill` sets its fields, then OK is pressed.
template <class D>
void answer(ModalCloser& closer, std::function<void(D&)> fill)
{
    closer.reset(); // the next dialog may sit where the last one did: forget which were answered
    closer.pressOk = [fill](wxDialog& d) {
        auto* dlg = dynamic_cast<D*>(&d);
        if (!dlg)
            return false;
        fill(*dlg);
        return true;
    };
}

} // namespace

TEST_CASE("Plan Next Cycle's Audits keeps the critical count and the dashboard's finish", "[gui][audits][schedule]")
{
    Window w;
    TempDir dir("gui-next-cycle");
    openExample(w, dir);
    w.frame->showTab(4);
    pump(30);
    const std::string finishBefore = dashboardLabel(*w.frame, "Finish ");
    const std::string date = w.frame->dateFormat().format(Date(2030, 6, 18));
    CHECK(finishBefore == "Finish " + date + " (Recertification decision)");
    CHECK(statusField(*w.frame, 2) == "Critical tasks: 35");
    CHECK(statusField(*w.frame, 1) == "Finish: " + date);

    wxButton* next = nullptr;
    for (wxButton* b : findAll<wxButton>(w.frame))
        if (utf8(b->GetLabel()).find("Next Cycle") != std::string::npos)
            next = b;
    REQUIRE(next);
    wxCommandEvent click(wxEVT_BUTTON, next->GetId());
    click.SetEventObject(next);
    next->GetEventHandler()->ProcessEvent(click);
    pump(50);
    REQUIRE(w.prompts.errors.empty());
    REQUIRE(w.plan().findAudit("c2-recert"));

    // Before the fix: 3 critical tasks, finish 2033, "19 tasks are late (not on the critical path)".
    CHECK(w.doc().schedule().criticalCount == 35);
    CHECK(statusField(*w.frame, 2) == "Critical tasks: 35");
    CHECK(statusField(*w.frame, 1) == "Finish: " + date);
    w.frame->showTab(4);
    pump(30);
    const std::string finishAfter = dashboardLabel(*w.frame, "Finish ");
    CHECK(finishAfter == "Finish " + date + " (Recertification decision)\nLater cycles' audits to " +
                             w.frame->dateFormat().format(Date(2033, 6, 3)));
    for (wxStaticText* t : findAll<wxStaticText>(w.frame->dashboardView()))
        CHECK(utf8(t->GetLabel()).find("not on the critical path") == std::string::npos);
}

TEST_CASE("Project > Status Date moves the status date in one undoable step", "[gui][status-date]")
{
    Window w;
    TempDir dir("gui-status-date");
    openExample(w, dir);
    ModalCloser closer;
    const present::DateFormat dates = w.frame->dateFormat();
    answer<StatusDateDialog>(closer, [&](StatusDateDialog& d) {
        d.field()->text()->SetValue(wx(dates.format(Date(2026, 12, 24))));
    });
    sendMenu(w.frame, ID_StatusDate);
    REQUIRE(pumpUntil([&] { return w.plan().info.statusDate == Date(2026, 12, 24); }));
    pump(30);
    CHECK(closer.seen.size() == 1);
    CHECK(closer.seen.front().title == "Status Date");
    CHECK(w.doc().undoLabel() == "Set Status Date");
    CHECK(w.doc().schedule().statusDate == Date(2026, 12, 24));
    // The chart's status line and the dashboard follow from the same notification.
    const auto frame = w.gantt()->currentFrame();
    REQUIRE(frame.statusX);
    CHECK(*frame.statusX == w.gantt()->layout().xOf(Date(2026, 12, 25)));
    bool planned = false;
    for (wxStaticText* t : findAll<wxStaticText>(w.frame->dashboardView()))
        planned = planned || utf8(t->GetLabel()).find("planned by " + dates.format(Date(2026, 12, 24))) != std::string::npos;
    CHECK(planned);

    sendMenu(w.frame, wxID_UNDO);
    pump(30);
    CHECK(w.plan().info.statusDate == Date(2026, 11, 24));
    CHECK(w.doc().schedule().statusDate == Date(2026, 11, 24));
}

TEST_CASE("The Status Date dialog refuses dates outside the range and offers the week's end", "[gui][status-date]")
{
    Window w;
    const WorkCalendar calendar; // Monday to Friday
    const present::DateFormat iso;
    StatusDateDialog dlg(w.frame, Date(2026, 11, 24), calendar, iso);
    dlg.field()->text()->SetValue("2250-01-01"_wx);
    CHECK_FALSE(dlg.TransferDataFromWindow());
    CHECK(dlg.problem()->sentence().find("1950-01-01 to 2249-12-31") != std::string::npos);

    dlg.field()->text()->SetValue("2026-11-24"_wx); // a Tuesday
    dlg.chooseWeekEnd();
    CHECK(utf8(dlg.field()->text()->GetValue()) == "2026-11-27");
    dlg.chooseNextWeek();
    CHECK(utf8(dlg.field()->text()->GetValue()) == "2026-12-04");
    CHECK(dlg.TransferDataFromWindow());
    CHECK(dlg.date() == Date(2026, 12, 4));
    dlg.field()->text()->SetValue(""_wx); // none: cleared
    CHECK(dlg.TransferDataFromWindow());
    CHECK_FALSE(dlg.date());
}

TEST_CASE("Set a baseline, move a task, compare: the variance cells read as certplan-cli prints them",
          "[gui][baseline]")
{
    Window w;
    TempDir dir("gui-baseline");
    const std::string path = openExample(w, dir);
    ModalCloser closer;
    using TC = present::TaskColumn;
    CHECK_FALSE(w.grid()->baselineColumnsShown());

    answer<SetBaselineDialog>(closer, [](SetBaselineDialog& d) { d.nameField()->SetValue("Before the slip"_wx); });
    sendMenu(w.frame, ID_SetBaseline);
    REQUIRE(pumpUntil([&] { return w.plan().baselines.size() == 2; }));
    CHECK(w.plan().baselines[1].name == "Before the slip");
    CHECK(w.doc().undoLabel() == "Save Baseline");

    // dd-review (critical) from 6 to 8 days: everything after it moves 2 working days.
    const int row = w.view()->rows().rowOf(w.plan().taskIndex("dd-review"));
    w.grid()->SetCellValue(row, static_cast<int>(TC::Duration), "8"_wx);
    pump(30);
    REQUIRE(w.plan().findTask("dd-review")->durationDays == 8);

    answer<ChooseBaselineDialog>(closer, [](ChooseBaselineDialog& d) {
        d.choice()->SetSelection(static_cast<int>(d.choice()->GetCount()) - 1); // (none), the approved plan, this one
    });
    sendMenu(w.frame, ID_CompareBaseline);
    REQUIRE(pumpUntil([&] { return w.view()->comparedBaseline() == "Before the slip"; }));
    pump(30);
    CHECK(w.grid()->baselineColumnsShown());
    CHECK(w.grid()->GetColSize(static_cast<int>(TC::FinishVariance)) > 0);
    CHECK(utf8(w.grid()->GetColLabelValue(static_cast<int>(TC::FinishVariance))) == "Finish Variance");
    CHECK(cell(w, "dd-review", TC::StartVariance) == "0 d");
    CHECK(cell(w, "dd-review", TC::FinishVariance) == "+2 d");
    CHECK(cell(w, "dd-review", TC::DurationVariance) == "+2 d");
    CHECK(cell(w, "ms-certified", TC::FinishVariance) == "+2 d");
    CHECK(cell(w, "ms-certified", TC::BaselineFinish) ==
          w.frame->dateFormat().format(w.plan().baselines[1].find("ms-certified")->finish));

    // The same numbers from the command line, on the saved file.
    std::ofstream(path, std::ios::binary | std::ios::trunc) << writePlanToString(w.plan());
    const CliRun r = runCli("baseline '" + path + "' --compare 'Before the slip'");
    REQUIRE(r.exitCode == 0);
    std::istringstream lines(r.out);
    std::string line, certified;
    while (std::getline(lines, line))
        if (line.find(" ms-certified ") != std::string::npos)
            certified = line;
    REQUIRE_FALSE(certified.empty());
    CHECK(certified.substr(certified.find_last_not_of(' ') - 1) == "+2");

    // None: the columns go; deleting the compared baseline takes them away too.
    answer<ChooseBaselineDialog>(closer, [](ChooseBaselineDialog& d) { d.choice()->SetSelection(0); });
    sendMenu(w.frame, ID_CompareBaseline);
    REQUIRE(pumpUntil([&] { return w.view()->comparedBaseline().empty(); }));
    CHECK_FALSE(w.grid()->baselineColumnsShown());
    CHECK(w.view()->shownBaseline() == nullptr);

    w.view()->compareBaseline("Before the slip");
    CHECK(w.grid()->baselineColumnsShown());
    answer<ChooseBaselineDialog>(closer, [](ChooseBaselineDialog& d) {
        CHECK(d.chosen() == "Before the slip"); // the compared one is offered first
    });
    sendMenu(w.frame, ID_DeleteBaseline);
    REQUIRE(pumpUntil([&] { return w.plan().baselines.size() == 1; }));
    CHECK(w.doc().undoLabel() == "Delete Baseline");
    CHECK_FALSE(w.grid()->baselineColumnsShown());
    CHECK(w.view()->comparedBaseline().empty());
    sendMenu(w.frame, wxID_UNDO);
    pump(30);
    CHECK(w.plan().baselines.size() == 2);
}

TEST_CASE("Set Baseline refuses an empty name and a name in use, and can replace a baseline", "[gui][baseline]")
{
    Window w;
    std::vector<Baseline> baselines(1);
    baselines[0].name = "Approved";
    baselines[0].saved = Date(2026, 8, 6);
    SetBaselineDialog dlg(w.frame, baselines, Date(2026, 11, 24), present::DateFormat());
    CHECK(utf8(dlg.nameField()->GetValue()) == "Baseline 2");
    dlg.nameField()->SetValue("   "_wx);
    CHECK_FALSE(dlg.TransferDataFromWindow());
    CHECK(dlg.problem()->sentence() == "A baseline needs a name.");
    dlg.nameField()->SetValue("Approved"_wx);
    CHECK_FALSE(dlg.TransferDataFromWindow());
    CHECK(dlg.problem()->sentence().find("already has a baseline named") != std::string::npos);
    dlg.selectSlot(1);
    CHECK(utf8(dlg.slot()->GetStringSelection()) == "Replace Approved (saved 2026-08-06)");
    CHECK_FALSE(dlg.nameField()->IsEnabled());
    CHECK(dlg.TransferDataFromWindow());
    CHECK(dlg.name() == "Approved");
    CHECK(dlg.replaces());
}
