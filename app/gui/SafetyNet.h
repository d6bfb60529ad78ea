// SPDX-License-Identifier: MIT
#pragma once
// The one point where an exception escaping a user action ends. Every event
// handler of the app (menus, buttons, grid edits, canvas drags, timers, dialog
// buttons, CallAfter) runs inside SafeApp::CallEventHandler; an exception that
// escapes it is handed to the main window that owns the event's window, which
// writes a recovery copy, shows what failed and keeps the plan open, unsaved.
// Nothing is rethrown: the app goes on.

#include <wx/app.h>

#include <exception>
#include <functional>
#include <string>

namespace certplan::gui {

// Implemented by the main window: what to do when an action failed.
class ActionFailureSink {
public:
    virtual ~ActionFailureSink() = default;
    // action: what the user did, in menu words ("Edit > Indent", "Create
    // Corrective Task button"); reason: the exception's message.
    virtual void actionFailed(const std::string& action, const std::string& reason) = 0;
};

class SafeApp : public wxApp {
public:
    void CallEventHandler(wxEvtHandler* handler, wxEventFunctor& functor, wxEvent& event) const override;
    // Exceptions from outside any event handler (wx's own loop).
    bool OnExceptionInMainLoop() override;
    // How many actions failed since start (tests read it).
    int failedActions() const { return m_failed; }
    // Hands a failure to the main window (or stderr when there is none).
    void report(const std::string& action, std::exception_ptr e, const wxEvent* event) const;

private:
    mutable int m_failed = 0;
    mutable bool m_reporting = false;
};

// For work outside any event handler (opening the file named on the command
// line in OnInit): runs f, and an exception is reported like one from an
// action. True when f returned normally.
bool runGuarded(const std::string& action, const std::function<void()>& f);

// "Edit > Indent" for a menu command, "the OK button" for a button, otherwise
// what kind of event it was and in which window.
std::string describeAction(const wxEvent& event);
// The message of any exception: what() for std::exception, else "an unknown error".
std::string describeException(std::exception_ptr e);

} // namespace certplan::gui
