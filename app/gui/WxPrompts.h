// SPDX-License-Identifier: MIT
#pragma once
#include "presenters/UserPrompts.h"

#include <wx/string.h>

class wxWindow;

namespace certplan::gui {

// The real answers to UserPrompts: GTK dialogs over the main window.
class WxPrompts : public present::UserPrompts {
public:
    explicit WxPrompts(wxWindow* parent) : m_parent(parent) {}
    SaveChoice askSaveChanges(const std::string& documentName) override;
    std::optional<std::string> askOpenPath() override;
    std::optional<std::string> askSavePath(const std::string& suggestedName) override;
    bool confirm(const std::string& title, const std::string& question) override;
    void showError(const std::string& title, const std::string& message) override;
    void showWarnings(const std::string& title, const std::vector<std::string>& warnings) override;
    LockChoice askLockedPlan(const std::string& documentName, const std::string& holder, bool stale) override;
    bool askOverwriteChangedFile(const std::string& documentName, const std::vector<std::string>& changes) override;
    bool askReloadChangedFile(const std::string& documentName, const std::vector<std::string>& changes,
                              bool unsavedChanges) override;
    RecoveryChoice askRecover(const std::vector<std::string>& descriptions) override;

    // The question of askSaveChanges, apart from its dialog (it once came out
    // empty under LANG=C; a test reads it in whatever locale it runs).
    static wxString saveChangesQuestion(const std::string& documentName);

private:
    wxWindow* m_parent;
};

} // namespace certplan::gui
