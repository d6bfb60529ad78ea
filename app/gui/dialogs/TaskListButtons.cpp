// SPDX-License-Identifier: MIT
#include "dialogs/TaskListButtons.h"

#include "WxConvert.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>

namespace certplan::gui {

void addTaskListButtons(wxDialog& dialog, wxSizer& top, wxListCtrl& list, std::string& chosen,
                        std::function<void(long)> select)
{
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* show = new wxButton(&dialog, kShowTask, "&Show Task"_wx);
    show->SetToolTip("Close this list and select the task in the plan."_wx);
    buttons->Add(show, 0, wxRIGHT, 8);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(&dialog, wxID_CLOSE, "&Close"_wx));
    top.Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    dialog.SetEscapeId(wxID_CLOSE);

    list.Bind(wxEVT_LIST_ITEM_SELECTED, [select](wxListEvent& e) { select(e.GetIndex()); });
    list.Bind(wxEVT_LIST_ITEM_ACTIVATED, [&dialog, &chosen, select](wxListEvent& e) {
        select(e.GetIndex());
        if (!chosen.empty())
            dialog.EndModal(kShowTask);
    });
    dialog.Bind(wxEVT_BUTTON, [&dialog, &chosen](wxCommandEvent&) {
        if (!chosen.empty())
            dialog.EndModal(kShowTask);
    }, kShowTask, kShowTask);
    dialog.Bind(wxEVT_BUTTON, [&dialog, &chosen](wxCommandEvent&) {
        chosen.clear();
        dialog.EndModal(wxID_CLOSE);
    }, wxID_CLOSE, wxID_CLOSE);
    dialog.Bind(wxEVT_UPDATE_UI, [&chosen](wxUpdateUIEvent& e) { e.Enable(!chosen.empty()); }, kShowTask, kShowTask);
}

} // namespace certplan::gui
