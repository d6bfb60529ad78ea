// SPDX-License-Identifier: MIT
// The Project menu (Project Information, Change Working Time, Level
// Resources), a resource's own calendar from the Resources tab, the units of
// each assignment in Task Properties and File > New Blank Plan, driven
// through the real main window and its dialogs.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "ModalCloser.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "dialogs/LevellingDialog.h"
#include "dialogs/ProjectInfoDialog.h"
#include "dialogs/TaskDialog.h"
#include "dialogs/WorkingTimeDialog.h"
#include "io/PlanReader.h"
#include "views/ResourcesView.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"
#include "widgets/NumberField.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/radiobut.h>
#include <wx/textctrl.h>

#include <filesystem>
#include <map>
#include <wx/stattext.h>

using namespace certplan;
using namespace certplan::gui;
using namespace certplan::test;

namespace {

// OK as the dialog runs it: wxDialog::OnOK calls Validate, then TransferDataFromWindow.
bool pressOk(wxDialog& d)
{
    return d.Validate() && static_cast<wxWindow&>(d).TransferDataFromWindow();
}

std::string openExample(Window& w, TempDir& dir)
{
    const std::string path = dir.file("northwind.certplan");
    std::filesystem::copy_file(templatePath("examples/northwind-iso20000.certplan"), path,
                               std::filesystem::copy_options::overwrite_existing);
    REQUIRE(w.frame->openFile(path));
    pump(20);
    return path;
}

const Task& taskById(const Plan& p, const std::string& id)
{
    const Task* t = p.findTask(id);
    REQUIRE(t);
    return *t;
}

template <class T>
T* findWindow(wxWindow* root, const std::function<bool(T&)>& pick)
{
    for (wxWindow* child : root->GetChildren()) {
        if (auto* w = dynamic_cast<T*>(child); w && pick(*w))
            return w;
        if (T* deeper = findWindow<T>(child, pick))
            return deeper;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Project Information edits the plan in one undoable command, with non-ASCII text and typed dates",
          "[gui][project]")
{
    Window w;
    TempDir dir("project-info");
    openExample(w, dir);
    const Plan before = w.plan();
    const Date finishBefore = w.doc().schedule().finish;
    {
        ProjectInfoDialog dlg(w.frame, w.plan(), present::DateFormat(present::DateStyle::DayMonthYear));
        dlg.Show();
        pump(10);
        CHECK(utf8(dlg.startCtrl()->text()->GetValue()) == "01/06/2026");
        dlg.titleCtrl()->SetValue("Zertifizierung \u201eISO/IEC 20000-1\u201c \u2014 Nordwind"_wx);
        dlg.organizationCtrl()->SetValue("Nordwind Dienste GmbH & Co. KG \u00e4\u00f6\u00fc\u00df"_wx);
        dlg.scopeCtrl()->SetValue("Rechenzentrum M\u00fcnchen; \u0395\u03bb\u03bb\u03ac\u03b4\u03b1"_wx);
        // A date that does not exist is refused as typed, never replaced.
        dlg.startCtrl()->text()->SetValue("31/02/2027"_wx);
        CHECK_FALSE(pressOk(dlg));
        CHECK(dlg.problem().rfind("Start date: ", 0) == 0);
        CHECK(utf8(dlg.startCtrl()->text()->GetValue()) == "31/02/2027");
        dlg.titleCtrl()->SetValue("   "_wx);
        dlg.startCtrl()->text()->SetValue("01/03/2027"_wx);
        CHECK_FALSE(pressOk(dlg));
        CHECK(dlg.problem().rfind("Title: ", 0) == 0);
        dlg.titleCtrl()->SetValue("Zertifizierung \u201eISO/IEC 20000-1\u201c \u2014 Nordwind"_wx);
        CHECK(pressOk(dlg));
        CHECK(dlg.problem().empty());
        REQUIRE(w.frame->runEdit(dlg.command()));
    }
    pump(10);
    const PlanInfo& info = w.plan().info;
    CHECK(info.title == "Zertifizierung \u201eISO/IEC 20000-1\u201c \u2014 Nordwind");
    CHECK(info.organization == "Nordwind Dienste GmbH & Co. KG \u00e4\u00f6\u00fc\u00df");
    CHECK(info.scope == "Rechenzentrum M\u00fcnchen; \u0395\u03bb\u03bb\u03ac\u03b4\u03b1");
    CHECK(formatIsoDate(info.start) == "2027-03-01");
    CHECK(info.certificationBody == before.info.certificationBody);
    CHECK(w.plan().tasks == before.tasks);
    CHECK(w.doc().isModified());
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Project Information");
    CHECK(w.doc().schedule().finish != finishBefore); // the schedule follows the new start
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan() == before);

    // From the menu: the dialog opens; OK untouched changes nothing and says nothing.
    ModalCloser closer;
    closer.pressOk = [](wxDialog& d) { return dynamic_cast<ProjectInfoDialog*>(&d) != nullptr; };
    sendMenu(w.frame, ID_ProjectInformation);
    pump(10);
    REQUIRE(closer.seen.size() == 1);
    CHECK(closer.seen[0].title == "Project Information");
    CHECK(w.plan() == before);
    CHECK(w.prompts.errors.empty());
}

TEST_CASE("Change Working Time edits weekdays and holidays typed in the date format, in one undoable command",
          "[gui][project][calendar]")
{
    Window w;
    TempDir dir("working-time");
    openExample(w, dir);
    const Plan before = w.plan();
    const Date finishBefore = w.doc().schedule().finish;
    const std::size_t holidaysBefore = before.calendars[0].exceptions.size();
    {
        WorkingTimeDialog dlg(w.frame, w.plan(), present::DateFormat(present::DateStyle::DayMonthYear));
        dlg.Show();
        pump(10);
        REQUIRE(dlg.calendarCtrl());
        CHECK(utf8(dlg.calendarCtrl()->GetStringSelection()).find("(plan calendar)") != std::string::npos);
        CHECK(dlg.exceptionsCtrl()->GetItemCount() == static_cast<int>(holidaysBefore));
        CHECK(utf8(dlg.exceptionsCtrl()->GetItemText(0, 0)) == "01/01/2026");
        // An unreadable line is refused with the line and the form expected; nothing is added.
        dlg.addCtrl()->SetValue("24/12/2026..31/12/2026 Betriebsferien\nn\u00e4chsten Freitag Feier"_wx);
        CHECK_FALSE(dlg.addTypedLines());
        CHECK(dlg.problem().rfind("Days off: line 2 ('n\u00e4chsten Freitag Feier'): ", 0) == 0);
        CHECK(dlg.problem().find("a date (15/03/2027) or a range (15/03/2027..17/03/2027), then a name") !=
              std::string::npos);
        CHECK(dlg.exceptionsCtrl()->GetItemCount() == static_cast<int>(holidaysBefore));
        dlg.addCtrl()->SetValue("02/09/2026..04/09/2026 Umzug ins neue B\u00fcro \u2014 Leeds\n"_wx);
        CHECK(dlg.addTypedLines());
        CHECK(dlg.problem().empty());
        CHECK(dlg.exceptionsCtrl()->GetItemCount() == static_cast<int>(holidaysBefore) + 1);
        // Friday off from now on.
        REQUIRE(dlg.ownWeekCtrl()->GetValue());
        dlg.dayCtrl(4)->SetValue(false);
        CHECK(pressOk(dlg));
        REQUIRE(w.frame->runEdit(dlg.command()));
    }
    pump(10);
    const Calendar& cal = w.plan().calendars[0];
    CHECK(cal.week == WeekMask{0x0F});
    REQUIRE(cal.exceptions.size() == holidaysBefore + 1);
    bool found = false;
    for (const auto& e : cal.exceptions)
        if (e.name == "Umzug ins neue B\u00fcro \u2014 Leeds") {
            found = true;
            CHECK(formatIsoDate(e.from) == "2026-09-02");
            CHECK(formatIsoDate(e.to) == "2026-09-04");
        }
    CHECK(found);
    CHECK(w.doc().schedule().finish > finishBefore); // four working days a week: later
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Change Working Time");
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan() == before);
    CHECK(w.doc().schedule().finish == finishBefore);

