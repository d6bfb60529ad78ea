// SPDX-License-Identifier: MIT
#include "dialogs/ShortcutsDialog.h"

#include "WxConvert.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <functional>
#include <memory>

namespace certplan::gui {

std::vector<ShortcutRow> menuShortcuts(wxMenuBar* bar)
{
    std::vector<ShortcutRow> rows;
    if (!bar)
        return rows;
    std::function<void(wxMenu*, const std::string&)> walk = [&](wxMenu* menu, const std::string& path) {
        for (wxMenuItem* item : menu->GetMenuItems()) {
            if (wxMenu* sub = item->GetSubMenu()) {
                walk(sub, path + " > " + utf8(item->GetItemLabelText()));
                continue;
            }
            std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
            if (!accel)
                continue;
            wxString command = item->GetItemLabelText();
            command.Replace("..."_wx, wxString());
            rows.push_back({utf8(accel->ToString()), utf8(command), path});
        }
    };
    for (size_t m = 0; m < bar->GetMenuCount(); ++m)
        walk(bar->GetMenu(m), utf8(bar->GetMenuLabelText(m)));
    return rows;
}

namespace {

// The chart's gestures: no menu shows them (GanttCanvas.cpp handles them).
const ShortcutRow kChartGestures[] = {
    {"Ctrl+mouse wheel", "Zoom in or out, keeping the date under the mouse", "Chart"},
    {"Shift+mouse wheel", "Scroll the chart sideways", "Chart"},
    {"Drag a bar", "Move the task (sets Start No Earlier Than, as MS Project does)", "Chart"},
    {"Drag a bar's right end", "Change the duration", "Chart"},
    {"Drag from a bar down onto another", "Link them finish-to-start", "Chart"},
    {"Double-click a bar", "Task Properties", "Chart"},
    {"Right-click", "The task's commands, Insert Task, Zoom to Fit", "Chart"},
};

} // namespace

ShortcutsDialog::ShortcutsDialog(wxWindow* parent, wxMenuBar* bar)
    : wxDialog(parent, wxID_ANY, "Keyboard Shortcuts"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, "Every shortcut the menus offer, then what the mouse does in the chart."_wx),
               0, wxALL, 10);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(600, 420), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn("Keys"_wx, wxLIST_FORMAT_LEFT, 170);
    m_list->AppendColumn("Command"_wx, wxLIST_FORMAT_LEFT, 290);
    m_list->AppendColumn("Where"_wx, wxLIST_FORMAT_LEFT, 130);
    auto add = [this](const ShortcutRow& r) {
        const long i = m_list->InsertItem(m_list->GetItemCount(), wx(r.keys));
        m_list->SetItem(i, 1, wx(r.command));
        m_list->SetItem(i, 2, wx(r.menu));
    };
    for (const auto& r : menuShortcuts(bar))
        add(r);
    for (const auto& r : kChartGestures)
        add(r);
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, "&Close"_wx));
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 10);
    SetEscapeId(wxID_CANCEL);
    SetSizerAndFit(sizer);
}

} // namespace certplan::gui
