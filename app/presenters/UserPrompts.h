// SPDX-License-Identifier: MIT
#pragma once
// The questions file handling asks the user. The GUI answers with dialogs;
// tests answer with a script. Keeps FileController free of wx.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace certplan::present {

class UserPrompts {
public:
    enum class SaveChoice { Save, Discard, Cancel };
    virtual ~UserPrompts() = default;
    virtual SaveChoice askSaveChanges(const std::string& documentName) = 0;
    virtual std::optional<std::string> askOpenPath() = 0;
    virtual std::optional<std::string> askSavePath(const std::string& suggestedName) = 0;
    virtual bool confirm(const std::string& title, const std::string& question) = 0;
    virtual void showError(const std::string& title, const std::string& message) = 0;
    virtual void showWarnings(const std::string& title, const std::vector<std::string>& warnings) = 0;

    // The questions that keep work safe. Each default is the answer that
    // changes nothing (cancel, keep, later), for prompts that never ask.

    // The plan is open elsewhere (holder: "dana on host ws12 (process 4242)
    // since 2026-11-29 15:02"); stale: that process is gone from this host.
    enum class LockChoice { OpenReadOnly, TakeOver, Cancel };
    virtual LockChoice askLockedPlan(const std::string& documentName, const std::string& holder, bool stale)
    {
        (void)documentName, (void)holder, (void)stale;
        return LockChoice::Cancel;
    }
    // Saving would overwrite a file that changed on disk since it was loaded;
    // changes: "2 tasks added: ..." lines (safety::describePlanDiff). True: overwrite.
    virtual bool askOverwriteChangedFile(const std::string& documentName, const std::vector<std::string>& changes)
    {
        (void)documentName, (void)changes;
        return false;
    }
    // The file changed on disk while open (noticed when the window regains
    // focus). True: reload it (losing unsaved changes, if any).
    virtual bool askReloadChangedFile(const std::string& documentName, const std::vector<std::string>& changes,
                                      bool unsavedChanges)
    {
        (void)documentName, (void)changes, (void)unsavedChanges;
        return false;
    }
    // After a crash: descriptions of the recoverable plans ("plan.certplan,
    // 5 unsaved changes, written 2026-11-29 15:02"). Recover the one at index,
    // discard them all, or decide later (they stay).
    struct RecoveryChoice {
        enum class Kind { Recover, DiscardAll, Later } kind = Kind::Later;
        std::size_t index = 0;
    };
    virtual RecoveryChoice askRecover(const std::vector<std::string>& descriptions)
    {
        (void)descriptions;
        return {};
    }
};

} // namespace certplan::present
