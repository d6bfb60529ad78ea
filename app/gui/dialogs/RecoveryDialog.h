// SPDX-License-Identifier: MIT
#pragma once
// Shown at start when a CertPlan that was not closed cleanly (crash, kill -9,
// power cut) left recovery copies: pick one to reopen as an unsaved plan,
// discard them all, or decide later (they stay for the next start).

#include "presenters/UserPrompts.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxListBox;

namespace certplan::gui {

class RecoveryDialog : public wxDialog {
public:
    RecoveryDialog(wxWindow* parent, const std::vector<std::string>& descriptions);
    // Shows the dialog modally and returns the choice.
    present::UserPrompts::RecoveryChoice choose();

private:
    wxListBox* m_list = nullptr;
};

} // namespace certplan::gui
