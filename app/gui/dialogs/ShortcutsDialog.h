// SPDX-License-Identifier: MIT
#pragma once
// Help > Keyboard Shortcuts: every accelerator the menu bar shows, read from
// the menu bar itself when the window opens (so the list cannot go stale),
// then the chart's mouse gestures.

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxListCtrl;
class wxMenuBar;

namespace certplan::gui {

struct ShortcutRow {
    std::string keys;    // as wxAcceleratorEntry::ToString writes it: "Ctrl+Shift+T"
    std::string command; // the item's label without access key: "Scroll to Task"
    std::string menu;    // "View" or "Edit > Mark Progress"
};

// Menu order, submenus included; items without an accelerator are left out.
std::vector<ShortcutRow> menuShortcuts(wxMenuBar* bar);

class ShortcutsDialog : public wxDialog {
public:
    ShortcutsDialog(wxWindow* parent, wxMenuBar* bar);
    wxListCtrl* list() { return m_list; }

private:
    wxListCtrl* m_list = nullptr;
};

} // namespace certplan::gui
