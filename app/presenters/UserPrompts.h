// SPDX-License-Identifier: MIT
#pragma once
// The questions file handling asks the user. The GUI answers with dialogs;
// tests answer with a script. Keeps FileController free of wx.

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
};

} // namespace certplan::present
