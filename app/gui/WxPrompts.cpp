// SPDX-License-Identifier: MIT
#include "WxPrompts.h"

#include "WxConvert.h"
#include "dialogs/RecoveryDialog.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>

namespace certplan::gui {

namespace {
const char* const kWildcard = "CertPlan plans (*.certplan)|*.certplan|XML files (*.xml)|*.xml|All files|*";

wxString bullets(const std::vector<std::string>& lines)
{
    wxString text;
    for (const auto& l : lines)
        text += "\u2022 "_wx + wx(l) + "\n"_wx;
    return text;
}
} // namespace

wxString WxPrompts::saveChangesQuestion(const std::string& documentName)
{
    return "Save changes to \u201c"_wx + wx(documentName) + "\u201d before closing?"_wx;
}

present::UserPrompts::SaveChoice WxPrompts::askSaveChanges(const std::string& documentName)
{
    wxMessageDialog dlg(m_parent, saveChangesQuestion(documentName), "CertPlan"_wx, wxYES_NO | wxCANCEL | wxICON_QUESTION);
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

present::UserPrompts::LockChoice WxPrompts::askLockedPlan(const std::string& documentName, const std::string& holder,
                                                          bool stale)
{
    wxMessageDialog dlg(m_parent,
                        "\u201c"_wx + wx(documentName) +
                            (stale ? "\u201d has a left-over lock"_wx : "\u201d is open in another CertPlan"_wx),
                        "CertPlan"_wx, wxYES_NO | wxCANCEL | wxICON_WARNING);
    if (stale)
        dlg.SetExtendedMessage("Locked by "_wx + wx(holder) +
                               ". Nobody holds that lock any more: the CertPlan that took it is no longer running "
                               "(a crash), or its lock file cannot be read.\n\n"
                               "Remove the lock and open the plan, or open it read-only."_wx);
    else
        dlg.SetExtendedMessage("Locked by "_wx + wx(holder) +
                               ".\n\nOpen it read-only to look at it, or take it over if you are sure nobody is "
                               "editing it there: two people saving the same plan overwrite each other's work."_wx);
    dlg.SetYesNoCancelLabels("&Open Read-Only"_wx, stale ? "&Remove Lock and Open"_wx : "&Take Over"_wx, "&Cancel"_wx);
    switch (dlg.ShowModal()) {
    case wxID_YES: return LockChoice::OpenReadOnly;
    case wxID_NO: return LockChoice::TakeOver;
    default: return LockChoice::Cancel;
    }
}

bool WxPrompts::askOverwriteChangedFile(const std::string& documentName, const std::vector<std::string>& changes)
{
    wxMessageDialog dlg(m_parent, "\u201c"_wx + wx(documentName) + "\u201d changed on disk since you opened it"_wx,
                        "CertPlan"_wx, wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    dlg.SetExtendedMessage("Saving replaces that version with yours. Compared with yours, the file on disk has:\n"_wx + bullets(changes) +
                           "\nIf backups are on (Preferences) and there is a version on disk, it is kept as the backup."_wx);
    dlg.SetYesNoLabels("&Overwrite"_wx, "&Cancel"_wx);
    return dlg.ShowModal() == wxID_YES;
}

bool WxPrompts::askReloadChangedFile(const std::string& documentName, const std::vector<std::string>& changes,
                                     bool unsavedChanges)
{
    wxMessageDialog dlg(m_parent, "\u201c"_wx + wx(documentName) + "\u201d changed on disk"_wx, "CertPlan"_wx,
                        wxYES_NO | wxICON_QUESTION);
    dlg.SetExtendedMessage("Compared with your version, the file on disk has:\n"_wx + bullets(changes) +
                           (unsavedChanges ? "\nReloading it discards your unsaved changes."_wx
                                           : "\nYou have no unsaved changes."_wx));
    dlg.SetYesNoLabels("&Reload"_wx, "&Keep Mine"_wx);
    return dlg.ShowModal() == wxID_YES;
}

present::UserPrompts::RecoveryChoice WxPrompts::askRecover(const std::vector<std::string>& descriptions)
{
    RecoveryDialog dlg(m_parent, descriptions);
    return dlg.choose();
}

} // namespace certplan::gui