    // Removing a holiday.
    {
        WorkingTimeDialog dlg(w.frame, w.plan(), w.frame->dateFormat());
        dlg.Show();
        pump(10);
        dlg.exceptionsCtrl()->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        dlg.removeSelected();
        CHECK(dlg.exceptionsCtrl()->GetItemCount() == static_cast<int>(holidaysBefore) - 1);
        CHECK(pressOk(dlg));
        REQUIRE(w.frame->runEdit(dlg.command()));
    }
    CHECK(w.plan().calendars[0].exceptions.size() == holidaysBefore - 1);
    CHECK(w.plan().calendars[0].exceptions.front().name == before.calendars[0].exceptions[1].name);
}

TEST_CASE("Change Working Time lets the user choose among the plan's calendars", "[gui][project][calendar]")
{
    Window w;
    TempDir dir("calendars");
    openExample(w, dir);
    // A second calendar, as a file may hold one (a site with other holidays).
    WorkingTime wt = workingTimeOf(w.plan());
    Calendar leeds;
    leeds.id = "leeds";
    leeds.name = "Leeds site";
    leeds.base = "standard";
    wt.calendars.push_back(leeds);
    REQUIRE(w.frame->runEdit(changeWorkingTime(w.plan(), wt)));
    const Plan before = w.plan();
    WorkingTimeDialog dlg(w.frame, w.plan(), w.frame->dateFormat());
    dlg.Show();
    pump(10);
    REQUIRE(dlg.calendarCtrl()->GetCount() == 2);
    dlg.chooseCalendar(1);
    CHECK(dlg.editedCalendar().id == "leeds");
    CHECK(dlg.exceptionsCtrl()->GetItemCount() == 0);
    CHECK_FALSE(dlg.ownWeekCtrl()->GetValue()); // its base's week, shown but not editable
    CHECK(dlg.dayCtrl(0)->GetValue());
    CHECK_FALSE(dlg.dayCtrl(0)->IsEnabled());
    // An extra working day: a Saturday before the stage 2 audit.
    dlg.addWorkingCtrl()->SetValue(true);
    dlg.addCtrl()->SetValue("2026-10-10 Samstagsarbeit"_wx);
    CHECK(dlg.addTypedLines());
    CHECK(utf8(dlg.exceptionsCtrl()->GetItemText(0, 3)) == "Working");
    dlg.addWorkingCtrl()->SetValue(false);
    dlg.addCtrl()->SetValue("2026-10-05 Leeds Feiertag"_wx);
    CHECK(pressOk(dlg)); // typed but not yet added: OK adds it
    REQUIRE(w.frame->runEdit(dlg.command()));
    const Calendar* changed = w.plan().findCalendar("leeds");
    REQUIRE(changed);
    REQUIRE(changed->exceptions.size() == 2);
    CHECK(changed->exceptions[0].name == "Leeds Feiertag"); // in date order
    CHECK_FALSE(changed->exceptions[0].working);
    CHECK(changed->exceptions[1].name == "Samstagsarbeit");
    CHECK(changed->exceptions[1].working);
    CHECK(w.plan().calendars[0] == before.calendars[0]); // the other calendar is untouched
}

