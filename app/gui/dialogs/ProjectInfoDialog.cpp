// SPDX-License-Identifier: MIT
#include "dialogs/ProjectInfoDialog.h"

#include "WxConvert.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"

#include <wx/choice.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace certplan::gui {

namespace {

void addRow(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxWindow* control, int flags = wxEXPAND)
{
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(control, 1, flags);
}

void addRow(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxSizer* control)
{
    grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(control, 1, wxEXPAND);
}

// Free text as typed, without the blanks around it (they would only end up in the file).
std::string text(const wxTextCtrl* t)
{
    return utf8(t->GetValue().Strip(wxString::both));
}

} // namespace

ProjectInfoDialog::ProjectInfoDialog(wxWindow* parent, const Plan& plan, const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Project Information"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_plan(plan)
{
    const PlanInfo& info = plan.info;
    auto* g = new wxFlexGridSizer(2, 8, 12);
    g->AddGrowableCol(1);
    m_title = new wxTextCtrl(this, wxID_ANY, wx(info.title));
    addRow(this, g, "&Title:"_wx, m_title);
    m_organization = new wxTextCtrl(this, wxID_ANY, wx(info.organization));
    addRow(this, g, "&Organization:"_wx, m_organization);
    m_scope = new wxTextCtrl(this, wxID_ANY, wx(info.scope), wxDefaultPosition, wxSize(-1, 90), wxTE_MULTILINE | wxTE_WORDWRAP);
    addRow(this, g, "S&cope:"_wx, m_scope);
    g->AddGrowableRow(2);
    m_body = new wxTextCtrl(this, wxID_ANY, wx(info.certificationBody));
    addRow(this, g, "Certification &body:"_wx, m_body);
    auto* standardRow = new wxBoxSizer(wxHORIZONTAL);
    m_standard = new wxTextCtrl(this, wxID_ANY, wx(info.standard));
    m_edition = new wxTextCtrl(this, wxID_ANY, wx(info.edition), wxDefaultPosition, wxSize(90, -1));
    standardRow->Add(m_standard, 1, wxRIGHT, 8);
    standardRow->Add(new wxStaticText(this, wxID_ANY, "&Edition:"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    standardRow->Add(m_edition, 0);
    addRow(this, g, "St&andard:"_wx, standardRow);
    m_size = new wxChoice(this, wxID_ANY);
    m_size->Append("(not set)"_wx);
    for (const auto& e : enumEntries<OrganizationSize>())
        m_size->Append(wx(e.label));
    m_size->SetSelection(info.size ? static_cast<int>(*info.size) + 1 : 0);
    addRow(this, g, "Organization si&ze:"_wx, m_size, 0);

    m_forward = new wxRadioButton(this, wxID_ANY, "&Forward from the start date"_wx, wxDefaultPosition, wxDefaultSize,
                                  wxRB_GROUP);
    m_backward = new wxRadioButton(this, wxID_ANY, "Bac&kward from the target date"_wx);
    (info.direction == PlanningDirection::Backward ? m_backward : m_forward)->SetValue(true);
    auto* dir = new wxBoxSizer(wxHORIZONTAL);
    dir->Add(m_forward, 0, wxRIGHT, 16);
    dir->Add(m_backward, 0);
    addRow(this, g, "Schedule:"_wx, dir);
    m_start = new DateField(this, info.start, dates, "Start date", false);
    addRow(this, g, "&Start date:"_wx, m_start, 0);
    m_target = new DateField(this, info.target, dates, "Target date", true);
    addRow(this, g, "Tar&get date:"_wx, m_target, 0);
    m_targetTask = new wxChoice(this, wxID_ANY);
    m_targetTask->Append("(the whole plan)"_wx);
    m_taskIds.push_back({});
    for (const Task& t : plan.tasks) {
        m_targetTask->Append(wx(std::string(2 * static_cast<std::size_t>(std::max(0, t.level)), ' ') + t.name));
        m_taskIds.push_back(t.id);
    }
    m_targetTask->SetSelection(0);
    for (std::size_t k = 0; k < m_taskIds.size(); ++k)
        if (!info.targetTask.empty() && m_taskIds[k] == info.targetTask)
            m_targetTask->SetSelection(static_cast<int>(k));
    addRow(this, g, "Target &must be met by:"_wx, m_targetTask);
    m_status = new DateField(this, info.statusDate, dates, "Status date", true);
    addRow(this, g, "Stat&us date:"_wx, m_status, 0);
    m_calendar = new wxChoice(this, wxID_ANY);
    if (plan.calendars.empty()) {
        m_calendar->Append("(Monday to Friday, no holidays)"_wx);
        m_calendarIds.push_back({});
    }
    for (const Calendar& c : plan.calendars) {
        m_calendar->Append(wx(c.name.empty() || c.name == c.id ? c.id : c.name + " (" + c.id + ")"));
        m_calendarIds.push_back(c.id);
    }
    m_calendar->SetSelection(0);
    const Calendar* current = plan.defaultCalendar();
    for (std::size_t k = 0; k < m_calendarIds.size(); ++k)
        if (current && m_calendarIds[k] == current->id)
            m_calendar->SetSelection(static_cast<int>(k));
    addRow(this, g, "Ca&lendar:"_wx, m_calendar);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(g, 1, wxEXPAND | wxALL, 12);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
    SetSize(wxSize(std::max(GetSize().x, 600), GetSize().y));
    auto enableDates = [this] { m_targetTask->Enable(m_backward->GetValue()); };
    m_forward->Bind(wxEVT_RADIOBUTTON, [enableDates](wxCommandEvent&) { enableDates(); });
    m_backward->Bind(wxEVT_RADIOBUTTON, [enableDates](wxCommandEvent&) { enableDates(); });
    enableDates();
    m_title->SetFocus();
}

const std::string& ProjectInfoDialog::problem() const
{
    return m_problem->sentence();
}

Result<PlanInfo, ProjectInfoDialog::FieldError> ProjectInfoDialog::collect() const
{
    PlanInfo info = m_plan.info;
    info.title = text(m_title);
    if (info.title.empty())
        return unexpected(FieldError{m_title, "Title: the plan needs a title; it names the plan in the window and in reports."});
    info.organization = text(m_organization);
    info.scope = text(m_scope);
    info.certificationBody = text(m_body);
    info.standard = text(m_standard);
    info.edition = text(m_edition);
    const int size = m_size->GetSelection();
    info.size = size <= 0 ? std::nullopt : std::optional<OrganizationSize>(static_cast<OrganizationSize>(size - 1));
    info.direction = m_backward->GetValue() ? PlanningDirection::Backward : PlanningDirection::Forward;
    auto start = m_start->value();
    if (!start)
        return unexpected(FieldError{m_start, start.error()});
    info.start = **start;
    auto target = m_target->value();
    if (!target)
        return unexpected(FieldError{m_target, target.error()});
    info.target = *target;
    if (info.direction == PlanningDirection::Backward && !info.target)
        return unexpected(FieldError{m_target, "Target date: backward planning needs the date the plan must finish by."});
    info.targetTask = m_taskIds[static_cast<std::size_t>(std::max(0, m_targetTask->GetSelection()))];
    auto status = m_status->value();
    if (!status)
        return unexpected(FieldError{m_status, status.error()});
    info.statusDate = *status;
    // A plan without calendars keeps an empty id (Monday to Friday); one that names a calendar keeps naming one.
    const std::string cal = m_calendarIds[static_cast<std::size_t>(std::max(0, m_calendar->GetSelection()))];
    const Calendar* def = m_plan.defaultCalendar();
    if (!(def && cal == def->id && m_plan.info.calendar.empty()))
        info.calendar = cal;
    return info;
}

bool ProjectInfoDialog::TransferDataFromWindow()
{
    m_problem->clear();
    auto info = collect();
    if (!info)
        return m_problem->show(info.error().field, info.error().sentence);
    auto cmd = editPlanInfo(m_plan, std::move(info).value());
    if (!cmd && cmd.error() != "nothing to change")
        return m_problem->show(nullptr, "This change is not possible: " + cmd.error() + ".");
    return true;
}

CommandResult ProjectInfoDialog::command() const
{
    auto info = collect();
    if (!info)
        return unexpected(info.error().sentence);
    return editPlanInfo(m_plan, std::move(info).value());
}

} // namespace certplan::gui
