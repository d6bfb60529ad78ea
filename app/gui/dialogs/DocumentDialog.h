// SPDX-License-Identifier: MIT
#pragma once
// Adds or edits one entry of the document register: title, kind, clause,
// mandatory, owner, version, status, approval and next review dates, location.
// OK is refused, with the reason under the form, for what the register's
// command would refuse (DocumentCommands.h: documentProblem).

#include "core/Plan.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

class wxCheckBox;
class wxChoice;
class wxTextCtrl;

namespace certplan::gui {

class DateField;
class FieldProblem;

class DocumentDialog : public wxDialog {
public:
    // `entry` is the entry to edit, or nullptr to add a new one.
    DocumentDialog(wxWindow* parent, const Plan& plan, const DocumentEntry* entry, const present::DateFormat& dates);
    // The entry as typed (valid once ShowModal returned wxID_OK).
    DocumentEntry entry() const;

    wxTextCtrl* idCtrl() const { return m_id; }
    wxTextCtrl* titleCtrl() const { return m_title; }
    wxChoice* statusCtrl() const { return m_status; }
    DateField* approvedCtrl() const { return m_approved; }
    DateField* nextReviewCtrl() const { return m_nextReview; }
    const FieldProblem* problem() const { return m_problem; }
    // OK's check: false, with the sentence under the form, for a refused entry.
    bool TransferDataFromWindow() override;

private:
    const Plan& m_plan;
    std::string m_originalId; // empty when adding
    wxTextCtrl* m_id = nullptr;
    wxTextCtrl* m_title = nullptr;
    wxChoice* m_kind = nullptr;
    wxTextCtrl* m_clause = nullptr;
    wxCheckBox* m_mandatory = nullptr;
    wxChoice* m_owner = nullptr; // 0: nobody, k: plan.resources[k - 1]
    wxTextCtrl* m_version = nullptr;
    wxChoice* m_status = nullptr;
    DateField* m_approved = nullptr;
    DateField* m_nextReview = nullptr;
    wxTextCtrl* m_location = nullptr;
    FieldProblem* m_problem = nullptr;
};

} // namespace certplan::gui
