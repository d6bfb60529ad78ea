// SPDX-License-Identifier: MIT
// Number and date fields in the dialogs keep what the user typed: OK refuses a
// value outside its range, a decimal or an impossible date with a sentence
// under the form, and the text is still there (the spin controls and date
// pickers used to clamp, drop the decimal point or put back the old date when
// the field lost focus, before OK could object).

#include "GuiTestSupport.h"
#include "Preferences.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "dialogs/CorrectiveTaskDialog.h"
#include "dialogs/NonconformityDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/TaskDialog.h"
#include "io/PlanReader.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"
#include "widgets/NumberField.h"

#include <catch2/catch.hpp>

#include <wx/frame.h>
#include <wx/textctrl.h>

#include <functional>

using namespace certplan;
using namespace certplan::gui;
using certplan::test::pump;

namespace {

template <class W>
W* findField(wxWindow* root, const std::string& name)
{
    for (wxWindow* child : root->GetChildren()) {
        if (auto* w = dynamic_cast<W*>(child); w && w->fieldName() == name)
            return w;
        if (W* deeper = findField<W>(child, name))
            return deeper;
    }
    return nullptr;
}

FieldProblem* problemLine(wxWindow* root)
{
    for (wxWindow* child : root->GetChildren()) {
        if (auto* p = dynamic_cast<FieldProblem*>(child))
            return p;
        if (FieldProblem* deeper = problemLine(child))
            return deeper;
    }
    return nullptr;
}

std::string shownProblem(wxWindow* dialog)
{
    FieldProblem* p = problemLine(dialog);
    REQUIRE(p != nullptr);
    CHECK(p->IsShown() == !p->sentence().empty());
    return p->sentence();
}

// OK as the dialog runs it: wxDialog::OnOK calls Validate, then TransferDataFromWindow.
bool pressOk(wxDialog& d)
{
    return d.Validate() && static_cast<wxWindow&>(d).TransferDataFromWindow();
}

// Types into a field and moves the focus elsewhere, as a user clicking OK does.
void typeThenLeave(wxTextCtrl* text, const char* value, wxWindow* elsewhere)
{
    text->SetFocus();
    text->SetValue(wx(value));
    pump(5);
    elsewhere->SetFocus();
    pump(5);
}

Plan examplePlan()
{
    auto loaded = readPlanFile(certplan::test::templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    return std::move(loaded).value().plan;
}

} // namespace

TEST_CASE("Task Properties refuses a duration or percent it cannot take and keeps the typed text", "[gui][fields]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    Document doc(examplePlan());
    TaskDialog dlg(&parent, doc, "aw-business-case", present::DateFormat(present::DateStyle::DayMonthYear));
    dlg.Show();
    pump(10);
    auto* duration = findField<NumberField>(&dlg, "Duration");
    auto* percent = findField<NumberField>(&dlg, "% complete");
    auto* deadline = findField<DateField>(&dlg, "Deadline");
    REQUIRE(duration);
    REQUIRE(percent);
    REQUIRE(deadline);
    CHECK(utf8(duration->text()->GetValue()) == "5");
    CHECK(shownProblem(&dlg).empty());

    for (const char* typed : {"200000", "2.5", "1e3", "0.5", ""}) {
        CAPTURE(typed);
        typeThenLeave(duration->text(), typed, percent->text());
        CHECK(utf8(duration->text()->GetValue()) == typed); // not 109573, 25 or 13
        CHECK_FALSE(pressOk(dlg));
        CHECK(shownProblem(&dlg).rfind("Duration: ", 0) == 0);
        CHECK(shownProblem(&dlg).find("from 0 to 109573") != std::string::npos);
        CHECK(utf8(duration->text()->GetValue()) == typed);
        CHECK_FALSE(dlg.command());
    }
    typeThenLeave(duration->text(), "8", percent->text());
    typeThenLeave(percent->text(), "50.5", duration->text());
    CHECK_FALSE(pressOk(dlg));
    CHECK(shownProblem(&dlg) == "% complete: '50.5' is not a whole number; percent complete is a whole number from 0 to 100.");
    typeThenLeave(percent->text(), "100", duration->text());
    CHECK(pressOk(dlg));
    CHECK(shownProblem(&dlg).empty());
    auto cmd = dlg.command();
    REQUIRE(cmd);
    Plan edited = doc.plan();
    (*cmd)->apply(edited);
    const Task& t = edited.tasks[static_cast<std::size_t>(edited.taskIndex("aw-business-case"))];
    CHECK(t.durationDays == 8);
    CHECK(t.percentComplete == 100);
}

TEST_CASE("Task Properties refuses an impossible or out-of-range date instead of putting back another", "[gui][fields]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    Document doc(examplePlan());
    TaskDialog dlg(&parent, doc, "aw-business-case", present::DateFormat(present::DateStyle::DayMonthYear));
    dlg.Show();
    pump(10);
    auto* deadline = findField<DateField>(&dlg, "Deadline");
    auto* start = findField<DateField>(&dlg, "Actual start");
    REQUIRE(deadline);
    REQUIRE(start);
    // The user's date format is what the field shows.
    CHECK(utf8(start->text()->GetValue()) == "04/06/2026");
    for (const char* typed : {"30/02/2027", "01/01/1900", "31/12/2250", "next week"}) {
        CAPTURE(typed);
        typeThenLeave(deadline->text(), typed, start->text());
        CHECK(utf8(deadline->text()->GetValue()) == typed);
        CHECK_FALSE(pressOk(dlg));
        CHECK(shownProblem(&dlg).rfind("Deadline: ", 0) == 0);
        CHECK(utf8(deadline->text()->GetValue()) == typed);
    }
    typeThenLeave(deadline->text(), "", start->text()); // optional: no deadline
    CHECK(pressOk(dlg));
    typeThenLeave(deadline->text(), "2027-03-15", start->text()); // ISO is always understood
    CHECK(pressOk(dlg));
    auto cmd = dlg.command();
    REQUIRE(cmd);
    Plan edited = doc.plan();
    (*cmd)->apply(edited);
    CHECK(edited.tasks[static_cast<std::size_t>(edited.taskIndex("aw-business-case"))].deadline == Date(2027, 3, 15));
}

TEST_CASE("Raise Nonconformity and Create Corrective Task refuse bad dates and durations as typed", "[gui][fields]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    const Plan plan = examplePlan();
    {
        NonconformityDialog dlg(&parent, plan, present::DateFormat());
        dlg.Show();
        pump(10);
        auto* raised = findField<DateField>(&dlg, "Raised on");
        REQUIRE(raised);
        raised->text()->SetValue("2027-02-29"_wx);
        CHECK_FALSE(pressOk(dlg));
        CHECK(shownProblem(&dlg).rfind("Raised on: ", 0) == 0);
        raised->text()->SetValue(""_wx); // required
        CHECK_FALSE(pressOk(dlg));
        CHECK(shownProblem(&dlg).find("no date was typed") != std::string::npos);
        raised->text()->SetValue("2027-02-28"_wx);
        CHECK(pressOk(dlg));
        CHECK(dlg.nonconformity().raised == Date(2027, 2, 28));
    }
    {
        const Requirement* gap = nullptr;
        for (const auto& c : plan.checklists)
            for (const auto& r : c.items)
                if (r.id == "c9.3")
                    gap = &r;
        REQUIRE(gap);
        CorrectiveTaskDialog dlg(&parent, plan, *gap, present::DateFormat());
        dlg.Show();
        pump(10);
        auto* duration = findField<NumberField>(&dlg, "Duration");
        auto* due = findField<DateField>(&dlg, "Due");
        REQUIRE(duration);
        REQUIRE(due);
        duration->text()->SetValue("0"_wx); // a corrective task takes at least a day
        CHECK_FALSE(pressOk(dlg));
        CHECK(shownProblem(&dlg).find("from 1 to 109573") != std::string::npos);
        duration->text()->SetValue("3"_wx);
        due->text()->SetValue("2250-01-01"_wx);
        CHECK_FALSE(pressOk(dlg));
        CHECK(shownProblem(&dlg).rfind("Due: ", 0) == 0);
        due->text()->SetValue("2027-04-30"_wx);
        CHECK(pressOk(dlg));
        CHECK(dlg.spec().durationDays == 3);
        CHECK(dlg.spec().due == Date(2027, 4, 30));
    }
}

TEST_CASE("Preferences take the CLI's range of backups and refuse what they cannot keep", "[gui][fields]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    PreferencesDialog dlg(&parent, Preferences{});
    dlg.Show();
    pump(10);
    auto* backups = findField<NumberField>(&dlg, "Backups kept on save");
    auto* recovery = findField<NumberField>(&dlg, "Recovery copy after");
    REQUIRE(backups);
    REQUIRE(recovery);
    backups->text()->SetValue("99"_wx); // the CLI's --backups allows 99; the spin control stopped at 9
    recovery->text()->SetValue("3601"_wx);
    CHECK_FALSE(pressOk(dlg));
    CHECK(shownProblem(&dlg).rfind("Recovery copy after: ", 0) == 0);
    recovery->text()->SetValue("90"_wx);
    CHECK(pressOk(dlg));
    CHECK(dlg.preferences().backupLevels == 99);
    CHECK(dlg.preferences().recoverySeconds == 90);
    backups->text()->SetValue("100"_wx);
    CHECK_FALSE(pressOk(dlg));
    CHECK(shownProblem(&dlg) == "Backups kept on save: '100' is outside the allowed range; backups kept on save are a "
                                "whole number from 0 to 99.");
}

TEST_CASE("The arrows of a number field step inside the range and leave text that is not a number alone", "[gui][fields]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    NumberField field(&parent, limits::kPercentComplete, 99, "% complete", "%");
    wxKeyEvent up(wxEVT_KEY_DOWN);
    up.m_keyCode = WXK_UP;
    field.text()->GetEventHandler()->ProcessEvent(up);
    CHECK(utf8(field.text()->GetValue()) == "100");
    field.text()->GetEventHandler()->ProcessEvent(up);
    CHECK(utf8(field.text()->GetValue()) == "100"); // the top of the range
    field.text()->SetValue("abc"_wx);
    field.text()->GetEventHandler()->ProcessEvent(up);
    CHECK(utf8(field.text()->GetValue()) == "abc");
    CHECK(field.text()->GetBackgroundColour() != parent.GetBackgroundColour()); // marked while invalid
}

TEST_CASE("Task Properties refuses a link to the task itself with the dialog open and every edit kept", "[gui][fields]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    Document doc(examplePlan());
    TaskDialog dlg(&parent, doc, "aw-business-case", present::DateFormat());
    dlg.Show();
    pump(10);
    // Untouched, OK changes nothing (the assignments keep their order in the file).
    REQUIRE_FALSE(dlg.command());
    CHECK(dlg.command().error() == "nothing to change");

    auto* duration = findField<NumberField>(&dlg, "Duration");
    REQUIRE(duration);
    duration->text()->SetValue("9"_wx);
    wxTextCtrl* predecessors = nullptr;
    std::function<void(wxWindow*)> find = [&](wxWindow* w) {
        for (wxWindow* c : w->GetChildren()) {
            if (auto* t = dynamic_cast<wxTextCtrl*>(c); t && utf8(t->GetValue()) == "2")
                predecessors = t;
            find(c);
        }
    };
    find(&dlg);
    REQUIRE(predecessors); // row 3 follows row 2
    predecessors->SetValue("2, 3"_wx); // row 3 is this task
    CHECK_FALSE(pressOk(dlg));
    CHECK(shownProblem(&dlg).rfind("Predecessors: ", 0) == 0);
    CHECK(shownProblem(&dlg).find("depends on itself") != std::string::npos);
    CHECK(utf8(duration->text()->GetValue()) == "9");
    predecessors->SetValue("2"_wx);
    CHECK(pressOk(dlg));
    auto cmd = dlg.command();
    REQUIRE(cmd);
    Plan edited = doc.plan();
    (*cmd)->apply(edited);
    const Task& t = edited.tasks[static_cast<std::size_t>(edited.taskIndex("aw-business-case"))];
    CHECK(t.durationDays == 9);
    CHECK(t.assignments == doc.plan().tasks[static_cast<std::size_t>(doc.plan().taskIndex("aw-business-case"))].assignments);
}
