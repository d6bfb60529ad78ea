// SPDX-License-Identifier: MIT
#pragma once
// The foot of a dialog that lists tasks to go to (schedule conflicts, the
// tasks levelling moved): "Show Task", which ends the dialog with kShowTask
// once a row names a task, and "Close", which clears the choice. A
// double-click on a row is Show Task.

#include <wx/dialog.h>

#include <functional>
#include <string>

class wxListCtrl;
class wxSizer;

namespace certplan::gui {

inline constexpr int kShowTask = wxID_HIGHEST + 720;

// `select(row)` is called for the row picked and sets `chosen` (the task id,
// or empty); both must outlive the dialog's modal loop.
void addTaskListButtons(wxDialog& dialog, wxSizer& top, wxListCtrl& list, std::string& chosen,
                        std::function<void(long)> select);

} // namespace certplan::gui