TEST_CASE("A resource's own calendar: leave on a base calendar, from the Resources tab, undoable",
          "[gui][project][calendar][resources]")
{
    Window w;
    TempDir dir("resource-calendar");
    openExample(w, dir);
    const Plan before = w.plan();
    const Resource& pm = *w.plan().findResource("pm");
    CHECK(pm.calendar.empty());
    {
        WorkingTimeDialog dlg(w.frame, w.plan(), w.frame->dateFormat(), "pm");
        dlg.Show();
        pump(10);
        CHECK(utf8(dlg.GetTitle()) == "Change Working Time: Daniel Okafor");
        CHECK(dlg.calendarCtrl() == nullptr);
        CHECK(utf8(dlg.baseCtrl()->GetStringSelection()).rfind("Northwind UK", 0) == 0);
        CHECK(dlg.exceptionsCtrl()->GetItemCount() == 0);
        // Untouched: nothing to change, no calendar made.
        CHECK_FALSE(dlg.command());
        CHECK(dlg.command().error() == "nothing to change");
        dlg.addCtrl()->SetValue("2026-09-14..2026-09-25 Urlaub (Jahresurlaub) \u2014 Kreta"_wx);
        CHECK(dlg.addTypedLines());
        CHECK(pressOk(dlg));
        REQUIRE(w.frame->runEdit(dlg.command()));
    }
    const Resource& after = *w.plan().findResource("pm");
    REQUIRE_FALSE(after.calendar.empty());
    const Calendar* own = w.plan().findCalendar(after.calendar);
    REQUIRE(own);
    CHECK(own->base == "standard");
    REQUIRE(own->exceptions.size() == 1);
    CHECK(own->exceptions[0].name == "Urlaub (Jahresurlaub) \u2014 Kreta");
    CHECK(w.plan().info.calendar == before.info.calendar);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Change Working Time of Daniel Okafor");
    // The same dialog again edits that calendar, not a new one.
    {
        WorkingTimeDialog dlg(w.frame, w.plan(), w.frame->dateFormat(), "pm");
        CHECK(dlg.editedCalendar().id == own->id);
        CHECK(dlg.exceptionsCtrl()->GetItemCount() == 1);
    }
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan() == before);

    // The Resources tab's button opens it for the selected person.
    auto* tabs = dynamic_cast<wxNotebook*>(w.view()->GetParent());
    REQUIRE(tabs);
    w.frame->showTab(1);
    pump(10);
    auto* sheet = findWindow<wxGrid>(tabs->GetCurrentPage(), [](wxGrid&) { return true; });
    REQUIRE(sheet);
    sheet->SetGridCursor(2, 0);
    pump(5);
    auto* button = findWindow<wxButton>(tabs->GetCurrentPage(),
                                        [](wxButton& b) { return utf8(b.GetLabelText()) == "Working Time..."; });
    REQUIRE(button);
    ModalCloser closer;
    wxCommandEvent click(wxEVT_BUTTON, button->GetId());
    click.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(click);
    pump(10);
    REQUIRE(closer.seen.size() == 1);
    CHECK(closer.seen[0].title == "Change Working Time: Daniel Okafor");
    CHECK(w.plan() == before);
}

