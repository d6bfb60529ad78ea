// SPDX-License-Identifier: MIT
#pragma once
// Reads back every text a window tree shows (labels, buttons, tooltips, tab
// and menu labels, column headers, list/grid/tree cells, choices, status bar)
// and reports the ones a failed string conversion would leave behind: empty,
// "(null)" or U+FFFD. Used by the GUI smoke test.

#include "WxConvert.h"

#include <wx/anybutton.h>
#include <wx/bmpbuttn.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>
#include <wx/treectrl.h>
#include <wx/treelist.h>

#include <set>
#include <string>
#include <vector>

namespace certplan::test {

// The rule for blank cells. A blank list, grid or tree cell is a failure
// unless its column is optional by design: the value it shows may not exist
// (a task without predecessors, an audit event without a window, a
// requirement without an owner, a heading row's per-item figures). These
// columns are named here by their header text, so a new column is checked
// until someone decides it may be blank. Every other cell, every column
// header and every label must not be empty. Status-bar fields other than the
// first are optional too (an empty plan has no finish date).
inline const std::set<std::string>& optionalColumns()
{
    static const std::set<std::string> columns = {
        // Plan grid: a task without links, resources, constraint or deadline.
        "Predecessors", "Resources", "Constraint", "Deadline", "Notes", "Baseline finish", "Slack", "Finish variance",
        // Checklist tree: heading rows have no owner or evidence count; requirements have no readiness of their own.
        "Owner", "Evidence", "Readiness", "Status",
        // Audit programme: events without a window, or on track with nothing to explain.
        "Window opens", "Window closes", "Why",
        // Resources sheet: a person without an e-mail address or calendar of their own; over-allocation tasks.
        "Email", "E-mail", "Calendar", "Role",
        // Dashboard: a milestone that is not late has no slip.
        "Slip", "Late by",
        // Documents: no flag when nothing is wrong; not yet approved, reviewed or versioned;
        // not required; a record without a clause.
        "Flag", "Next review", "Approved", "Version", "Required", "Clause",
        // Plan grid: summary rows show no % of their own.
        "% Done",
        // New Plan wizard's team page: "Leave a name empty to keep the role as a placeholder."
        "New Certification Plan: Name", "New Certification Plan: E-mail",
    };
    return columns;
}

// What is wrong with a text, or "" when nothing is.
inline std::string textProblem(const wxString& s, bool mayBeEmpty)
{
    using namespace certplan::gui::literals;
    if (s.empty())
        return mayBeEmpty ? std::string() : "empty text";
    if (s.Contains("(null)"_wx))
        return "\"(null)\" in text";
    if (s.Find(wxUniChar(0xFFFD)) != wxNOT_FOUND)
        return "U+FFFD in text";
    return {};
}

// "wxStaticText 'Owner' in wxPanel in ChecklistView ...": enough to find the window.
inline std::string describeWindow(wxWindow* w)
{
    std::string d;
    int depth = 0;
    for (wxWindow* p = w; p && depth < 4; p = p->GetParent(), ++depth) {
        if (!d.empty())
            d += " in ";
        d += p->GetClassInfo() ? certplan::gui::utf8(p->GetClassInfo()->GetClassName()) : std::string("window");
        if (!p->GetLabel().empty() && p->GetLabel().length() < 40)
            d += " '" + certplan::gui::utf8(p->GetLabel()) + "'";
        if (p->IsTopLevel())
            break;
    }
    return d;
}

class TextAudit {
public:
    // Each problem found: what, where and the offending text.
    std::vector<std::string> problems;
    int textsRead = 0;

    void text(const wxString& s, bool mayBeEmpty, const std::string& where)
    {
        ++textsRead;
        if (const std::string p = textProblem(s, mayBeEmpty); !p.empty())
            problems.push_back(p + " \"" + certplan::gui::utf8(s) + "\" (" + where + ")");
    }

    // Everything a window and its children show; cells too when withCells.
    void window(wxWindow* w, bool withCells = true)
    {
        if (!w)
            return;
        const wxString tip = w->GetToolTipText();
        if (!tip.empty())
            text(tip, false, "tooltip of " + describeWindow(w));
        if (auto* st = dynamic_cast<wxStaticText*>(w))
            // An empty label is allowed only when hidden itself (shown when it has something to say);
            // a label on a notebook page or wizard page not selected yet is read like a visible one.
            text(st->GetLabel(), !st->IsShown(), describeWindow(w));
        else if (auto* box = dynamic_cast<wxStaticBox*>(w))
            text(box->GetLabel(), false, describeWindow(w));
        else if (auto* b = dynamic_cast<wxAnyButton*>(w))
            text(b->GetLabel(), dynamic_cast<wxBitmapButton*>(w) != nullptr, "button " + describeWindow(w));
        else if (auto* nb = dynamic_cast<wxNotebook*>(w)) {
            for (size_t p = 0; p < nb->GetPageCount(); ++p)
                text(nb->GetPageText(p), false, "tab label of " + describeWindow(w));
        } else if (auto* list = dynamic_cast<wxListCtrl*>(w))
            listCtrl(list, withCells);
        else if (auto* grid = dynamic_cast<wxGrid*>(w))
            gridCtrl(grid, withCells);
        else if (auto* tl = dynamic_cast<wxTreeListCtrl*>(w)) {
            treeList(tl, withCells);
            return; // its wxDataViewCtrl child is read through it
        } else if (auto* dv = dynamic_cast<wxDataViewCtrl*>(w)) {
            for (unsigned c = 0; c < dv->GetColumnCount(); ++c)
                text(dv->GetColumn(c)->GetTitle(), false, "column header of " + describeWindow(w));
        } else if (auto* tc = dynamic_cast<wxTreeCtrl*>(w)) {
            if (withCells)
                treeCtrl(tc, tc->GetRootItem());
        } else if (auto* ch = dynamic_cast<wxChoice*>(w)) {
            for (unsigned k = 0; k < ch->GetCount(); ++k)
                text(ch->GetString(k), false, "choice item of " + describeWindow(w));
        } else if (auto* lb = dynamic_cast<wxListBox*>(w)) {
            for (unsigned k = 0; k < lb->GetCount(); ++k)
                text(lb->GetString(k), false, "list box item of " + describeWindow(w));
        } else if (auto* t = dynamic_cast<wxTextCtrl*>(w))
            text(t->GetValue(), true, "text field of " + describeWindow(w)); // a field may be empty
        if (auto* frame = dynamic_cast<wxFrame*>(w)) {
            if (wxStatusBar* sb = frame->GetStatusBar())
                for (int f = 0; f < sb->GetFieldsCount(); ++f)
                    text(sb->GetStatusText(f), f > 0, "status bar field " + std::to_string(f));
            if (wxMenuBar* bar = frame->GetMenuBar())
                menuBar(bar);
        }
        if (auto* top = dynamic_cast<wxTopLevelWindow*>(w))
            text(top->GetTitle(), false, "title of " + describeWindow(w));
        for (wxWindow* child : w->GetChildren())
            if (!child->IsTopLevel())
                window(child, withCells);
    }

