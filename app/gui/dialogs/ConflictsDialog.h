// SPDX-License-Identifier: MIT
#pragma once
// View > Schedule Conflicts: every conflict of the current schedule with the
// scheduler's full message, and a button to show the task concerned.

#include "presenters/ConflictList.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxListCtrl;
class wxTextCtrl;

namespace certplan::gui {

class ConflictsDialog : public wxDialog {
public:
    ConflictsDialog(wxWindow* parent, std::vector<present::ConflictRow> rows);
    // The task the user chose to see ("" when closed without choosing).
    const std::string& chosenTask() const { return m_chosen; }

private:
    void showMessage(long row);
    std::vector<present::ConflictRow> m_rows;
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_message = nullptr;
    std::string m_chosen;
};

} // namespace certplan::gui