TEST_CASE("Level Resources moves tasks in one undoable command and lists what moved, why, and goes to the task",
          "[gui][project][levelling]")
{
    Window w;
    TempDir dir("level");
    openExample(w, dir);
    const Plan before = w.plan();
    ScheduleOptions options;
    options.statusDate = w.doc().schedule().statusDate;
    auto expected = levelResourcesEdit(before, options);
    REQUIRE(expected);
    REQUIRE(expected->moves.size() >= 2); // the example plan over-allocates its people

    // The dialog lists the moves; choosing one then Show Task goes to it.
    class Chooser : public wxTimer {
    public:
        std::string title;
        std::string summary;
        int rows = -1;
        void Notify() override
        {
            for (wxWindow* top : wxTopLevelWindows)
                if (auto* d = dynamic_cast<LevellingDialog*>(top); d && d->IsModal()) {
                    title = utf8(d->GetTitle());
                    summary = d->summary();
                    rows = d->list()->GetItemCount();
                    d->select(1);
                    d->EndModal(LevellingDialog::ID_ShowTask);
                }
        }
    } chooser;
    chooser.Start(20);
    sendMenu(w.frame, ID_LevelResources);
    chooser.Stop();
    pump(10);
    CHECK(chooser.title == "Level Resources");
    CHECK(chooser.rows == static_cast<int>(expected->moves.size()));
    CHECK(chooser.summary.rfind("Levelling moved " + std::to_string(expected->moves.size()) + " tasks", 0) == 0);
    CHECK(w.view()->currentTaskId() == expected->moves[1].taskId);
    int constrained = 0; // the levelled ones; their successors move with them
    for (const auto& m : expected->moves) {
        const auto i = static_cast<std::size_t>(w.plan().taskIndex(m.taskId));
        CHECK(w.doc().schedule().tasks[i].start == m.to);
        CHECK(m.to > m.from);
        CHECK_FALSE(m.reason.empty());
        constrained += before.tasks[i].constraint != w.plan().tasks[i].constraint ? 1 : 0;
    }
    CHECK(constrained >= 1);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Level Resources");

    // Levelled again: nothing moves, and the dialog says so.
    ModalCloser closer;
    closer.audit = nullptr;
    const Plan levelled = w.plan();
    sendMenu(w.frame, ID_LevelResources);
    pump(10);
    REQUIRE(closer.seen.size() == 1);
    CHECK(w.plan() == levelled);
    {
        auto again = levelResourcesEdit(w.plan(), options);
        REQUIRE(again);
        CHECK(again->moves.empty());
        LevellingDialog dlg(w.frame, w.plan(), *again, w.frame->dateFormat());
        CHECK(dlg.summary().rfind("Nothing moved", 0) == 0);
        CHECK(dlg.list()->GetItemCount() == 0);
    }
    // One undo takes all of it back.
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan() == before);
}

