// SPDX-License-Identifier: MIT
#pragma once
// Open, save, save as, revert and close for one Document, with the decisions a
// desktop app makes: ask before discarding changes, show a file that fails to
// load with its line and column and keep the current plan untouched, record
// recent files.

#include "commands/Document.h"
#include "presenters/UserPrompts.h"

#include <functional>
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
    // True when the window may close: nothing unsaved, saved, or discarded.
    bool confirmDiscard();

    std::string documentName() const;      // file name, or "Untitled plan"
    std::string windowTitle() const;       // "*name.certplan — CertPlan" when modified

private:
    bool saveTo(const std::string& path);
    bool loadInto(const std::string& path); // no questions asked

    Document& m_doc;
    UserPrompts* m_prompts;
    std::function<void(const std::string&)> m_onFileUsed;
};

} // namespace certplan::present
