// SPDX-License-Identifier: MIT
// The toolbar and the Help menu in the real main window: the toolbar's
// commands, art and tooltips, View > Toolbar, Keyboard Shortcuts (every
// accelerator of the menus), Getting Started, About and the window's icon.

#include "ExamplePlan.h"
#include "GuiTestSupport.h"
#include "HelpMenu.h"
#include "MainWindowFixture.h"
#include "ViewRenderer.h"
#include "WxConvert.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/ShortcutsDialog.h"

#include <catch2/catch.hpp>

#include <wx/bookctrl.h>
#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>
#include <wx/toolbar.h>

#include <functional>
#include <memory>
#include <set>

using namespace certplan;
using namespace certplan::gui;
using namespace certplan::test;

TEST_CASE("The toolbar has the common commands with art and tooltips, runs them and View > Toolbar hides it for the next session",
          "[gui][toolbar]")
{
    {
        Window w;
        openExample(w);
        wxToolBar* tb = w.frame->GetToolBar();
        REQUIRE(tb != nullptr);
        CHECK(tb->IsShown());
        CHECK(w.frame->GetMenuBar()->IsChecked(ID_ShowToolbar));
        for (int id : {int(ID_NewFromTemplate), int(wxID_OPEN), int(wxID_SAVE), int(wxID_UNDO), int(wxID_REDO),
                       int(ID_InsertTask), int(ID_DeleteTask), int(ID_IndentTask), int(ID_OutdentTask), int(ID_LinkTasks),
                       int(ID_UnlinkTasks), int(ID_TaskProperties), int(ID_ZoomIn), int(ID_ZoomOut), int(ID_ZoomToFit),
                       int(ID_GoToToday)}) {
            INFO("tool " << id);
            const wxToolBarToolBase* tool = tb->FindById(id);
            REQUIRE(tool != nullptr);
            CHECK(tool->GetNormalBitmap().IsOk());
            CHECK_FALSE(tool->GetShortHelp().empty());
        }
        CHECK(utf8(tb->GetToolShortHelp(ID_ZoomIn)) == "Zoom In (Ctrl+=)");
        CHECK_FALSE(tb->GetToolEnabled(wxID_UNDO));

        // A click on Insert Task: the same command as the menu's, then Undo's tooltip says what it undoes.
        w.view()->selectTask(w.plan().tasks.front().id);
        const std::size_t before = w.plan().tasks.size();
        wxCommandEvent click(wxEVT_TOOL, ID_InsertTask);
        click.SetEventObject(tb);
        tb->GetEventHandler()->ProcessEvent(click);
        CHECK(w.plan().tasks.size() == before + 1);
        CHECK(tb->GetToolEnabled(wxID_UNDO));
        CHECK(utf8(tb->GetToolShortHelp(wxID_UNDO)) == "Undo Insert Task (Ctrl+Z)");

        sendChecked(w.frame, ID_ShowToolbar, false);
        CHECK_FALSE(tb->IsShown());
    }
    {
        Window again;
        REQUIRE(again.frame->GetToolBar() != nullptr);
        CHECK_FALSE(again.frame->GetToolBar()->IsShown());
        CHECK_FALSE(again.frame->GetMenuBar()->IsChecked(ID_ShowToolbar));
    }
}

TEST_CASE("Help > Keyboard Shortcuts lists every accelerator the menus show", "[gui][help]")
{
    Window w;
    wxMenuBar* bar = w.frame->GetMenuBar();
    ShortcutsDialog dlg(w.frame, bar);
    wxListCtrl* list = dlg.list();
    std::set<std::pair<std::string, std::string>> listed;
    for (long r = 0; r < list->GetItemCount(); ++r)
        listed.insert({utf8(list->GetItemText(r, 0)), utf8(list->GetItemText(r, 1))});
    int accelerators = 0;
    std::function<void(wxMenu*)> walk = [&](wxMenu* menu) {
        for (wxMenuItem* item : menu->GetMenuItems()) {
            if (item->GetSubMenu()) {
                walk(item->GetSubMenu());
                continue;
            }
            const wxString label = item->GetItemLabel();
            if (!label.Contains("\t"_wx))
                continue;
            ++accelerators;
            std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
            REQUIRE(accel);
            wxString command = item->GetItemLabelText();
            command.Replace("..."_wx, wxString());
            INFO(utf8(label));
            CHECK(listed.count({utf8(accel->ToString()), utf8(command)}) == 1);
        }
    };
    for (size_t m = 0; m < bar->GetMenuCount(); ++m)
        walk(bar->GetMenu(m));
    CHECK(accelerators >= 25);
    CHECK(listed.count({"Ctrl+=", "Zoom In"}) == 1);
    CHECK(listed.count({"Ctrl+Shift+T", "Scroll to Task"}) == 1);
    // It fits a 1024x700 screen.
    CHECK(dlg.GetSize().x <= 1024);
    CHECK(dlg.GetSize().y <= 700);
}

TEST_CASE("Help > Getting Started explains the tabs and the planning flow in a window that fits 1024x700", "[gui][help]")
{
    Window w;
    GuideDialog dlg(w.frame);
    const std::string text = utf8(dlg.html()->ToText());
    for (const char* must : {"Plan", "Resources", "Checklist", "Audits", "Dashboard", "New from Template", "Mark Progress",
                             "Keyboard Shortcuts", "Start No Earlier Than"})
        CHECK(text.find(must) != std::string::npos);
    // Every tab with the shortcut its View menu item shows (the guide once said five tabs, Audits Ctrl+4).
    wxBookCtrlBase* tabs = findViewTabs(w.frame);
    REQUIRE(tabs != nullptr);
    CHECK(text.find(std::to_string(tabs->GetPageCount()) == "6" ? "six tabs" : "?") != std::string::npos);
    for (std::size_t k = 0; k < tabs->GetPageCount(); ++k) {
        const std::string entry = utf8(tabs->GetPageText(k)) + " (Ctrl+" + std::to_string(k + 1) + ")";
        INFO(entry);
        CHECK(text.find(entry) != std::string::npos);
        CHECK(w.menuLabel(ID_ShowTab0 + static_cast<int>(k)) == utf8(tabs->GetPageText(k)));
    }
    CHECK(dlg.GetSize().x <= 1024);
    CHECK(dlg.GetSize().y <= 700);
    // Longer than the window: it scrolls.
    int vx = 0, vy = 0;
    dlg.html()->GetVirtualSize(&vx, &vy);
    CHECK(vy > dlg.html()->GetClientSize().y);
}

TEST_CASE("About and the main window carry the application icon, the version and the licence", "[gui][help]")
{
    const wxAboutDialogInfo info = aboutInfo();
    CHECK(info.HasIcon());
    CHECK(info.GetIcon().IsOk());
    CHECK(info.GetIcon().GetWidth() >= 64);
    CHECK(utf8(info.GetVersion()) == CERTPLAN_VERSION);
    CHECK(info.HasLicence());
    CHECK(utf8(info.GetLicence()).find("MIT") != std::string::npos);
    CHECK(info.HasDescription());
    Window w;
    CHECK(w.frame->GetIcons().GetIconCount() >= 5);
    CHECK(w.frame->GetIcons().GetIcon(wxSize(32, 32)).IsOk());
}
