// SPDX-License-Identifier: MIT
#include "dialogs/PreferencesDialog.h"

#include "WxConvert.h"
#include "widgets/FieldProblem.h"
#include "widgets/NumberField.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace certplan::gui {

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& prefs)
    : wxDialog(parent, wxID_ANY, "Preferences"_wx), m_prefs(prefs)
{
    auto* grid = new wxFlexGridSizer(2, 10, 12);
    grid->Add(new wxStaticText(this, wxID_ANY, "&Date format:"_wx), 0, wxALIGN_CENTER_VERTICAL);
    m_dateStyle = new wxChoice(this, wxID_ANY);
    for (auto s : present::DateFormat::allStyles())
        m_dateStyle->Append(wx(present::DateFormat::styleName(s)));
    m_dateStyle->SetSelection(static_cast<int>(prefs.dateStyle));
    grid->Add(m_dateStyle, 1, wxEXPAND);

    grid->Add(new wxStaticText(this, wxID_ANY, "&Recovery copy after (seconds, 0 = off):"_wx), 0, wxALIGN_CENTER_VERTICAL);
    m_recovery = new NumberField(this, kRecoveryDelay, prefs.recoverySeconds, "Recovery copy after");
    m_recovery->SetToolTip("Unsaved changes are copied to a separate recovery file this long after the first "
                           "change, and again while you keep editing. The plan file itself is written only when you save."_wx);
    grid->Add(m_recovery);

    grid->Add(new wxStaticText(this, wxID_ANY, "&Backups kept on save:"_wx), 0, wxALIGN_CENTER_VERTICAL);
    m_backups = new NumberField(this, safety::kBackupLevels, prefs.backupLevels, "Backups kept on save");
    m_backups->SetToolTip("Each save keeps the previous versions beside the plan as NAME.1.bak (newest), NAME.2.bak ..."_wx);
    grid->Add(m_backups);

    grid->Add(new wxStaticText(this, wxID_ANY, "Default working &week for new plans:"_wx), 0, wxALIGN_CENTER_VERTICAL);
    auto* days = new wxBoxSizer(wxHORIZONTAL);
    const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int i = 0; i < 7; ++i) {
        m_days[i] = new wxCheckBox(this, wxID_ANY, wx(names[i]));
        m_days[i]->SetValue(prefs.defaultWeek.works(i));
        days->Add(m_days[i], 0, wxRIGHT, 6);
    }
    grid->Add(days);

    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, 1, wxEXPAND | wxALL, 16);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 16);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_prefs;
    p.dateStyle = static_cast<present::DateStyle>(std::max(0, m_dateStyle->GetSelection()));
    // TransferDataFromWindow refused OK unless both numbers are valid.
    if (const auto r = m_recovery->value())
        p.recoverySeconds = *r;
    if (const auto b = m_backups->value())
        p.backupLevels = *b;
    std::uint8_t bits = 0;
    for (int i = 0; i < 7; ++i)
        if (m_days[i]->GetValue())
            bits = static_cast<std::uint8_t>(bits | (1U << i));
    p.defaultWeek.bits = bits ? bits : 0x1F;
    return p;
}

bool PreferencesDialog::TransferDataFromWindow()
{
    m_problem->clear();
    if (auto r = m_recovery->value(); !r)
        return m_problem->show(m_recovery, r.error());
    if (auto b = m_backups->value(); !b)
        return m_problem->show(m_backups, b.error());
    return true;
}

} // namespace certplan::gui
