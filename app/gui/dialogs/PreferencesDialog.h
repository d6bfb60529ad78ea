// SPDX-License-Identifier: MIT
#pragma once
#include "Preferences.h"

#include <wx/dialog.h>

class wxChoice;
class wxSpinCtrl;
class wxCheckBox;

namespace certplan::gui {

class PreferencesDialog : public wxDialog {
public:
    PreferencesDialog(wxWindow* parent, const Preferences& prefs);
    Preferences preferences() const;

private:
    Preferences m_prefs;
    wxChoice* m_dateStyle = nullptr;
    wxSpinCtrl* m_recovery = nullptr;
    wxSpinCtrl* m_backups = nullptr;
    wxCheckBox* m_days[7] = {};
};

} // namespace certplan::gui
