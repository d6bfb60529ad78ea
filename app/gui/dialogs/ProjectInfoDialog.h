// SPDX-License-Identifier: MIT
#pragma once
// Project > Project Information: everything PlanInfo holds (title,
// organization, scope, certification body, standard, size, planning
// direction, start and target, target task, status date, plan calendar), as
// MS Project's Project Information. OK turns the edits into one
// "Project Information" command (commands/ProjectEdits.h checks them).

#include "commands/ProjectEdits.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxRadioButton;
class wxTextCtrl;

namespace certplan::gui {

class DateField;
class FieldProblem;

class ProjectInfoDialog : public wxDialog {
public:
    ProjectInfoDialog(wxWindow* parent, const Plan& plan, const present::DateFormat& dates);
    // The edit (or why it cannot be made; "nothing to change" when untouched).
    CommandResult command() const;

    // Controls, for tests.
    wxTextCtrl* titleCtrl() const { return m_title; }
    wxTextCtrl* organizationCtrl() const { return m_organization; }
    wxTextCtrl* scopeCtrl() const { return m_scope; }
    DateField* startCtrl() const { return m_start; }
    DateField* targetCtrl() const { return m_target; }
    wxRadioButton* backwardCtrl() const { return m_backward; }
    wxChoice* calendarCtrl() const { return m_calendar; }
    const std::string& problem() const;

private:
    bool TransferDataFromWindow() override;
    struct FieldError {
        wxWindow* field;
        std::string sentence;
    };
    Result<PlanInfo, FieldError> collect() const;

    const Plan& m_plan;
    wxTextCtrl* m_title = nullptr;
    wxTextCtrl* m_organization = nullptr;
    wxTextCtrl* m_scope = nullptr;
    wxTextCtrl* m_body = nullptr;
    wxTextCtrl* m_standard = nullptr;
    wxTextCtrl* m_edition = nullptr;
    wxChoice* m_size = nullptr;
    wxRadioButton* m_forward = nullptr;
    wxRadioButton* m_backward = nullptr;
    DateField* m_start = nullptr;
    DateField* m_target = nullptr;
    wxChoice* m_targetTask = nullptr;
    DateField* m_status = nullptr;
    wxChoice* m_calendar = nullptr;
    FieldProblem* m_problem = nullptr;
    std::vector<std::string> m_taskIds;     // parallel to m_targetTask ("" first: the whole plan)
    std::vector<std::string> m_calendarIds; // parallel to m_calendar
};

} // namespace certplan::gui
