// SPDX-License-Identifier: MIT
// Every menu: access keys unique within it, shortcuts unique across the bar,
// and every shortcut a menu shows works while the task grid has the focus
// (the grid used to take Delete, Shift+F2 and Alt+Shift+arrows for itself).

#include "MainWindowFixture.h"
#include "ModalCloser.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "dialogs/TaskDialog.h"

#include <catch2/catch.hpp>

#include <wx/menu.h>

#include <filesystem>
#include <map>
#include <memory>

using namespace certplan;
using namespace certplan::gui;
using certplan::test::pump;
using certplan::test::TempDir;
using certplan::test::Window;

namespace {

struct Item {
    wxMenuItem* item;
    std::string path; // "Edit > Indent"
};

void collect(wxMenu* menu, const std::string& path, std::vector<Item>& out)
{
    for (wxMenuItem* item : menu->GetMenuItems()) {
        if (item->IsSeparator())
            continue;
        const std::string here = path + " > " + utf8(item->GetItemLabelText());
        out.push_back({item, here});
        if (wxMenu* sub = item->GetSubMenu())
            collect(sub, here, out);
    }
}

// The access key of a label ("Inden&t" -> 'T'), or 0.
wxChar accessKey(const wxString& label)
{
    for (std::size_t k = 0; k + 1 < label.size(); ++k)
        if (label[k] == '&' && label[k + 1] != '&')
            return wxToupper(label[k + 1]);
    return 0;
}

void openExample(Window& w, TempDir& dir)
{
    const std::string path = dir.file("example.certplan");
    std::filesystem::copy_file(certplan::test::templatePath("examples/northwind-iso20000.certplan"), path);
    REQUIRE(w.frame->openFile(path));
    pump(30);
}

// A key pressed in the grid, as GTK delivers it to the grid's window.
void pressInGrid(Window& w, const wxAcceleratorEntry& accel)
{
    wxKeyEvent key(wxEVT_KEY_DOWN);
    key.m_keyCode = accel.GetKeyCode();
    key.SetControlDown((accel.GetFlags() & wxACCEL_CTRL) != 0);
    key.SetAltDown((accel.GetFlags() & wxACCEL_ALT) != 0);
    key.SetShiftDown((accel.GetFlags() & wxACCEL_SHIFT) != 0);
    key.SetEventObject(w.grid()->GetGridWindow());
    w.grid()->GetGridWindow()->GetEventHandler()->ProcessEvent(key);
}

int rowOf(Window& w, const std::string& id)
{
    const auto& rows = w.view()->rows();
    for (int r = 0; r < rows.count(); ++r)
        if (w.plan().tasks[static_cast<std::size_t>(rows.taskAt(r))].id == id)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Each menu has one access key per item and the menu bar one item per shortcut", "[gui][menus]")
{
    Window w;
    wxMenuBar* bar = w.frame->GetMenuBar();
    std::map<std::string, std::string> shortcuts; // "Ctrl+L" -> item
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
        std::vector<Item> items;
        const std::string title = utf8(wxMenuItem::GetLabelText(bar->GetMenuLabel(m)));
        collect(bar->GetMenu(m), title, items);
        // Access keys are per menu level: group by parent menu.
        std::map<wxMenu*, std::map<wxChar, std::string>> keys;
        for (const auto& [item, path] : items) {
            const wxChar key = accessKey(item->GetItemLabel().BeforeFirst('\t'));
            INFO(path);
            CHECK(key != 0);
            if (!key)
                continue;
            auto [it, fresh] = keys[item->GetMenu()].emplace(key, path);
            INFO("same access key as " << it->second);
            CHECK(fresh);
            if (std::unique_ptr<wxAcceleratorEntry> accel{item->GetAccel()}) {
                const std::string text = utf8(accel->ToString());
                auto [other, unique] = shortcuts.emplace(text, path);
                INFO(text << " also on " << other->second);
                CHECK(unique);
            }
        }
    }
    CHECK(shortcuts.size() >= 20);
}

TEST_CASE("Every shortcut a menu shows runs its item while the task grid has the focus", "[gui][menus]")
{
    Window w;
    TempDir dir("shortcuts");
    openExample(w, dir);
    w.frame->showTab(0);
    w.view()->selectTask("aw-business-case");
    w.grid()->SetFocus();
    pump(20);
    // Record what the shortcut would run instead of running it (Quit, Open...).
    int ran = wxID_NONE;
    auto spy = [&ran](wxCommandEvent& e) { ran = e.GetId(); };
    w.frame->Bind(wxEVT_MENU, spy);
    std::vector<Item> items;
    wxMenuBar* bar = w.frame->GetMenuBar();
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m)
        collect(bar->GetMenu(m), "", items);
    int tried = 0;
    for (const auto& [item, path] : items) {
        std::unique_ptr<wxAcceleratorEntry> accel{item->GetAccel()};
        if (!accel || !item->IsEnabled())
            continue;
        INFO(path << " (" << utf8(accel->ToString()) << ")");
        ran = wxID_NONE;
        pressInGrid(w, *accel);
        CHECK(ran == item->GetId());
        ++tried;
    }
    w.frame->Unbind(wxEVT_MENU, spy);
    // Delete, Insert, Shift+F2, the four Alt+Shift arrows, Ctrl+L... all enabled with a task selected.
    CHECK(tried >= 20);
}

