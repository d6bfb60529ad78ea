// SPDX-License-Identifier: MIT
#include "WxPrompts.h"

#include "WxConvert.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>

namespace certplan::gui {

namespace {
const char* const kWildcard = "CertPlan plans (*.certplan)|*.certplan|XML files (*.xml)|*.xml|All files|*";
}

present::UserPrompts::SaveChoice WxPrompts::askSaveChanges(const std::string& documentName)
{
    wxMessageDialog dlg(m_parent, "Save changes to \u201c"_wx + wx(documentName) + "\u201d before closing?"_wx, "CertPlan"_wx,
                        wxYES_NO | wxCANCEL | wxICON_QUESTION);
    dlg.SetExtendedMessage("If you don't save, your changes will be lost."_wx);
    dlg.SetYesNoCancelLabels("&Save"_wx, "Close &without Saving"_wx, "&Cancel"_wx);
    switch (dlg.ShowModal()) {
    case wxID_YES: return SaveChoice::Save;
    case wxID_NO: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

std::optional<std::string> WxPrompts::askOpenPath()
{
    wxFileDialog dlg(m_parent, "Open Plan"_wx, ""_wx, ""_wx, wx(kWildcard), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK)
        return std::nullopt;
    return utf8(dlg.GetPath());
}

std::optional<std::string> WxPrompts::askSavePath(const std::string& suggestedName)
{
    wxFileDialog dlg(m_parent, "Save Plan As"_wx, ""_wx, wx(suggestedName), wx(kWildcard), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK)
        return std::nullopt;
    return utf8(dlg.GetPath());
}

bool WxPrompts::confirm(const std::string& title, const std::string& question)
{
    return wxMessageBox(wx(question), wx(title), wxYES_NO | wxICON_QUESTION, m_parent) == wxYES;
}

void WxPrompts::showError(const std::string& title, const std::string& message)
{
    wxMessageDialog dlg(m_parent, wx(title), "CertPlan"_wx, wxOK | wxICON_ERROR);
    dlg.SetExtendedMessage(wx(message));
    dlg.ShowModal();
}

void WxPrompts::showWarnings(const std::string& title, const std::vector<std::string>& warnings)
{
    wxString text;
    for (std::size_t i = 0; i < warnings.size() && i < 20; ++i)
        text += wx(warnings[i]) + "\n"_wx;
    if (warnings.size() > 20)
        text += wxString::Format("... and %zu more"_wx, warnings.size() - 20);
    wxMessageDialog dlg(m_parent, wx(title), "CertPlan"_wx, wxOK | wxICON_WARNING);
    dlg.SetExtendedMessage(text);
    dlg.ShowModal();
}

} // namespace certplan::gui
