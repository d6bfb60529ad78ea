// SPDX-License-Identifier: MIT
#pragma once
// Asks who closes a gap, how long it takes and by when, for
// createCorrectiveTask in the model.

#include "commands/ChecklistCommands.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

class wxCheckBox;
class wxChoice;
class wxTextCtrl;

namespace certplan::gui {

class DateField;
class FieldProblem;
class NumberField;

class CorrectiveTaskDialog : public wxDialog {
public:
    CorrectiveTaskDialog(wxWindow* parent, const Plan& plan, const Requirement& requirement,
                         const present::DateFormat& dates);
    CorrectiveTaskSpec spec() const;

private:
    bool TransferDataFromWindow() override;

    const Plan& m_plan;
    std::string m_requirement;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_owner = nullptr;
    NumberField* m_duration = nullptr;
    DateField* m_due = nullptr;
    FieldProblem* m_problem = nullptr;
    wxCheckBox* m_hardDue = nullptr;
};

} // namespace certplan::gui
