// SPDX-License-Identifier: MIT
// The Documents tab: the register with the CLI's figures, its filters, and
// adding, editing and removing entries as undoable commands.
#include "MainWindowFixture.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "dialogs/DocumentDialog.h"
#include "views/DocumentsView.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>
#include <wx/toolbar.h>

using namespace certplan;
using namespace certplan::test;

namespace {

gui::DocumentsView* documentsTab(Window& w)
{
    REQUIRE(w.frame->openFile(templatePath("examples/northwind-iso20000.certplan")));
    sendMenu(w.frame, ID_ShowTab0 + 3); // View > Documents, Ctrl+4
    pump(40);
    auto* tabs = dynamic_cast<wxNotebook*>(w.frame->planView()->GetParent());
    REQUIRE(tabs != nullptr);
    auto* view = dynamic_cast<gui::DocumentsView*>(tabs->GetCurrentPage());
    REQUIRE(view != nullptr);
    return view;
}

std::string cell(wxListCtrl* list, long row, int column) { return utf8(list->GetItemText(row, column)); }

} // namespace

TEST_CASE("The Documents tab shows the register with the CLI's figures and filters it", "[gui][documents]")
{
    Window w;
    gui::DocumentsView* view = documentsTab(w);
    CHECK(utf8(view->summary()->text()) ==
          "Documents: 64 in the register; mandatory 18 of 31 approved or published; 0 reviews overdue (status date "
          "2026-11-24)");
    CHECK(view->list()->GetItemCount() == 64);
    view->setMandatoryOnly(true);
    CHECK(view->list()->GetItemCount() == 31);
    view->setSearchText("CONTINUITY PLAN");
    REQUIRE(view->list()->GetItemCount() == 1);
    CHECK(cell(view->list(), 0, 0) == "Service continuity plan"); // the title first
    CHECK(cell(view->list(), 0, 3) == "not ready");
    CHECK(cell(view->list(), 0, 10) == "doc-continuity-plan");
    view->setSearchText("zzz");
    CHECK(view->list()->GetItemCount() == 0);
    CHECK(utf8(view->summary()->text()).find("No document matches the filter.") != std::string::npos);
}

TEST_CASE("Adding, editing and removing a document in the Documents tab are undoable edits", "[gui][documents]")
{
    Window w;
    gui::DocumentsView* view = documentsTab(w);
    const std::size_t before = w.plan().documents.size();

    // The dialog refuses a review before the approval, with the reason under the form.
    gui::DocumentDialog dialog(view, w.plan(), nullptr, w.frame->dateFormat());
    dialog.titleCtrl()->SetValue("Kontinuit\u00e4tsplan \u2014 Rechenzentrum"_wx);
    dialog.approvedCtrl()->text()->SetValue("2027-05-01"_wx);
    dialog.nextReviewCtrl()->text()->SetValue("2027-04-30"_wx);
    CHECK_FALSE(dialog.TransferDataFromWindow());
    CHECK(dialog.problem()->sentence() == "The next review (2027-04-30) is before the approval (2027-05-01).");
    // Renaming a cited document is refused in the dialog, the other edits kept there.
    {
        gui::DocumentDialog cited(view, w.plan(), w.plan().findDocument("doc-processes"), w.frame->dateFormat());
        cited.titleCtrl()->SetValue("SMS process descriptions, edited"_wx);
        cited.idCtrl()->SetValue("doc-processes-2"_wx);
        CHECK_FALSE(cited.TransferDataFromWindow());
        CHECK(cited.problem()->sentence().find("keep that id") != std::string::npos);
        CHECK(cited.titleCtrl()->GetValue() == "SMS process descriptions, edited"_wx);
    }
    dialog.nextReviewCtrl()->text()->SetValue("2028-04-30"_wx);
    REQUIRE(dialog.TransferDataFromWindow());
    DocumentEntry entry = dialog.entry();
    CHECK(entry.id == "doc-65");

    REQUIRE(view->applyEntry({}, entry));
    CHECK(w.plan().documents.size() == before + 1);
    CHECK(view->selectedDocument() == "doc-65");
    CHECK(w.menuLabel(wxID_UNDO) == "Undo Add Document");

    entry.status = DocumentStatus::Approved;
    REQUIRE(view->applyEntry("doc-65", entry));
    CHECK(w.plan().findDocument("doc-65")->status == DocumentStatus::Approved);

    // Remove asks first (through the prompts); "no" keeps it.
    w.prompts.confirmAnswer = false;
    view->removeSelected();
    CHECK(w.plan().findDocument("doc-65") != nullptr);
    w.prompts.confirmAnswer = true;
    view->removeSelected();
    CHECK(w.plan().findDocument("doc-65") == nullptr);

    // A document cited as evidence is not removed: the file would not load. Refused
    // at once, without first asking whether to remove it.
    view->selectDocument("doc-processes");
    REQUIRE(view->selectedDocument() == "doc-processes");
    const std::size_t asked = w.prompts.questions.size();
    view->removeSelected();
    CHECK(w.prompts.questions.size() == asked);
    CHECK(w.plan().findDocument("doc-processes") != nullptr);
    REQUIRE_FALSE(w.prompts.errors.empty());
    CHECK(w.prompts.errors.back().message.find("it is evidence for requirement 4.4") != std::string::npos);

    // Three undos: removal, edit, addition.
    sendMenu(w.frame, wxID_UNDO);
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan().findDocument("doc-65")->status == DocumentStatus::Planned);
    sendMenu(w.frame, wxID_UNDO);
    CHECK(w.plan().documents.size() == before);
}


TEST_CASE("Task commands wait for the Plan tab: Delete on the Documents tab removes no task", "[gui][documents][menus]")
{
    Window w;
    REQUIRE(w.frame->openFile(templatePath("examples/northwind-iso20000.certplan")));
    w.view()->selectTask(w.plan().tasks.front().id);
    CHECK(w.menuEnabled(ID_DeleteTask));
    const std::size_t tasks = w.plan().tasks.size();
    sendMenu(w.frame, ID_ShowTab0 + 3); // the Documents tab, with the first phase still selected in the plan
    pump(30);
    CHECK_FALSE(w.menuEnabled(ID_DeleteTask));
    CHECK_FALSE(w.menuEnabled(ID_IndentTask));
    CHECK_FALSE(w.menuEnabled(ID_Progress100));
    CHECK_FALSE(w.frame->GetToolBar()->GetToolEnabled(ID_DeleteTask));
    // The Delete key as the menu bar sees it when no list has the focus.
    wxKeyEvent del(wxEVT_KEY_DOWN);
    del.m_keyCode = WXK_DELETE;
    CHECK_FALSE(w.frame->runMenuShortcut(del));
    CHECK(w.plan().tasks.size() == tasks);
    sendMenu(w.frame, ID_ShowTab0);
    pump(30);
    CHECK(w.menuEnabled(ID_DeleteTask));
}
