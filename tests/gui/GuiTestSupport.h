// SPDX-License-Identifier: MIT
#pragma once
// Helpers for driving the real windows: a scripted UserPrompts, event pumping
// and synthetic mouse and menu events (in-process, so no XTEST is needed).

#include "presenters/UserPrompts.h"

#include <wx/app.h>
#include <wx/event.h>
#include <wx/utils.h>
#include <wx/window.h>

#include <chrono>
#include <deque>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace certplan::test {

// Answers the questions the way a test says and records what was shown.
class ScriptedPrompts : public present::UserPrompts {
public:
    struct Shown {
        std::string title;
        std::string message;
    };

    SaveChoice saveChoice = SaveChoice::Discard;
    std::deque<std::string> openPaths;
    std::deque<std::string> savePaths;
    bool confirmAnswer = true;

    std::vector<Shown> errors;
    std::vector<Shown> warnings;
    std::vector<Shown> questions; // asked through confirm()
    int saveQuestions = 0;

    SaveChoice askSaveChanges(const std::string&) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    std::optional<std::string> askOpenPath() override { return next(openPaths); }
    std::optional<std::string> askSavePath(const std::string&) override { return next(savePaths); }
    bool confirm(const std::string& title, const std::string& question) override
    {
        questions.push_back({title, question});
        return confirmAnswer;
    }
    void showError(const std::string& title, const std::string& message) override { errors.push_back({title, message}); }
    void showWarnings(const std::string& title, const std::vector<std::string>& w) override
    {
        std::string all;
        for (const auto& line : w)
            all += line + "\n";
        warnings.push_back({title, all});
    }

private:
    static std::optional<std::string> next(std::deque<std::string>& q)
    {
        if (q.empty())
            return std::nullopt;
        std::string s = q.front();
        q.pop_front();
        return s;
    }
};

// Runs the event loop until done() or the timeout; true when done() held.
inline bool pumpUntil(const std::function<bool()>& done, int timeoutMs = 3000)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (std::chrono::steady_clock::now() > until)
            return false;
        wxTheApp->Yield(true);
        wxMilliSleep(5);
    }
    return true;
}

// Lets pending size, paint and CallAfter events run.
inline void pump(int ms = 100)
{
    pumpUntil([] { return false; }, ms);
}

inline void sendMouse(wxWindow* w, wxEventType type, wxPoint at, bool leftDown)
{
    wxMouseEvent e(type);
    e.SetEventObject(w);
    e.SetId(w->GetId());
    e.SetPosition(at);
    e.m_leftDown = leftDown;
    w->GetEventHandler()->ProcessEvent(e);
}

inline void sendMenu(wxWindow* frame, int id)
{
    wxCommandEvent e(wxEVT_MENU, id);
    e.SetEventObject(frame);
    frame->GetEventHandler()->ProcessEvent(e);
}

// A fresh folder under the system temp dir, removed with the object.
class TempDir {
public:
    explicit TempDir(const std::string& tag)
    {
        static int serial = 0;
        m_path = std::filesystem::temp_directory_path() /
                 ("certplan-" + tag + "-" + std::to_string(wxGetProcessId()) + "-" + std::to_string(++serial));
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace certplan::test
