// SPDX-License-Identifier: MIT
#pragma once
// Asks who closes a gap, how long it takes and by when, for
// createCorrectiveTask in the model.

#include "commands/ChecklistCommands.h"

#include <wx/dialog.h>

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxSpinCtrl;
class wxTextCtrl;

namespace certplan::gui {

class CorrectiveTaskDialog : public wxDialog {
public:
    CorrectiveTaskDialog(wxWindow* parent, const Plan& plan, const Requirement& requirement);
    CorrectiveTaskSpec spec() const;

private:
    const Plan& m_plan;
    std::string m_requirement;
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_owner = nullptr;
    wxSpinCtrl* m_duration = nullptr;
    wxDatePickerCtrl* m_due = nullptr;
    wxCheckBox* m_hardDue = nullptr;
};

} // namespace certplan::gui
