// SPDX-License-Identifier: MIT
#pragma once
// The real main window for a test: scripted prompts, shown at 1200x800 and
// laid out before the test touches it; destroyed (not closed) at the end.

#include "GuiTestSupport.h"
#include "MainFrame.h"
#include "views/GanttCanvas.h"
#include "views/PlanView.h"
#include "views/TaskGrid.h"

#include <wx/menu.h>

#include <string>

namespace certplan::test {

using namespace certplan::gui;

// One main window with scripted prompts, shown and laid out.
struct Window {
    ScriptedPrompts prompts;
    MainFrame* frame = nullptr;

    Window()
    {
        frame = new MainFrame();
        frame->setPrompts(&prompts);
        frame->SetPosition(wxPoint(0, 0));
        frame->SetSize(wxSize(1200, 800));
        frame->Show();
        pumpUntil([this] { return gantt()->GetClientSize().x > 200 && gantt()->GetClientSize().y > 200; });
        pump(50);
    }
    ~Window()
    {
        // Destroy, not Close: closing would ask about unsaved changes.
        frame->Destroy();
        pump(30);
    }
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    Document& doc() { return frame->document(); }
    const Plan& plan() { return frame->document().plan(); }
    PlanView* view() { return frame->planView(); }
    TaskGrid* grid() { return view()->grid(); }
    GanttCanvas* gantt() { return view()->gantt(); }
    std::string menuLabel(int id) { return std::string(frame->GetMenuBar()->FindItem(id)->GetItemLabelText().utf8_str()); }
    bool menuEnabled(int id) { return frame->GetMenuBar()->IsEnabled(id); }
};

} // namespace certplan::test
