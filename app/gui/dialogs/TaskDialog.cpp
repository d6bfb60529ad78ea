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
#include <wx/button.h>
#include <wx/listctrl.h>
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
    ls->Add(new wxStaticText(links, wxID_ANY,
                             "Resources and their units (100 % = full time, 50 % = half of each working day):"_wx),
            0, wxALL, 8);
    m_assignments = m_task.assignments;
    m_assignList = new wxListCtrl(links, wxID_ANY, wxDefaultPosition, wxSize(-1, 120), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_assignList->AppendColumn("Resource"_wx, wxLIST_FORMAT_LEFT, 340);
    m_assignList->AppendColumn("Units"_wx, wxLIST_FORMAT_RIGHT, 90);
    ls->Add(m_assignList, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    auto* assignRow = new wxBoxSizer(wxHORIZONTAL);
    m_assignResource = new wxChoice(links, wxID_ANY);
    for (const Resource& res : plan.resources)
        m_assignResource->Append(wx(res.name + (res.role.empty() ? "" : "  (" + res.role + ")")));
    if (!plan.resources.empty())
        m_assignResource->SetSelection(0);
    // Sized by the dialog, not by the longest "name (role)": that made the dialog wider than the screen.
    m_assignResource->SetMinSize(wxSize(220, -1));
    m_units = new NumberField(links, limits::kAssignmentUnits, 100, "Units", "%");
    auto* assign = new wxButton(links, wxID_ANY, "Assi&gn"_wx);
    assign->SetToolTip("Add the chosen resource with these units, or set its units if it is already assigned"_wx);
    auto* unassign = new wxButton(links, wxID_ANY, "Remo&ve"_wx); // M is Milestone's, A Constraint date's
    assignRow->Add(new wxStaticText(links, wxID_ANY, "Reso&urce:"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    assignRow->Add(m_assignResource, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    assignRow->Add(new wxStaticText(links, wxID_ANY, "Un&its (%):"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    assignRow->Add(m_units, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    assignRow->Add(assign, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 6);
    assignRow->Add(unassign, 0, wxALIGN_CENTER_VERTICAL);
    ls->Add(assignRow, 0, wxEXPAND | wxALL, 8);
    if (plan.resources.empty()) {
        m_assignResource->Disable();
        assign->Disable();
    }
    assign->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { assignChosen(); });
    unassign->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelectedAssignment(); });
    m_assignList->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        const long row = e.GetIndex();
        if (row < 0 || static_cast<std::size_t>(row) >= m_assignments.size())
            return;
        const Assignment& a = m_assignments[static_cast<std::size_t>(row)];
        const auto& res = m_doc.plan().resources;
        for (std::size_t r = 0; r < res.size(); ++r)
            if (res[r].id == a.resource)
                m_assignResource->SetSelection(static_cast<int>(r));
        m_units->setValue(a.units);
    });
    fillAssignments();
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
    addRow(cert, cs, "Corrects nonconformi&ty:"_wx, m_nonconformity);
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

std::string TaskDialog::resourceName(const std::string& id) const
{
    const Resource* r = m_doc.plan().findResource(id);
    return r ? r->name : id;
}

void TaskDialog::fillAssignments(int select)
{
    m_assignList->DeleteAllItems();
    for (std::size_t k = 0; k < m_assignments.size(); ++k) {
        const long at = m_assignList->InsertItem(static_cast<long>(k), wx(resourceName(m_assignments[k].resource)));
        m_assignList->SetItem(at, 1, wxString::Format("%d %%"_wx, m_assignments[k].units));
    }
    if (select >= 0 && select < m_assignList->GetItemCount())
        m_assignList->SetItemState(select, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                   wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

bool TaskDialog::assignChosen()
{
    m_problem->clear();
    const auto& res = m_doc.plan().resources;
    const int r = m_assignResource->GetSelection();
    if (r < 0 || static_cast<std::size_t>(r) >= res.size())
        return m_problem->show(m_assignResource, "Choose a resource to assign.");
    auto units = m_units->value();
    if (!units)
        return m_problem->show(m_units, units.error());
    const std::string& id = res[static_cast<std::size_t>(r)].id;
    for (std::size_t k = 0; k < m_assignments.size(); ++k)
        if (m_assignments[k].resource == id) {
            m_assignments[k].units = *units;
            fillAssignments(static_cast<int>(k));
            return true;
        }
    m_assignments.push_back({id, *units});
    fillAssignments(static_cast<int>(m_assignments.size()) - 1);
    return true;
}

void TaskDialog::removeSelectedAssignment()
{
    m_problem->clear();
    const long row = m_assignList->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0 || static_cast<std::size_t>(row) >= m_assignments.size()) {
        m_problem->show(m_assignList, "Select the assignment to remove.");
        return;
    }
    m_assignments.erase(m_assignments.begin() + row);
    fillAssignments(std::min(static_cast<int>(row), static_cast<int>(m_assignments.size()) - 1));
}

Result<Task, TaskDialog::FieldError> TaskDialog::collect() const
{
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
    // Assignments keep their order (an untouched dialog changes nothing, not
    // even the order in the file); new ones follow in the order added.
    t.assignments = m_assignments;
    t.requirement = m_requirementIds[static_cast<std::size_t>(std::max(0, m_requirement->GetSelection()))];
    t.nonconformity = m_ncIds[static_cast<std::size_t>(std::max(0, m_nonconformity->GetSelection()))];
    t.notes = utf8(m_notes->GetValue());
    return t;
}

bool TaskDialog::TransferDataFromWindow()
{
    m_problem->clear();
    // Units typed for the selected assignment but not yet assigned count: OK means "as I typed it".
    const long row = m_assignList->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const int chosen = m_assignResource->GetSelection();
    const auto& res = m_doc.plan().resources;
    if (row >= 0 && static_cast<std::size_t>(row) < m_assignments.size() && chosen >= 0 &&
        static_cast<std::size_t>(chosen) < res.size() &&
        res[static_cast<std::size_t>(chosen)].id == m_assignments[static_cast<std::size_t>(row)].resource) {
        const auto units = m_units->value();
        if ((!units || *units != m_assignments[static_cast<std::size_t>(row)].units) && !assignChosen())
            return false;
    }
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
