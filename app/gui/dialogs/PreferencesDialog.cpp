// SPDX-License-Identifier: MIT
#include "dialogs/PreferencesDialog.h"

#include "WxConvert.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
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

    grid->Add(new wxStaticText(this, wxID_ANY, "&Autosave every (minutes, 0 = off):"_wx), 0, wxALIGN_CENTER_VERTICAL);
    m_autosave = new wxSpinCtrl(this, wxID_ANY, ""_wx, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 0, 120,
                                prefs.autosaveMinutes);
    grid->Add(m_autosave);

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
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_prefs;
    p.dateStyle = static_cast<present::DateStyle>(std::max(0, m_dateStyle->GetSelection()));
    p.autosaveMinutes = m_autosave->GetValue();
    std::uint8_t bits = 0;
    for (int i = 0; i < 7; ++i)
        if (m_days[i]->GetValue())
            bits = static_cast<std::uint8_t>(bits | (1U << i));
    p.defaultWeek.bits = bits ? bits : 0x1F;
    return p;
}

} // namespace certplan::gui
