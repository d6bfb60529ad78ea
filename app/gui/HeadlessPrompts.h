// SPDX-License-Identifier: MIT
#pragma once
// UserPrompts for runs nobody watches (--render-views, --bench-paint): nothing
// may wait for a user, so errors go to stderr and every question gets "no".

#include "presenters/UserPrompts.h"

#include <cstdio>

namespace certplan::gui {

class HeadlessPrompts : public present::UserPrompts {
public:
    explicit HeadlessPrompts(bool reportWarnings = true) : m_reportWarnings(reportWarnings) {}
    SaveChoice askSaveChanges(const std::string&) override { return SaveChoice::Discard; }
    std::optional<std::string> askOpenPath() override { return std::nullopt; }
    std::optional<std::string> askSavePath(const std::string&) override { return std::nullopt; }
    bool confirm(const std::string&, const std::string&) override { return false; }
    // Looking is harmless: a plan open elsewhere is rendered read-only.
    LockChoice askLockedPlan(const std::string&, const std::string&, bool) override { return LockChoice::OpenReadOnly; }
    void showError(const std::string& title, const std::string& message) override
    {
        std::fprintf(stderr, "%s: %s\n", title.c_str(), message.c_str());
    }
    void showWarnings(const std::string& title, const std::vector<std::string>& warnings) override
    {
        if (!m_reportWarnings)
            return;
        for (const auto& w : warnings)
            std::fprintf(stderr, "%s: %s\n", title.c_str(), w.c_str());
    }

private:
    bool m_reportWarnings;
};

} // namespace certplan::gui
