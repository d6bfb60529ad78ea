// SPDX-License-Identifier: MIT
#pragma once
// View > Columns...: a checkable list of every column the task grid's column
// model offers (presenters/ColumnChoice.h); the task name cannot be unchecked.

#include "presenters/ColumnChoice.h"

#include <wx/dialog.h>

class wxCheckListBox;

namespace certplan::gui {

class ColumnsDialog : public wxDialog {
public:
    ColumnsDialog(wxWindow* parent, const present::ColumnChoice& choice);
    present::ColumnChoice choice() const;
    wxCheckListBox* list() { return m_list; } // for tests

private:
    wxCheckListBox* m_list = nullptr;
};

} // namespace certplan::gui
