// SPDX-License-Identifier: MIT
#pragma once
// Open, save, save as, revert and close for one Document, with the decisions a
// desktop app makes: ask before discarding changes, show a file that fails to
// load with its line and column and keep the current plan untouched, record
// recent files. While a plan is open its lock file says who has it; saves
// keep the previous version as a backup and refuse to overwrite, unasked, a
// file that changed on disk since it was loaded (model/safety).

#include "commands/Document.h"
#include "presenters/UserPrompts.h"
#include "safety/FileStamp.h"
#include "safety/PlanLock.h"

#include <functional>
#include <optional>
#include <string>

namespace certplan::present {

class FileController {
public:
    FileController(Document& doc, UserPrompts& prompts);
    void setPrompts(UserPrompts& prompts) { m_prompts = &prompts; }

    // Called with the path after every successful open or save (recent files).
    void setOnFileUsed(std::function<void(const std::string&)> f) { m_onFileUsed = std::move(f); }

    bool open(const std::string& path);    // asks about unsaved changes first
    bool openWithPrompt();
    bool save();                           // save as when the plan has no file yet
    bool saveAs();
    bool revert();                         // reload from disk after confirming
    bool replaceWith(Plan plan);           // a new plan (wizard, template), unsaved
    // File > New Blank Plan: as replaceWith, but an untouched blank plan holds
    // no work, so it is not marked modified (closing it asks nothing); the
    // first edit marks it, and Save asks for a path as for any plan without a file.
    bool startBlank(Plan plan);
    // A recovered plan: unsaved, its file (originalPath, may be empty) locked
    // like an opened one and left untouched until the user saves.
    bool openRecovered(Plan plan, const std::string& originalPath);
    // Window closed cleanly: the lock goes.
    void close();

    // When the window regains focus: if the file changed on disk since it was
    // loaded or saved, says what changed and offers to reload it. Asks once
    // per version on disk. True when the plan was reloaded.
    bool checkChangedOnDisk();

    // Opened read-only because someone else holds the lock: Save goes to Save As.
    bool isReadOnly() const { return m_readOnly; }
    // Previous versions kept beside the file on each save (NAME.1.bak ...); 0: none.
    void setBackupLevels(int levels) { m_backupLevels = levels; }
    // True when the window may close: nothing unsaved, saved, or discarded.
    bool confirmDiscard();

    std::string documentName() const;      // file name, or "Untitled plan"
    std::string windowTitle() const;       // "*name.certplan — CertPlan" when modified

private:
    bool replaceInMemory(Plan plan, bool unsaved);
    bool saveTo(const std::string& path);
    bool loadInto(const std::string& path); // no questions asked but the lock's
    // Takes the lock of path for this window, asking when someone else holds
    // it. Empty optional and readOnly unchanged: the user cancelled.
    std::optional<std::optional<safety::PlanLock>> lockForOpen(const std::string& path, bool& readOnly);
    bool confirmOverwriteIfChanged(const std::string& path);

    Document& m_doc;
    UserPrompts* m_prompts;
    std::function<void(const std::string&)> m_onFileUsed;
    std::optional<safety::PlanLock> m_lock;   // of m_doc.path(), unless read-only
    std::optional<safety::FileStamp> m_stamp;  // the file as last loaded or saved
    std::optional<safety::FileStamp> m_keptOver; // a disk version the user chose not to reload
    std::optional<safety::FileStamp> m_overwriteAccepted; // a disk version the user agreed to overwrite
    bool m_readOnly = false;
    int m_backupLevels = 1;
};

} // namespace certplan::present
