// SPDX-License-Identifier: MIT
#include "dialogs/TaskDialog.h"

#include "WxConvert.h"
#include "core/FieldLimits.h"
#include "core/TaskTree.h"
#include "presenters/PredecessorText.h"
#include "schedule/Scheduler.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"
#include "widgets/NumberField.h"

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace certplan::gui {

namespace {

void addRow(wxWindow* parent, wxFlexGridSizer* grid, const wxString& label, wxWindow* control)
{
    // No label (a check box that says it all): an empty cell, not an empty text.
    if (label.empty())
        grid->AddSpacer(0);
    else
        grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(control, 1, wxEXPAND);
}

} // namespace

TaskDialog::TaskDialog(wxWindow* parent, const Document& doc, const std::string& taskId, const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Task Properties"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_doc(doc)
{
    const Plan& plan = doc.plan();
    const int index = plan.taskIndex(taskId);
    m_task = plan.tasks[static_cast<std::size_t>(index)];
    m_summary = isSummary(plan.tasks, static_cast<std::size_t>(index));
    SetTitle("Task Properties: "_wx + wx(m_task.name));

    auto* book = new wxNotebook(this, wxID_ANY);

    // General
    auto* general = new wxPanel(book);
    auto* g = new wxFlexGridSizer(2, 8, 12);
    g->AddGrowableCol(1);
    m_name = new wxTextCtrl(general, wxID_ANY, wx(m_task.name));
    addRow(general, g, "&Name:"_wx, m_name);
    m_duration = new NumberField(general, limits::kDuration, m_task.durationDays, "Duration", "d");
    addRow(general, g, "&Duration (working days):"_wx, m_duration);
    m_milestone = new wxCheckBox(general, wxID_ANY, "&Milestone (no duration)"_wx);
    m_milestone->SetValue(m_task.milestone);
    addRow(general, g, ""_wx, m_milestone);
    m_percent = new NumberField(general, limits::kPercentComplete, m_task.percentComplete, "% complete", "%");
    addRow(general, g, "% &complete:"_wx, m_percent);
    m_actualStart = new DateField(general, m_task.actualStart, dates, "Actual start", true);
    addRow(general, g, "Actual &start:"_wx, m_actualStart);
    m_actualFinish = new DateField(general, m_task.actualFinish, dates, "Actual finish", true);
    addRow(general, g, "Actual &finish:"_wx, m_actualFinish);
    m_constraint = new wxChoice(general, wxID_ANY);
    for (const auto& e : enumEntries<ConstraintType>())
        m_constraint->Append(wx(std::string(e.label)));
    m_constraint->SetSelection(static_cast<int>(m_task.constraint.type));
    addRow(general, g, "C&onstraint:"_wx, m_constraint);
    m_constraintDate = new DateField(general, m_task.constraint.date, dates, "Constraint date", true);
    addRow(general, g, "Constraint d&ate:"_wx, m_constraintDate);
    m_deadline = new DateField(general, m_task.deadline, dates, "Deadline", true);
    addRow(general, g, "Dead&line:"_wx, m_deadline);
    if (m_summary) {
        for (wxWindow* w : std::initializer_list<wxWindow*>{m_duration, m_milestone, m_percent, m_actualStart, m_actualFinish})
            w->Disable();
    }
    auto* gs = new wxBoxSizer(wxVERTICAL);
    gs->Add(g, 1, wxEXPAND | wxALL, 12);
    general->SetSizer(gs);
    book->AddPage(general, "General"_wx);

    // Predecessors and resources
    auto* links = new wxPanel(book);
    auto* ls = new wxBoxSizer(wxVERTICAL);
    ls->Add(new wxStaticText(links, wxID_ANY,
                             "Predecessors by row number, e.g. \u201c3FS+2d; 5SS\u201d (FS, SS, FF, SF; lag in working days):"_wx),
            0, wxALL, 8);
    m_predecessors = new wxTextCtrl(links, wxID_ANY, wx(present::formatPredecessors(plan, m_task)));
    ls->Add(m_predecessors, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    ls->Add(new wxStaticText(links, wxID_ANY, "Resources (full-time; set part-time units in the grid, e.g. \u201cPat [50%]\u201d):"_wx), 0,
            wxALL, 8);
    m_resources = new wxCheckListBox(links, wxID_ANY);
    for (std::size_t r = 0; r < plan.resources.size(); ++r) {
        const Resource& res = plan.resources[r];
        m_resources->Append(wx(res.name + (res.role.empty() ? "" : "  (" + res.role + ")")));
        for (const auto& a : m_task.assignments)
            if (a.resource == res.id)
                m_resources->Check(static_cast<unsigned>(r));
    }
    ls->Add(m_resources, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    links->SetSizer(ls);
    book->AddPage(links, "Predecessors && Resources"_wx);

    // Certification links and notes
    auto* cert = new wxPanel(book);
    auto* cs = new wxFlexGridSizer(2, 8, 12);
    cs->AddGrowableCol(1);
    m_requirement = new wxChoice(cert, wxID_ANY);
    m_requirement->Append("(none)"_wx);
    m_requirementIds.push_back({});
    for (const auto& c : plan.checklists)
        for (const auto& r : c.items) {
            m_requirement->Append(wx(r.clause + " " + r.title));
            m_requirementIds.push_back(r.id);
        }
    m_requirement->SetSelection(0);
    for (std::size_t k = 0; k < m_requirementIds.size(); ++k)
        if (m_requirementIds[k] == m_task.requirement)
            m_requirement->SetSelection(static_cast<int>(k));
    addRow(cert, cs, "Closes a gap in &requirement:"_wx, m_requirement);
    m_nonconformity = new wxChoice(cert, wxID_ANY);
    m_nonconformity->Append("(none)"_wx);
    m_ncIds.push_back({});
    for (const auto& nc : plan.nonconformities) {
        m_nonconformity->Append(wx(nc.id + ": " + nc.description.substr(0, 60)));
        m_ncIds.push_back(nc.id);
    }
    m_nonconformity->SetSelection(0);
    for (std::size_t k = 0; k < m_ncIds.size(); ++k)
        if (m_ncIds[k] == m_task.nonconformity)
            m_nonconformity->SetSelection(static_cast<int>(k));
    addRow(cert, cs, "Corrects &nonconformity:"_wx, m_nonconformity);
    auto* certOuter = new wxBoxSizer(wxVERTICAL);
    certOuter->Add(cs, 0, wxEXPAND | wxALL, 12);
    certOuter->Add(new wxStaticText(cert, wxID_ANY, "Notes:"_wx), 0, wxLEFT | wxRIGHT, 12);
    m_notes = new wxTextCtrl(cert, wxID_ANY, wx(m_task.notes), wxDefaultPosition, wxSize(-1, 120), wxTE_MULTILINE);
    certOuter->Add(m_notes, 1, wxEXPAND | wxALL, 12);
    cert->SetSizer(certOuter);
    book->AddPage(cert, "Certification && Notes"_wx);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(book, 1, wxEXPAND | wxALL, 8);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
    SetSize(wxSize(std::max(GetSize().x, 620), std::max(GetSize().y, 520)));
    m_name->SetFocus();
    m_name->SelectAll();
}

Result<Task, TaskDialog::FieldError> TaskDialog::collect() const
{
    const Plan& plan = m_doc.plan();
    Task t = m_task;
    t.name = utf8(m_name->GetValue());
    // Each typed value is read as typed; the first one that is not valid is
    // named with its range, and nothing is rounded or replaced.
    if (!m_summary) {
        t.milestone = m_milestone->GetValue();
        if (t.milestone) {
            t.durationDays = 0;
        } else if (auto d = m_duration->value()) {
            t.durationDays = *d;
        } else {
            return unexpected(FieldError{m_duration, d.error()});
        }
        auto p = m_percent->value();
        if (!p)
            return unexpected(FieldError{m_percent, p.error()});
        t.percentComplete = *p;
        auto as = m_actualStart->value();
        if (!as)
            return unexpected(FieldError{m_actualStart, as.error()});
        t.actualStart = *as;
        auto af = m_actualFinish->value();
        if (!af)
            return unexpected(FieldError{m_actualFinish, af.error()});
        t.actualFinish = *af;
    }
    t.constraint.type = static_cast<ConstraintType>(std::max(0, m_constraint->GetSelection()));
    t.constraint.date.reset();
    if (constraintNeedsDate(t.constraint.type)) {
        auto cd = m_constraintDate->value();
        if (!cd)
            return unexpected(FieldError{m_constraintDate, cd.error()});
        t.constraint.date = *cd;
    }
    auto dl = m_deadline->value();
    if (!dl)
        return unexpected(FieldError{m_deadline, dl.error()});
    t.deadline = *dl;
    // Assignments still checked keep their order and units (an untouched
    // dialog changes nothing, not even the order in the file); newly checked
    // resources follow, full-time.
    auto checked = [&](const std::string& id) {
        for (std::size_t r = 0; r < plan.resources.size(); ++r)
            if (plan.resources[r].id == id)
                return m_resources->IsChecked(static_cast<unsigned>(r));
        return true; // a resource the list does not show stays as it was
    };
    std::vector<Assignment> assignments;
    for (const auto& a : m_task.assignments)
        if (checked(a.resource))
            assignments.push_back(a);
    for (std::size_t r = 0; r < plan.resources.size(); ++r) {
        const std::string& id = plan.resources[r].id;
        const bool had = std::any_of(m_task.assignments.begin(), m_task.assignments.end(),
                                     [&id](const Assignment& a) { return a.resource == id; });
        if (!had && m_resources->IsChecked(static_cast<unsigned>(r)))
            assignments.push_back({id, 100});
    }
    t.assignments = std::move(assignments);
    t.requirement = m_requirementIds[static_cast<std::size_t>(std::max(0, m_requirement->GetSelection()))];
    t.nonconformity = m_ncIds[static_cast<std::size_t>(std::max(0, m_nonconformity->GetSelection()))];
    t.notes = utf8(m_notes->GetValue());
    return t;
}

bool TaskDialog::TransferDataFromWindow()
{
    m_problem->clear();
    if (auto t = collect(); !t)
        return m_problem->show(t.error().field, t.error().sentence);
    auto deps = present::parsePredecessors(m_doc.plan(), utf8(m_predecessors->GetValue()));
    if (!deps) {
        return m_problem->show(m_predecessors, "Predecessors: " + deps.error());
    }
    const auto cmd = command();
    if (!cmd && cmd.error() != "nothing to change")
        return m_problem->show(nullptr, cmd.error());
    // A link the schedule cannot hold (the task on itself, a loop through
    // others) is refused here, with the dialog still open and every other
    // edit kept, rather than after it closed.
    if (cmd) {
        Plan trial = m_doc.plan();
        (*cmd)->apply(trial);
        const auto s = computeSchedule(trial);
        if (!s && (!s.error().cycle.empty() || s.error().task >= 0))
            return m_problem->show(m_predecessors, "Predecessors: " + s.error().message);
    }
    return true;
}

CommandResult TaskDialog::command() const
{
    auto collected = collect();
    if (!collected)
        return unexpected(collected.error().sentence);
    Task t = std::move(collected).value();
    auto deps = present::parsePredecessors(m_doc.plan(), utf8(m_predecessors->GetValue()));
    if (!deps)
        return unexpected(deps.error());
    t.predecessors = std::move(deps).value();
    return editTask(m_doc.plan(), std::move(t), "Edit Task");
}

} // namespace certplan::gui
