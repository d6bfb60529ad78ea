// SPDX-License-Identifier: MIT
#include "dialogs/RecoveryDialog.h"

#include "WxConvert.h"

#include <wx/button.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace certplan::gui {

namespace {
enum { ID_Recover = wxID_HIGHEST + 700, ID_DiscardAll, ID_Later };
}

RecoveryDialog::RecoveryDialog(wxWindow* parent, const std::vector<std::string>& descriptions)
    : wxDialog(parent, wxID_ANY, "Recover Unsaved Work"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* heading = new wxStaticText(this, wxID_ANY, "CertPlan was not closed properly"_wx);
    heading->SetFont(heading->GetFont().Bold().Scaled(1.2f));
    top->Add(heading, 0, wxALL, 12);
    top->Add(new wxStaticText(this, wxID_ANY,
                              "These plans had unsaved changes. A recovered plan opens unsaved; its file is "
                              "not touched until you save."_wx),
             0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    // Long entries scroll sideways instead of being cut off.
    m_list = new wxListBox(this, wxID_ANY, wxDefaultPosition, wxSize(680, 130), 0, nullptr, wxLB_SINGLE | wxLB_HSCROLL);
    for (const auto& d : descriptions)
        m_list->Append(wx(d));
    if (!descriptions.empty())
        m_list->SetSelection(0);
    top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* discard = new wxButton(this, ID_DiscardAll, "&Discard All"_wx);
    discard->SetToolTip("Delete every recovery copy listed; the plans' files stay as they were last saved."_wx);
    buttons->Add(discard, 0, wxRIGHT, 8);
    buttons->AddStretchSpacer();
    auto* later = new wxButton(this, ID_Later, "&Later"_wx);
    later->SetToolTip("Keep the recovery copies; you are asked again at the next start."_wx);
    buttons->Add(later, 0, wxRIGHT, 8);
    auto* recover = new wxButton(this, ID_Recover, "&Recover"_wx);
    recover->SetToolTip("Open the selected plan with its unsaved changes."_wx);
    recover->SetDefault();
    buttons->Add(recover);
    top->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(top);
    SetEscapeId(ID_Later);

    Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) { EndModal(e.GetId()); }, ID_Recover, ID_Recover);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) { EndModal(e.GetId()); }, ID_Later, ID_Later);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        // Work is about to go for good: asked once more.
        wxMessageDialog sure(this,
                             wxString::Format("Delete %u recovery copies?"_wx, m_list->GetCount()),
                             "Recover Unsaved Work"_wx, wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        sure.SetExtendedMessage("The unsaved changes in them are lost for good. The plans' files stay as they were last saved."_wx);
        sure.SetYesNoLabels("&Delete"_wx, "&Keep"_wx);
        if (sure.ShowModal() == wxID_YES)
            EndModal(ID_DiscardAll);
    }, ID_DiscardAll, ID_DiscardAll);
    m_list->Bind(wxEVT_LISTBOX_DCLICK, [this](wxCommandEvent&) { EndModal(ID_Recover); });
}

present::UserPrompts::RecoveryChoice RecoveryDialog::choose()
{
    using Kind = present::UserPrompts::RecoveryChoice::Kind;
    const int rc = ShowModal();
    present::UserPrompts::RecoveryChoice c;
    if (rc == ID_Recover && m_list->GetSelection() != wxNOT_FOUND) {
        c.kind = Kind::Recover;
        c.index = static_cast<std::size_t>(m_list->GetSelection());
    } else if (rc == ID_DiscardAll) {
        c.kind = Kind::DiscardAll;
    }
    return c;
}

} // namespace certplan::gui
