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
class wxCheckListBox;

namespace certplan::gui {

class DateField;
class FieldProblem;
class NumberField;

class TaskDialog : public wxDialog {
public:
    TaskDialog(wxWindow* parent, const Document& doc, const std::string& taskId, const present::DateFormat& dates);
    // The edit the user made (or why it cannot be made).
    CommandResult command() const;

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
    wxCheckListBox* m_resources = nullptr;
    wxChoice* m_requirement = nullptr;
    wxChoice* m_nonconformity = nullptr;
    wxTextCtrl* m_notes = nullptr;
    FieldProblem* m_problem = nullptr;
    std::vector<std::string> m_requirementIds;
    std::vector<std::string> m_ncIds;
};

} // namespace certplan::gui