TEST_CASE("Task Properties edits each assignment's units, adds and removes assignments, in one command",
          "[gui][project][assignments]")
{
    Window w;
    TempDir dir("assignments");
    openExample(w, dir);
    const Plan before = w.plan();
    const Task& task = taskById(before, "aw-business-case");
    REQUIRE(task.assignments.size() == 3);
    TaskDialog dlg(w.frame, w.doc(), "aw-business-case", w.frame->dateFormat());
    dlg.Show();
    pump(10);
    wxListCtrl* list = dlg.assignmentsCtrl();
    REQUIRE(list->GetItemCount() == 3);
    CHECK(utf8(list->GetItemText(0, 0)) == "Daniel Okafor");
    CHECK(utf8(list->GetItemText(0, 1)) == "60 %");
    // Units beyond the loader's range are refused as typed.
    const auto& res = before.resources;
    auto chooseResource = [&](const std::string& id) {
        for (std::size_t r = 0; r < res.size(); ++r)
            if (res[r].id == id)
                dlg.assignResourceCtrl()->SetSelection(static_cast<int>(r));
    };
    chooseResource("pm");
    for (const char* typed : {"1001", "0", "12.5", ""}) {
        CAPTURE(typed);
        dlg.unitsCtrl()->text()->SetValue(wx(typed));
        CHECK_FALSE(dlg.assignChosen());
        FieldProblem* p = findWindow<FieldProblem>(&dlg, [](FieldProblem&) { return true; });
        REQUIRE(p);
        CHECK(p->sentence().rfind("Units: ", 0) == 0);
        CHECK(p->sentence().find("from 1 to 1000") != std::string::npos);
        CHECK(utf8(dlg.unitsCtrl()->text()->GetValue()) == typed);
    }
    dlg.unitsCtrl()->text()->SetValue("40"_wx);
    CHECK(dlg.assignChosen()); // pm's units change in place
    CHECK(utf8(list->GetItemText(0, 1)) == "40 %");
    chooseResource("sms-manager");
    dlg.unitsCtrl()->text()->SetValue("150 %"_wx);
    CHECK(dlg.assignChosen()); // a new assignment, at the end
    REQUIRE(list->GetItemCount() == 4);
    CHECK(utf8(list->GetItemText(3, 0)) == "Priya Natarajan");
    list->SetItemState(1, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    dlg.removeSelectedAssignment(); // the sponsor
    REQUIRE(list->GetItemCount() == 3);
    CHECK(pressOk(dlg));
    REQUIRE(w.frame->runEdit(dlg.command()));
    const Task& after = taskById(w.plan(), "aw-business-case");
    const std::vector<Assignment> want{{"pm", 40}, {"consultant", 20}, {"sms-manager", 150}};
    CHECK(after.assignments == want);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Edit Task");
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan() == before);
}

