// SPDX-License-Identifier: MIT
#include "dialogs/CorrectiveTaskDialog.h"
#include "presenters/DateFormat.h"

#include "WxConvert.h"
#include "core/FieldLimits.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"
#include "widgets/NumberField.h"
#include "widgets/ResourceChoice.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace certplan::gui {

CorrectiveTaskDialog::CorrectiveTaskDialog(wxWindow* parent, const Plan& plan, const Requirement& r,
                                           const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Create Corrective Task"_wx), m_plan(plan), m_requirement(r.id)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY,
                                   wx("Clause " + r.clause + " " + r.title + " is " + std::string(enumLabel(r.status)) +
                                      ".\nThe task goes under \"Corrective actions\" in the plan, linked to the clause."));
    top->Add(intro, 0, wxALL, 10);
    auto* form = new wxFlexGridSizer(2, 6, 8);
    form->AddGrowableCol(1);
    m_name = new wxTextCtrl(this, wxID_ANY, wx("Close gap " + r.clause + " " + r.title), wxDefaultPosition, wxSize(380, -1));
    m_owner = resourceChoice(this, plan, r.owner, "\u2014 (the clause's owner)"_wx);
    m_duration = new NumberField(this, limits::kCorrectiveDuration, 5, "Duration", "d");
    const Date from = present::statusDateOrToday(plan);
    // Thirty days on, unless that leaves the range the plan file holds.
    const Date proposed = from + boost::gregorian::days(30);
    m_due = new DateField(this, limits::inDateRange(proposed) ? OptDate(proposed) : OptDate(), dates, "Due", true);
    m_hardDue = new wxCheckBox(this, wxID_ANY, "Must finish by the due date (constraint, not only a deadline flag)"_wx);
    auto row = [&](const wxString& label, wxWindow* w) {
        form->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        form->Add(w, 1, wxEXPAND);
    };
    row("Task name"_wx, m_name);
    row("Owner"_wx, m_owner);
    row("Duration (working days)"_wx, m_duration);
    row("Due"_wx, m_due);
    top->Add(form, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    top->Add(m_hardDue, 0, wxALL, 10);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(top);
    CentreOnParent();
}

CorrectiveTaskSpec CorrectiveTaskDialog::spec() const
{
    CorrectiveTaskSpec s;
    s.requirement = m_requirement;
    s.owner = resourceAt(m_owner, m_plan);
    // TransferDataFromWindow refused OK unless both values are valid.
    s.durationDays = m_duration->value() ? *m_duration->value() : 0;
    const auto due = m_due->value();
    s.due = due ? *due : OptDate();
    s.hardDue = m_hardDue->GetValue();
    s.name = utf8(m_name->GetValue().Strip(wxString::both));
    return s;
}

bool CorrectiveTaskDialog::TransferDataFromWindow()
{
    m_problem->clear();
    if (auto d = m_duration->value(); !d)
        return m_problem->show(m_duration, d.error());
    if (auto due = m_due->value(); !due)
        return m_problem->show(m_due, due.error());
    return true;
}

} // namespace certplan::gui
