// SPDX-License-Identifier: MIT
// The one safety net: an exception escaping any action of the real main window
// is shown with what failed, a recovery copy is written first, and the plan
// stays open with its unsaved changes.
#include "GuiTestSupport.h"
#include "MainFrame.h"
#include "SafetyNet.h"
#include "TestPaths.h"
#include "ThrowingCommand.h"
#include "WxConvert.h"
#include "WxPrompts.h"
#include "commands/TaskEdits.h"

#include <catch2/catch.hpp>

#include <wx/menu.h>

#include <filesystem>
#include <stdexcept>

using namespace certplan;
using namespace certplan::gui;
using certplan::test::ScriptedPrompts;
using certplan::test::pump;

namespace {

struct Window {
    ScriptedPrompts prompts;
    MainFrame* frame = new MainFrame();
    Window()
    {
        frame->setPrompts(&prompts);
        frame->Show();
        pump(50);
    }
    ~Window()
    {
        frame->Destroy();
        pump(30);
    }
    // Sends a menu command the way a click on the menu does.
    void menu(int id)
    {
        wxCommandEvent e(wxEVT_MENU, id);
        e.SetEventObject(frame);
        frame->ProcessWindowEvent(e);
    }
};

const int ID_Broken = wxID_HIGHEST + 900;

} // namespace

TEST_CASE("An action that throws is reported with what failed, the plan stays open and unsaved", "[gui][safety]")
{
    // A copy: opening takes a lock beside the file, which must not land in the source tree.
    certplan::test::TempDir dir("safety-net");
    const std::string path = dir.file("plan.certplan");
    std::filesystem::copy_file(certplan::test::templatePath("examples/northwind-iso20000.certplan"), path);
    Window w;
    REQUIRE(w.frame->openFile(path));
    const std::size_t tasks = w.frame->document().plan().tasks.size();
    Task t = w.frame->document().plan().tasks.back();
    t.durationDays += 1;
    REQUIRE(w.frame->runEdit(editTask(w.frame->document().plan(), t)));
    REQUIRE(w.frame->document().isModified());
    const std::string firstName = w.frame->document().plan().tasks.front().name;
    const std::string lastEdit = w.frame->document().undoLabel();
    REQUIRE_FALSE(lastEdit.empty());

    auto* app = dynamic_cast<SafeApp*>(wxTheApp);
    REQUIRE(app);
    const int failedBefore = app->failedActions();
    w.frame->GetMenuBar()->GetMenu(1)->Append(ID_Broken, "&Broken Command"_wx);

    SECTION("an exception from the handler itself")
    {
        w.frame->Bind(wxEVT_MENU, [](wxCommandEvent&) { throw std::runtime_error("disk on fire"); }, ID_Broken);
        w.menu(ID_Broken);
        REQUIRE(w.prompts.errors.size() == 1);
        CHECK(w.prompts.errors[0].title == "Edit > Broken Command failed");
        CHECK(w.prompts.errors[0].message.find("disk on fire") != std::string::npos);
    }
    SECTION("an exception from a command: reverted, history kept")
    {
        w.frame->Bind(wxEVT_MENU, [&w](wxCommandEvent&) { w.frame->runEdit(CommandPtr(std::make_unique<certplan::test::ThrowsMidway>("index out of range in a buggy edit"))); }, ID_Broken);
        w.menu(ID_Broken);
        REQUIRE(w.prompts.errors.size() == 1);
        CHECK(w.prompts.errors[0].message.find("index out of range") != std::string::npos);
        CHECK(w.frame->document().plan().tasks.front().name == firstName);
        CHECK(w.frame->document().undoLabel() == lastEdit);
    }
    CHECK(app->failedActions() == failedBefore + 1);
    CHECK(w.prompts.errors[0].message.find("still open with all its changes") != std::string::npos);
    // The recovery copy was written before the dialog, and the message says where.
    const std::string copy = w.frame->recovery().copyPath();
    REQUIRE_FALSE(copy.empty());
    CHECK(std::filesystem::exists(copy));
    CHECK(w.prompts.errors[0].message.find(copy) != std::string::npos);
    CHECK(w.frame->document().isModified());
    CHECK(w.frame->document().plan().tasks.size() == tasks);
    // The app goes on: the next action works.
    w.menu(wxID_UNDO);
    CHECK(w.frame->document().undoLabel().empty());
}

TEST_CASE("The save-changes question keeps its quotes and the plan's name in the running locale", "[gui][locale]")
{
    // Under LANG=C the narrow literal once converted to an empty question.
    const wxString q = WxPrompts::saveChangesQuestion("Übersicht 2027.certplan");
    CHECK(utf8(q) == "Save changes to \u201c\u00dcbersicht 2027.certplan\u201d before closing?");
}
