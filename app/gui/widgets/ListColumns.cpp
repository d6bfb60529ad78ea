// SPDX-License-Identifier: MIT
#include "widgets/ListColumns.h"

#include "WxConvert.h"

#include <wx/dcclient.h>
#include <wx/listctrl.h>

#include <algorithm>

namespace certplan::gui {

namespace {

void widenToHeaders(wxListCtrl* list)
{
    wxClientDC dc(list);
    dc.SetFont(list->GetFont());
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        wxListItem col;
        col.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(c, col);
        const int need = dc.GetTextExtent(col.GetText()).x + 24; // header padding and sort arrow room
        if (list->GetColumnWidth(c) < need)
            list->SetColumnWidth(c, need);
    }
}

void fit(wxListCtrl* list, int stretch, int minimum)
{
    const int n = list->GetColumnCount();
    if (stretch < 0 || stretch >= n)
        return;
    int others = 0;
    for (int c = 0; c < n; ++c)
        if (c != stretch)
            others += list->GetColumnWidth(c);
    // Room for the vertical scroll bar, so a long list does not need a horizontal one too.
    const int room = list->GetClientSize().x - others - 4;
    const int width = std::max(minimum, room);
    if (list->GetColumnWidth(stretch) != width)
        list->SetColumnWidth(stretch, width);
}

} // namespace

void keepColumnsFitted(wxListCtrl* list, int stretch, int minimum)
{
    widenToHeaders(list);
    // The sizer, not the columns' total, decides the list's width.
    list->SetMinSize(wxSize(minimum + 40, list->GetMinSize().y));
    // A cell cut with "..." is read in full in the tooltip of its row.
    list->Bind(wxEVT_MOTION, [list](wxMouseEvent& e) {
        e.Skip();
        int flags = 0;
        const long row = list->HitTest(e.GetPosition(), flags);
        wxString tip;
        if (row >= 0) {
            for (int c = 0; c < list->GetColumnCount(); ++c) {
                const wxString cell = list->GetItemText(row, c);
                if (cell.empty())
                    continue;
                wxListItem head;
                head.SetMask(wxLIST_MASK_TEXT);
                list->GetColumn(c, head);
                if (!tip.empty())
                    tip += "\n"_wx;
                tip += head.GetText() + ": "_wx + cell;
            }
        }
        if (list->GetToolTipText() != tip) {
            if (tip.empty())
                list->UnsetToolTip();
            else
                list->SetToolTip(tip);
        }
    });
    list->Bind(wxEVT_SIZE, [list, stretch, minimum](wxSizeEvent& e) {
        e.Skip();
        list->CallAfter([list, stretch, minimum] { fit(list, stretch, minimum); });
    });
    fit(list, stretch, minimum);
}

} // namespace certplan::gui
