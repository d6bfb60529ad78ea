// SPDX-License-Identifier: MIT
#pragma once
// What Project > Level Resources did: each task that moved, from which start
// to which, by how many working days, and why (the over-allocated resource it
// waited for); or that nothing moved. A row opens the task in the plan.

#include "commands/LevellingEdits.h"
#include "presenters/DateFormat.h"

#include "dialogs/TaskListButtons.h"

#include <wx/dialog.h>

#include <string>

class wxListCtrl;
class wxTextCtrl;

namespace certplan::gui {

class LevellingDialog : public wxDialog {
public:
    // ShowModal's result when the user chose a task to see.
    static constexpr int ID_ShowTask = kShowTask;
    LevellingDialog(wxWindow* parent, const Plan& plan, const LevellingEdit& edit, const present::DateFormat& dates);
    // The task the user chose to see ("" when closed without choosing).
    const std::string& chosenTask() const { return m_chosen; }
    wxListCtrl* list() const { return m_list; }
    const std::string& summary() const { return m_summary; }
    void select(long row);

private:
    std::vector<LevellingMove> m_moves;
    std::string m_summary;
    std::string m_notes; // tasks not delayed, over-allocations left
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_reason = nullptr;
    std::string m_chosen;
};

} // namespace certplan::gui
