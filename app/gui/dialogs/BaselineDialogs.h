// SPDX-License-Identifier: MIT
#pragma once
// The Project menu's baseline dialogs, as MS Project names them:
//  - Set Baseline: save the current schedule as a new named baseline or over
//    one the plan has (commands/BaselineCommands.h: saveBaselineNamed);
//  - Compare to Baseline and Delete Baseline: choose one of the plan's
//    baselines (Compare also offers none).
// They only ask; the caller runs the command or changes the view.

#include "core/Baseline.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace certplan::gui {

class FieldProblem;

class SetBaselineDialog : public wxDialog {
public:
    // saved: the date the baseline will carry (the status date, else today).
    SetBaselineDialog(wxWindow* parent, const std::vector<Baseline>& baselines, Date saved,
                      const present::DateFormat& dates);
    // Valid after OK: the name to save under (trimmed), and whether it replaces one.
    const std::string& name() const { return m_name; }
    bool replaces() const { return m_replaces; }

    wxChoice* slot() const { return m_slot; }
    wxTextCtrl* nameField() const { return m_nameField; }
    FieldProblem* problem() const { return m_problem; }
    void selectSlot(int index); // 0: a new baseline; k: replace baselines[k - 1]

    bool TransferDataFromWindow() override;

private:
    std::vector<std::string> m_existing;
    wxChoice* m_slot = nullptr;
    wxTextCtrl* m_nameField = nullptr;
    FieldProblem* m_problem = nullptr;
    std::string m_suggested;
    std::string m_name;
    bool m_replaces = false;
};

class ChooseBaselineDialog : public wxDialog {
public:
    // offerNone: the first choice is "(none)"; current: the name preselected ("" = none, or the first).
    ChooseBaselineDialog(wxWindow* parent, const wxString& title, const wxString& prompt,
                         const std::vector<Baseline>& baselines, bool offerNone, const std::string& current,
                         const present::DateFormat& dates);
    // The chosen baseline's name; "" for none.
    std::string chosen() const;
    wxChoice* choice() const { return m_choice; }

private:
    std::vector<std::string> m_names; // parallel to the choice's items; "" for none
    wxChoice* m_choice = nullptr;
};

} // namespace certplan::gui
