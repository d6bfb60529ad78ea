// SPDX-License-Identifier: MIT
#pragma once
// Selecting rows the way a click does: set the selection AND send the event
// the control sends on a click (setting it from code sends none on GTK), so
// the views' selection handlers run. Also finds windows of a kind in a tree.

#include <wx/dataview.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/treectrl.h>
#include <wx/treelist.h>

#include <functional>
#include <vector>

namespace certplan::test {

// Every descendant of root (not root itself, not other top-level windows) that is a T.
template <typename T>
std::vector<T*> findAll(wxWindow* root)
{
    std::vector<T*> out;
    std::function<void(wxWindow*)> walk = [&](wxWindow* w) {
        for (wxWindow* c : w->GetChildren()) {
            if (c->IsTopLevel())
                continue;
            if (auto* t = dynamic_cast<T*>(c))
                out.push_back(t);
            walk(c);
        }
    };
    walk(root);
    return out;
}

inline void sendListEvent(wxListCtrl* list, wxEventType type, long row)
{
    wxListEvent e(type, list->GetId());
    e.SetEventObject(list);
    e.m_itemIndex = row;
    e.m_item.m_itemId = row;
    e.m_item.m_col = 0;
    e.m_item.m_data = static_cast<wxUIntPtr>(list->GetItemData(row));
    e.m_item.m_text = list->GetItemText(row);
    list->GetEventHandler()->ProcessEvent(e);
}

inline void selectListRow(wxListCtrl* list, long row)
{
    list->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    sendListEvent(list, wxEVT_LIST_ITEM_SELECTED, row);
}

// A click on a grid cell: the click event, then the cursor move (which sends wxEVT_GRID_SELECT_CELL).
inline void selectGridRow(wxGrid* grid, int row)
{
    wxGridEvent click(grid->GetId(), wxEVT_GRID_CELL_LEFT_CLICK, grid, row, 0, -1, -1, false);
    grid->GetEventHandler()->ProcessEvent(click);
    grid->SetGridCursor(row, 0);
    grid->SelectRow(row);
}

inline void selectTreeListItem(wxTreeListCtrl* tree, wxTreeListItem item)
{
    tree->Select(item);
    // wxTreeListCtrl turns its data view's selection event into wxEVT_TREELIST_SELECTION_CHANGED.
    wxDataViewCtrl* dv = tree->GetDataView();
    wxDataViewEvent e(wxEVT_DATAVIEW_SELECTION_CHANGED, dv, wxDataViewItem(item.GetID()));
    dv->GetEventHandler()->ProcessEvent(e);
}

inline void selectDataViewItem(wxDataViewCtrl* dv, const wxDataViewItem& item)
{
    dv->Select(item);
    wxDataViewEvent e(wxEVT_DATAVIEW_SELECTION_CHANGED, dv, item);
    dv->GetEventHandler()->ProcessEvent(e);
}

// The generic wxTreeCtrl (GTK) sends its selection events itself.
inline void selectTreeItem(wxTreeCtrl* tree, wxTreeItemId item)
{
    tree->SelectItem(item);
}

} // namespace certplan::test
