// SPDX-License-Identifier: MIT
// Every view read at 1024x700, the smallest screen we support: the columns
// that carry figures stay in view, long texts wrap instead of being cut, and
// a page too low for its content scrolls.

#include "MainWindowFixture.h"
#include "TestPaths.h"
#include "ViewRenderer.h"
#include "WxConvert.h"
#include "dialogs/NewPlanWizard.h"
#include "views/AuditsView.h"
#include "views/ChecklistView.h"
#include "views/DashboardView.h"
#include "views/DocumentsView.h"
#include "views/ResourcesView.h"
#include "widgets/WrappingText.h"

#include <catch2/catch.hpp>

#include <wx/bookctrl.h>
#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/treelist.h>

#include <functional>

using namespace certplan;
using namespace certplan::test;

namespace {

// The main window at 1024x700 on the example plan, on the tab of type V.
template <class V>
V* showPage(Window& w)
{
    w.frame->SetSize(wxSize(1024, 700));
    REQUIRE(w.frame->openFile(templatePath("examples/northwind-iso20000.certplan")));
    wxBookCtrlBase* tabs = findViewTabs(w.frame);
    REQUIRE(tabs != nullptr);
    for (std::size_t i = 0; i < tabs->GetPageCount(); ++i)
        if (auto* page = dynamic_cast<V*>(tabs->GetPage(i))) {
            tabs->SetSelection(i);
            pump(80);
            return page;
        }
    FAIL("no such tab");
    return nullptr;
}

template <class T>
std::vector<T*> childrenOf(wxWindow* root)
{
    std::vector<T*> found;
    std::function<void(wxWindow*)> walk = [&](wxWindow* win) {
        if (auto* t = dynamic_cast<T*>(win))
            found.push_back(t);
        for (wxWindow* c : win->GetChildren())
            walk(c);
    };
    walk(root);
    return found;
}

int columnsWidth(wxListCtrl* list)
{
    int sum = 0;
    for (int c = 0; c < list->GetColumnCount(); ++c)
        sum += list->GetColumnWidth(c);
    return sum;
}

// Every line of a wrapped label fits the label's width, and the label is tall
// enough for all of them.
void checkWrapped(WrappingText* label)
{
    INFO(utf8(label->text()));
    REQUIRE(label->GetSize().x > 100);
    const wxString shown = label->GetLabel();
    wxClientDC dc(label);
    dc.SetFont(label->GetFont());
    for (const auto& line : wxSplit(shown, '\n'))
        CHECK(dc.GetTextExtent(line).x <= label->GetSize().x + 2);
    const int lines = static_cast<int>(shown.Freq('\n')) + 1;
    CHECK(label->GetSize().y >= lines * label->GetCharHeight());
    // ... and no taller: GTK asked for the height of a label squeezed to its minimum width.
    CHECK(label->GetSize().y <= (lines + 1) * label->GetCharHeight());
    // Nothing lost to wrapping: the same words in the same order.
    wxString joined = shown;
    joined.Replace("\n"_wx, " "_wx);
    wxString original = label->text();
    original.Replace("\n"_wx, " "_wx);
    joined.Replace(" "_wx, ""_wx);
    original.Replace(" "_wx, ""_wx);
    CHECK(joined == original);
}

} // namespace

TEST_CASE("At 1024x700 the dashboard's lists keep their date, float and due columns in view", "[gui][small-screen]")
{
    Window w;
    auto* dashboard = showPage<gui::DashboardView>(w);
    const auto lists = childrenOf<wxListCtrl>(dashboard);
    REQUIRE(lists.size() == 4);
    for (wxListCtrl* list : lists) {
        INFO("list " << list->GetColumnCount() << " columns, " << columnsWidth(list) << " of "
                     << list->GetClientSize().x << " px");
        CHECK(columnsWidth(list) <= list->GetClientSize().x);
    }
    auto* reasons = dynamic_cast<WrappingText*>(const_cast<wxStaticText*>(dashboard->reasonsLabel()));
    REQUIRE(reasons != nullptr);
    checkWrapped(reasons);
}