TEST_CASE("Delete, Alt+Shift+arrows and Shift+F2 in the grid act on the task, not the cell", "[gui][menus]")
{
    Window w;
    TempDir dir("grid-keys");
    openExample(w, dir);
    w.frame->showTab(0);
    w.grid()->SetFocus();
    const std::size_t before = w.plan().tasks.size();

    // Alt+Shift+Down moves the task below its next sibling.
    w.view()->selectTask("aw-business-case");
    const int row = rowOf(w, "aw-business-case");
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_ALT | wxACCEL_SHIFT, WXK_DOWN));
    pump(10);
    CHECK(rowOf(w, "aw-business-case") == row + 1);
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Move Task Down");
    // The moved task stays selected: pressing again moves it again.
    CHECK(w.view()->currentTaskId() == "aw-business-case");
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_ALT | wxACCEL_SHIFT, WXK_UP));
    pump(10);
    CHECK(rowOf(w, "aw-business-case") == row);
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_ALT | wxACCEL_SHIFT, WXK_DOWN));
    pump(10);
    CHECK(rowOf(w, "aw-business-case") == row + 1);
    // Alt+Shift+Right indents it under the task above.
    w.view()->selectTask("aw-business-case");
    const int level = w.plan().tasks[static_cast<std::size_t>(w.plan().taskIndex("aw-business-case"))].level;
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_ALT | wxACCEL_SHIFT, WXK_RIGHT));
    pump(10);
    CHECK(w.plan().tasks[static_cast<std::size_t>(w.plan().taskIndex("aw-business-case"))].level == level + 1);
    // Delete removes the task (the grid used to clear the cell instead).
    w.view()->selectTask("aw-business-case");
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_NORMAL, WXK_DELETE));
    pump(10);
    CHECK(w.plan().taskIndex("aw-business-case") < 0);
    CHECK(w.plan().tasks.size() == before - 1);
    CHECK_FALSE(w.grid()->IsCellEditControlEnabled());

    // Shift+F2 opens Task Properties (the grid opened its cell editor).
    certplan::test::ModalCloser closer;
    w.view()->selectTask("aw-appoint");
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_SHIFT, WXK_F2));
    pump(20);
    REQUIRE_FALSE(closer.seen.empty());
    CHECK(closer.seen.front().title.find("Task Properties") != std::string::npos);
    CHECK_FALSE(w.grid()->IsCellEditControlEnabled());
}

TEST_CASE("F3 finds the next task containing the last searched text, from the grid", "[gui][menus][find]")
{
    Window w;
    TempDir dir("find-next");
    openExample(w, dir);
    w.frame->showTab(0);
    w.grid()->SetFocus();
    w.view()->selectTask("aw-briefing");
    w.frame->setFindText("management review");
    std::vector<std::string> found;
    for (int k = 0; k < 3; ++k) {
        pressInGrid(w, wxAcceleratorEntry(wxACCEL_NORMAL, WXK_F3));
        pump(10);
        found.push_back(w.view()->currentTaskId());
    }
    INFO(found[0] << ", " << found[1] << ", " << found[2]);
    CHECK(w.prompts.errors.empty());
    // Each press moves on to another task whose name has the text.
    CHECK(found[0] != "aw-briefing");
    CHECK(found[1] != found[0]);
    for (const auto& id : found) {
        const Task* t = w.plan().findTask(id);
        REQUIRE(t);
        std::string name = t->name;
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(name.find("management review") != std::string::npos);
    }
    w.frame->setFindText("no task has this name");
    pressInGrid(w, wxAcceleratorEntry(wxACCEL_NORMAL, WXK_F3));
    pump(10);
    REQUIRE(w.prompts.errors.size() == 1);
    CHECK(w.prompts.errors.front().message == "No task name contains \u201cno task has this name\u201d.");
}