TEST_CASE("Units typed for the selected assignment count when OK is pressed without Assign", "[gui][project][assignments]")
{
    Window w;
    TempDir dir("assignments-ok");
    openExample(w, dir);
    TaskDialog dlg(w.frame, w.doc(), "aw-business-case", w.frame->dateFormat());
    dlg.Show();
    pump(10);
    wxListCtrl* list = dlg.assignmentsCtrl();
    list->SetItemState(2, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    pump(5);
    CHECK(utf8(dlg.unitsCtrl()->text()->GetValue()) == "20");
    dlg.unitsCtrl()->text()->SetValue("2000"_wx);
    CHECK_FALSE(pressOk(dlg));
    dlg.unitsCtrl()->text()->SetValue("35"_wx);
    CHECK(pressOk(dlg));
    auto cmd = dlg.command();
    REQUIRE(cmd);
    Plan edited = w.plan();
    (*cmd)->apply(edited);
    CHECK(taskById(edited, "aw-business-case").assignments[2] == Assignment{"consultant", 35});
}

TEST_CASE("File > New Blank Plan: an empty plan, not modified, Project Information offered, Save asks for a path",
          "[gui][project][blank]")
{
    Window w;
    TempDir dir("blank");
    openExample(w, dir);
    ModalCloser closer;
    sendMenu(w.frame, ID_NewBlankPlan);
    pumpUntil([&] { return !closer.seen.empty(); });
    pump(10);
    REQUIRE(closer.seen.size() == 1);
    CHECK(closer.seen[0].title == "Project Information");
    CHECK(w.plan().tasks.empty());
    CHECK(w.plan().info.title == "Untitled plan");
    REQUIRE(w.plan().defaultCalendar());
    CHECK(w.plan().defaultCalendar()->week == WeekMask{});
    const Date today = boost::gregorian::day_clock::local_day();
    CHECK(w.plan().info.start >= today);
    CHECK(w.plan().info.start - today < boost::gregorian::days(3));
    CHECK(w.plan().defaultCalendar()->week->worksOn(w.plan().info.start));
    CHECK_FALSE(w.doc().isModified());
    CHECK(w.doc().path().empty());
    CHECK(utf8(w.frame->GetTitle()).rfind("Untitled plan", 0) == 0);
    CHECK(w.prompts.saveQuestions == 0);
    // Nothing to lose: New again asks nothing.
    closer.reset();
    sendMenu(w.frame, ID_NewBlankPlan);
    pumpUntil([&] { return !closer.seen.empty(); });
    CHECK(w.prompts.saveQuestions == 0);
    // Edited through Project Information, then saved: Save asks where.
    PlanInfo info = w.plan().info;
    info.title = "Leerer Plan \u2014 \u00dcbung";
    REQUIRE(w.frame->runEdit(editPlanInfo(w.plan(), info)));
    CHECK(w.doc().isModified());
    const std::string path = dir.file("leer.certplan");
    w.prompts.savePaths = {path};
    sendMenu(w.frame, wxID_SAVE);
    CHECK(w.doc().path() == path);
    CHECK_FALSE(w.doc().isModified());
    auto back = readPlanFile(path);
    REQUIRE(back);
    CHECK(back->plan == w.plan());
}

namespace {

// The access key of a label ("Ca&lendar:" -> 'L'; "&&" is a literal ampersand), 0 without one.
wxChar accessKeyOf(const wxString& label)
{
    for (size_t k = 0; k + 1 < label.size(); ++k) {
        if (label[k] != '&')
            continue;
        if (label[k + 1] == '&') {
            ++k;
            continue;
        }
        return static_cast<wxChar>(wxToupper(label[k + 1]));
    }
    return 0;
}

// Every access key a dialog's own labels use, with the labels that use it
// (the standard OK and Cancel buttons aside: GTK gives them their own).
std::map<wxChar, std::vector<std::string>> accessKeys(wxWindow* root)
{
    std::map<wxChar, std::vector<std::string>> out;
    std::function<void(wxWindow*)> walk = [&](wxWindow* w) {
        for (wxWindow* c : w->GetChildren()) {
            const int id = c->GetId();
            const bool stock = id == wxID_OK || id == wxID_CANCEL || id == wxID_CLOSE;
            if (!stock && (dynamic_cast<wxStaticText*>(c) || dynamic_cast<wxButton*>(c) || dynamic_cast<wxCheckBox*>(c) ||
                           dynamic_cast<wxRadioButton*>(c)))
                if (const wxChar key = accessKeyOf(c->GetLabel()))
                    out[key].push_back(utf8(c->GetLabel()));
            walk(c);
        }
    };
    walk(root);
    return out;
}

void checkUniqueAccessKeys(wxDialog* dialog)
{
    const auto keys = accessKeys(dialog);
    CHECK(keys.size() >= 4);
    for (const auto& [key, labels] : keys) {
        INFO(utf8(dialog->GetTitle()) << ": '" << utf8(wxString(key)) << "' is the access key of " << labels.size()
                                      << " labels, first " << labels.front() << ", last " << labels.back());
        CHECK(labels.size() == 1);
    }
}

} // namespace

TEST_CASE("The new dialogs give each label its own access key", "[gui][project][menus]")
{
    Window w;
    TempDir dir("access-keys");
    openExample(w, dir);
    const auto dates = w.frame->dateFormat();
    {
        ProjectInfoDialog dlg(w.frame, w.plan(), dates);
        checkUniqueAccessKeys(&dlg);
    }
    {
        WorkingTimeDialog dlg(w.frame, w.plan(), dates);
        checkUniqueAccessKeys(&dlg);
    }
    {
        WorkingTimeDialog dlg(w.frame, w.plan(), dates, "pm");
        checkUniqueAccessKeys(&dlg);
    }
    {
        TaskDialog dlg(w.frame, w.doc(), "aw-business-case", dates);
        checkUniqueAccessKeys(&dlg);
    }
    {
        auto edit = levelResourcesEdit(w.plan());
        REQUIRE(edit);
        LevellingDialog dlg(w.frame, w.plan(), *edit, dates);
        const auto keys = accessKeys(&dlg);
        CHECK(keys.size() == 1); // Show Task (Close is the standard button)
    }
}
