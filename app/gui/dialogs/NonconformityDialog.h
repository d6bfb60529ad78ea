// SPDX-License-Identifier: MIT
#pragma once
// Raises a nonconformity: where it came from, how serious, which clause, what
// was found and who owns the fix. The due date defaults from the rules. Picking
// the certification-body audit that raised it sets the source and the
// certificate, and dates the verification limit from that audit.

#include "core/Plan.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

class wxChoice;
class wxTextCtrl;

namespace certplan::gui {

class DateField;
class FieldProblem;

class NonconformityDialog : public wxDialog {
public:
    NonconformityDialog(wxWindow* parent, const Plan& plan, const present::DateFormat& dates);
    Nonconformity nonconformity() const;

private:
    bool TransferDataFromWindow() override;

    const Plan& m_plan;
    wxChoice* m_audit = nullptr; // 0: none, k: plan.audits[k - 1]
    wxChoice* m_source = nullptr;
    wxChoice* m_class = nullptr;
    wxTextCtrl* m_clause = nullptr;
    wxTextCtrl* m_description = nullptr;
    wxChoice* m_owner = nullptr;
    DateField* m_raised = nullptr;
    FieldProblem* m_problem = nullptr;
};

} // namespace certplan::gui
