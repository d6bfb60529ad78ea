// SPDX-License-Identifier: MIT
#pragma once
// Task properties: everything the grid does not show (constraint dates,
// deadline, actual dates, notes, links to the checklist and nonconformities).
// OK turns the edits into one "Edit Task" command.

#include "commands/Document.h"
#include "commands/TaskEdits.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

class wxTextCtrl;
class wxCheckBox;
class wxChoice;
class wxListCtrl;

namespace certplan::gui {

class DateField;
class FieldProblem;
class NumberField;

class TaskDialog : public wxDialog {
public:
    TaskDialog(wxWindow* parent, const Document& doc, const std::string& taskId, const present::DateFormat& dates);
    // The edit the user made (or why it cannot be made).
    CommandResult command() const;

    // The resources part (MS Project's Resources tab): each assignment with
    // its units in percent (limits::kAssignmentUnits, the loader's range).
    // Assign adds the chosen resource or sets its units; Remove drops the
    // selected assignment. Both show a refusal under the form.
    wxListCtrl* assignmentsCtrl() const { return m_assignList; }
    wxChoice* assignResourceCtrl() const { return m_assignResource; }
    NumberField* unitsCtrl() const { return m_units; }
    bool assignChosen();
    void removeSelectedAssignment();
    const std::vector<Assignment>& assignments() const { return m_assignments; }

private:
    bool TransferDataFromWindow() override;
    // A typed value OK cannot take: the field and the sentence that says why.
    struct FieldError {
        wxWindow* field;
        std::string sentence;
    };
    Result<Task, FieldError> collect() const;

    const Document& m_doc;
    Task m_task;
    bool m_summary = false;
    wxTextCtrl* m_name = nullptr;
    NumberField* m_duration = nullptr;
    wxCheckBox* m_milestone = nullptr;
    NumberField* m_percent = nullptr;
    DateField* m_actualStart = nullptr;
    DateField* m_actualFinish = nullptr;
    wxChoice* m_constraint = nullptr;
    DateField* m_constraintDate = nullptr;
    DateField* m_deadline = nullptr;
    wxTextCtrl* m_predecessors = nullptr;
    void fillAssignments(int select = -1);
    std::string resourceName(const std::string& id) const;
    wxListCtrl* m_assignList = nullptr;
    wxChoice* m_assignResource = nullptr;
    NumberField* m_units = nullptr;
    std::vector<Assignment> m_assignments;
    wxChoice* m_requirement = nullptr;
    wxChoice* m_nonconformity = nullptr;
    wxTextCtrl* m_notes = nullptr;
    FieldProblem* m_problem = nullptr;
    std::vector<std::string> m_requirementIds;
    std::vector<std::string> m_ncIds;
};

} // namespace certplan::gui
