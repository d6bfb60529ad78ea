// SPDX-License-Identifier: MIT
#pragma once
#include "Preferences.h"

#include <wx/dialog.h>

class wxChoice;
class wxCheckBox;

namespace certplan::gui {

class FieldProblem;
class NumberField;

class PreferencesDialog : public wxDialog {
public:
    PreferencesDialog(wxWindow* parent, const Preferences& prefs);
    Preferences preferences() const;

private:
    bool TransferDataFromWindow() override;

    Preferences m_prefs;
    wxChoice* m_dateStyle = nullptr;
    NumberField* m_recovery = nullptr;
    NumberField* m_backups = nullptr;
    FieldProblem* m_problem = nullptr;
    wxCheckBox* m_days[7] = {};
};

} // namespace certplan::gui