TEST_CASE("At 1024x700 the audit programme keeps every column but the explanation in view and wraps its warnings",
          "[gui][small-screen]")
{
    Window w;
    auto* audits = showPage<gui::AuditsView>(w);
    const auto lists = childrenOf<wxListCtrl>(audits);
    REQUIRE(lists.size() == 2);
    wxListCtrl* programme = lists.front();
    CHECK(columnsWidth(programme) <= programme->GetClientSize().x);
    // Headers are never narrower than their text ("Window opens" was cut).
    wxClientDC dc(programme);
    dc.SetFont(programme->GetFont());
    for (int c = 0; c < programme->GetColumnCount(); ++c) {
        wxListItem head;
        head.SetMask(wxLIST_MASK_TEXT);
        programme->GetColumn(c, head);
        CHECK(programme->GetColumnWidth(c) >= dc.GetTextExtent(head.GetText()).x);
    }
    int wrapped = 0;
    for (WrappingText* label : childrenOf<WrappingText>(audits))
        if (label->IsShown() && !label->text().empty()) {
            checkWrapped(label);
            ++wrapped;
        }
    CHECK(wrapped >= 2); // the legend and the cycle summary
    // Too low for everything: the page scrolls instead of squeezing the lists.
    CHECK(audits->GetVirtualSize().y > audits->GetClientSize().y);
    for (wxListCtrl* list : lists)
        CHECK(list->GetSize().y >= 150);
}

TEST_CASE("At 1024x700 the checklist shows a requirement's heading and guidance in full and its status column",
          "[gui][small-screen]")
{
    Window w;
    auto* checklist = showPage<gui::ChecklistView>(w);
    const Requirement* longest = nullptr;
    for (const Requirement& r : w.plan().checklists.front().items)
        if (!longest || r.guidance.size() + r.title.size() > longest->guidance.size() + longest->title.size())
            longest = &r;
    REQUIRE(longest != nullptr);
    REQUIRE(longest->guidance.size() > 80);
    checklist->selectItem(longest->id);
    pump(80);
    REQUIRE(checklist->selectedItem() == longest->id);
    int shown = 0;
    for (WrappingText* label : childrenOf<WrappingText>(checklist))
        if (label->IsShown() && !label->text().empty()) {
            checkWrapped(label);
            ++shown;
        }
    CHECK(shown >= 2); // heading and guidance
    auto trees = childrenOf<wxTreeListCtrl>(checklist);
    REQUIRE(trees.size() == 1);
    wxTreeListCtrl* tree = trees.front();
    CHECK(tree->GetColumnWidth(0) + tree->GetColumnWidth(1) + tree->GetColumnWidth(2) <= tree->GetClientSize().x);
    // The form below the guidance is reached by scrolling, not cut off.
    auto forms = childrenOf<wxScrolledWindow>(checklist);
    REQUIRE_FALSE(forms.empty());
    wxScrolledWindow* form = forms.front();
    CHECK(form->GetVirtualSize().y >= form->GetSizer()->GetMinSize().y);
}

TEST_CASE("The wizard's team table shows each role in full in its own column", "[gui][small-screen][wizard]")
{
    wxFrame parent(nullptr, wxID_ANY, "parent"_wx);
    gui::NewPlanWizard wizard(&parent, gui::Preferences{});
    auto grids = childrenOf<wxGrid>(&wizard);
    REQUIRE(grids.size() == 1);
    wxGrid* team = grids.front();
    REQUIRE(team->GetNumberRows() > 5);
    wxClientDC dc(team->GetGridWindow());
    dc.SetFont(team->GetDefaultCellFont());
    for (int row = 0; row < team->GetNumberRows(); ++row) {
        INFO(utf8(team->GetCellValue(row, 0)));
        CHECK(dc.GetTextExtent(team->GetCellValue(row, 0)).x <= team->GetColSize(0));
    }
    CHECK_FALSE(team->GetDefaultCellOverflow());
}

TEST_CASE("At 1024x700 the Documents tab shows each title and its status and flag without scrolling sideways",
          "[gui][small-screen][documents]")
{
    Window w;
    auto* documents = showPage<gui::DocumentsView>(w);
    wxListCtrl* list = documents->list();
    // Title, clause, status and flag: the columns a reader needs, at the left, in view.
    int needed = 0;
    for (int c = 0; c < 4; ++c)
        needed += list->GetColumnWidth(c);
    CHECK(needed <= list->GetClientSize().x);
    CHECK(list->GetColumnWidth(0) >= 200);
    checkWrapped(const_cast<WrappingText*>(documents->summary()));
}

TEST_CASE("At 1024x700 the over-allocations list keeps who, when and the peak in view", "[gui][small-screen]")
{
    Window w;
    auto* resources = showPage<gui::ResourcesView>(w);
    const auto lists = childrenOf<wxListCtrl>(resources);
    REQUIRE(lists.size() == 1);
    REQUIRE(lists.front()->GetItemCount() > 0);
    CHECK(columnsWidth(lists.front()) <= lists.front()->GetClientSize().x);
}
