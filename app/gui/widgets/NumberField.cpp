// SPDX-License-Identifier: MIT
#include "widgets/NumberField.h"

#include "WxConvert.h"
#include "presenters/fields/FieldText.h"
#include "widgets/FieldLook.h"

#include <wx/sizer.h>
#include <wx/spinbutt.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace certplan::gui {

NumberField::NumberField(wxWindow* parent, const limits::WholeNumber& limit, int value, std::string field,
                         std::string suffix)
    : wxPanel(parent, wxID_ANY), m_limit(limit), m_field(std::move(field)), m_suffix(std::move(suffix))
{
    m_text = new wxTextCtrl(this, wxID_ANY, wxString::Format("%d"_wx, value), wxDefaultPosition, wxSize(110, -1));
    m_arrows = new wxSpinButton(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_VERTICAL | wxSP_ARROW_KEYS);
    // The arrows only step; their own range is never shown or enforced on text.
    m_arrows->SetRange(-1000000, 1000000);
    m_arrows->SetValue(0);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_text, 1, wxALIGN_CENTER_VERTICAL);
    row->Add(m_arrows, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 2);
    SetSizerAndFit(row);
    SetToolTip(wx(m_limit.sentence()));
    m_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { markValidity(); });
    m_arrows->Bind(wxEVT_SPIN_UP, [this](wxSpinEvent& e) { step(+1); e.Veto(); });
    m_arrows->Bind(wxEVT_SPIN_DOWN, [this](wxSpinEvent& e) { step(-1); e.Veto(); });
    // Up and Down in the text step too, as in a spin control.
    m_text->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_UP)
            step(+1);
        else if (e.GetKeyCode() == WXK_DOWN)
            step(-1);
        else
            e.Skip();
    });
}

Result<int, std::string> NumberField::value() const
{
    return present::readWholeNumber(utf8(m_text->GetValue()), m_limit, m_field, m_suffix);
}

void NumberField::setValue(int v)
{
    m_text->ChangeValue(wxString::Format("%d"_wx, v));
    markValidity();
}

void NumberField::SetFocus()
{
    m_text->SetFocus();
}

void NumberField::step(int delta)
{
    // Text that is not a number stays for the user to fix; arrows on it do nothing.
    auto v = value();
    if (!v)
        return;
    setValue(std::clamp(*v + delta, m_limit.min, m_limit.max));
    m_text->SetInsertionPointEnd();
}

void NumberField::markValidity()
{
    const auto v = value();
    markEntry(m_text, v.ok(), v ? std::string() : v.error());
}

} // namespace certplan::gui