    void menuBar(wxMenuBar* bar)
    {
        for (size_t m = 0; m < bar->GetMenuCount(); ++m) {
            text(bar->GetMenuLabel(m), false, "menu title " + std::to_string(m));
            menu(bar->GetMenu(m), certplan::gui::utf8(bar->GetMenuLabelText(m)));
        }
    }

    void menu(wxMenu* menu, const std::string& path)
    {
        for (wxMenuItem* item : menu->GetMenuItems()) {
            if (item->IsSeparator())
                continue;
            text(item->GetItemLabel(), false, "menu item in " + path);
            if (item->GetSubMenu())
                this->menu(item->GetSubMenu(), path + " > " + certplan::gui::utf8(item->GetItemLabelText()));
        }
    }

private:
    // Optional by header, or by "Window title: header" for one window's column.
    static bool optional(wxWindow* w, const wxString& header)
    {
        const std::string h = certplan::gui::utf8(header);
        auto* top = dynamic_cast<wxTopLevelWindow*>(wxGetTopLevelParent(w));
        const std::string qualified = top ? certplan::gui::utf8(top->GetTitle()) + ": " + h : h;
        return optionalColumns().count(h) > 0 || optionalColumns().count(qualified) > 0;
    }

    void listCtrl(wxListCtrl* list, bool withCells)
    {
        const std::string where = describeWindow(list);
        std::vector<wxString> headers;
        for (int c = 0; c < list->GetColumnCount(); ++c) {
            wxListItem col;
            col.SetMask(wxLIST_MASK_TEXT);
            list->GetColumn(c, col);
            headers.push_back(col.GetText());
            text(col.GetText(), false, "column header of " + where);
        }
        if (!withCells)
            return;
        for (long r = 0; r < list->GetItemCount(); ++r)
            for (int c = 0; c < list->GetColumnCount(); ++c)
                text(list->GetItemText(r, c), optional(list, headers[static_cast<size_t>(c)]),
                     "row " + std::to_string(r) + " column '" + certplan::gui::utf8(headers[static_cast<size_t>(c)]) + "' of " + where);
    }

    void gridCtrl(wxGrid* grid, bool withCells)
    {
        const std::string where = describeWindow(grid);
        for (int c = 0; c < grid->GetNumberCols(); ++c)
            text(grid->GetColLabelValue(c), false, "column header of " + where);
        if (!withCells)
            return;
        for (int r = 0; r < grid->GetNumberRows(); ++r)
            for (int c = 0; c < grid->GetNumberCols(); ++c)
                text(grid->GetCellValue(r, c), optional(grid, grid->GetColLabelValue(c)),
                     "row " + std::to_string(r) + " column '" + certplan::gui::utf8(grid->GetColLabelValue(c)) + "' of " + where);
    }

    void treeList(wxTreeListCtrl* tree, bool withCells)
    {
        const std::string where = describeWindow(tree);
        wxDataViewCtrl* dv = tree->GetDataView();
        std::vector<wxString> headers;
        for (unsigned c = 0; c < dv->GetColumnCount(); ++c) {
            headers.push_back(dv->GetColumn(c)->GetTitle());
            text(headers.back(), false, "column header of " + where);
        }
        if (!withCells)
            return;
        int row = 0;
        for (wxTreeListItem it = tree->GetFirstItem(); it.IsOk(); it = tree->GetNextItem(it), ++row)
            for (unsigned c = 0; c < headers.size(); ++c)
                text(tree->GetItemText(it, c), optional(tree, headers[c]),
                     "row " + std::to_string(row) + " column '" + certplan::gui::utf8(headers[c]) + "' of " + where);
    }

    void treeCtrl(wxTreeCtrl* tree, wxTreeItemId item)
    {
        if (!item.IsOk())
            return;
        if (!(tree->HasFlag(wxTR_HIDE_ROOT) && item == tree->GetRootItem()))
            text(tree->GetItemText(item), false, "tree item of " + describeWindow(tree));
        wxTreeItemIdValue cookie;
        for (wxTreeItemId c = tree->GetFirstChild(item, cookie); c.IsOk(); c = tree->GetNextChild(item, cookie))
            treeCtrl(tree, c);
    }
};

} // namespace certplan::test
