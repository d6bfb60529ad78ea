// SPDX-License-Identifier: MIT
#include "SafetyNet.h"

#include "WxConvert.h"

#include <wx/anybutton.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/toplevel.h>

#include <cstdio>

namespace certplan::gui {

namespace {

// C++ dynamic_cast, not wxDynamicCast: that macro static_casts the wxObject*
// to the target type first, which is undefined behaviour when it is not one
// (UBSan reports it on every failed action).

// The main window that owns the window an event came from: the top-level
// parent itself, or the window a dialog was opened over; any main window if
// the event has no window.
ActionFailureSink* sinkFor(const wxEvent* event)
{
    wxWindow* w = event ? dynamic_cast<wxWindow*>(event->GetEventObject()) : nullptr;
    for (; w; w = w->GetParent())
        if (auto* sink = dynamic_cast<ActionFailureSink*>(w))
            return sink;
    for (wxWindow* top : wxTopLevelWindows)
        if (auto* sink = dynamic_cast<ActionFailureSink*>(top))
            return sink;
    return nullptr;
}

std::string menuPath(const wxEvent& event)
{
    wxWindow* w = dynamic_cast<wxWindow*>(event.GetEventObject());
    auto* frame = w ? dynamic_cast<wxFrame*>(wxGetTopLevelParent(w)) : nullptr;
    if (auto* menu = dynamic_cast<wxMenu*>(event.GetEventObject()); menu && !frame)
        frame = menu->GetWindow() ? dynamic_cast<wxFrame*>(wxGetTopLevelParent(menu->GetWindow())) : nullptr;
    wxMenuBar* bar = frame ? frame->GetMenuBar() : nullptr;
    if (!bar)
        return {};
    for (size_t i = 0; i < bar->GetMenuCount(); ++i)
        if (wxMenuItem* item = bar->GetMenu(i)->FindItem(event.GetId()))
            return utf8(bar->GetMenuLabelText(i)) + " > " + utf8(item->GetItemLabelText());
    return {};
}

} // namespace

std::string describeException(std::exception_ptr e)
{
    try {
        if (e)
            std::rethrow_exception(e);
    } catch (const std::exception& x) {
        return x.what();
    } catch (...) {
    }
    return "an unknown error";
}

std::string describeAction(const wxEvent& event)
{
    if (event.GetEventType() == wxEVT_MENU) {
        if (std::string path = menuPath(event); !path.empty())
            return path;
        return "a menu command";
    }
    if (auto* button = dynamic_cast<wxAnyButton*>(event.GetEventObject()); button && !button->GetLabelText().empty())
        return "the " + utf8(button->GetLabelText()) + " button";
    wxWindow* w = dynamic_cast<wxWindow*>(event.GetEventObject());
    std::string what = event.GetClassInfo() ? utf8(event.GetClassInfo()->GetClassName()) : std::string("an event");
    if (w)
        what += " in " + utf8(w->GetClassInfo()->GetClassName()) + (w->GetName().empty() ? "" : " '" + utf8(w->GetName()) + "'");
    return what;
}

bool runGuarded(const std::string& action, const std::function<void()>& f)
{
    try {
        f();
        return true;
    } catch (...) {
        if (auto* app = dynamic_cast<SafeApp*>(wxTheApp))
            app->report(action, std::current_exception(), nullptr);
        else
            std::fprintf(stderr, "certplan: %s failed: %s\n", action.c_str(), describeException(std::current_exception()).c_str());
        return false;
    }
}

void SafeApp::CallEventHandler(wxEvtHandler* handler, wxEventFunctor& functor, wxEvent& event) const
{
    try {
        wxApp::CallEventHandler(handler, functor, event);
    } catch (...) {
        report(describeAction(event), std::current_exception(), &event);
    }
}

bool SafeApp::OnExceptionInMainLoop()
{
    report("the app", std::current_exception(), nullptr);
    return true; // go on with the main loop
}

void SafeApp::report(const std::string& action, std::exception_ptr e, const wxEvent* event) const
{
    ++m_failed;
    const std::string reason = describeException(e);
    std::fprintf(stderr, "certplan: %s failed: %s\n", action.c_str(), reason.c_str());
    if (m_reporting)
        return; // a failure while reporting one: stderr only, never a loop of dialogs
    m_reporting = true;
    try {
        if (ActionFailureSink* sink = sinkFor(event))
            sink->actionFailed(action, reason);
    } catch (...) {
        std::fprintf(stderr, "certplan: reporting that failure failed too: %s\n",
                     describeException(std::current_exception()).c_str());
    }
    m_reporting = false;
}

} // namespace certplan::gui
