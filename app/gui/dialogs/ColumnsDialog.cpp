// SPDX-License-Identifier: MIT
#include "dialogs/ColumnsDialog.h"

#include "WxConvert.h"

#include <wx/checklst.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace certplan::gui {

using present::ColumnChoice;
using present::TaskColumn;

ColumnsDialog::ColumnsDialog(wxWindow* parent, const ColumnChoice& choice) : wxDialog(parent, wxID_ANY, "Columns"_wx)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(new wxStaticText(this, wxID_ANY, "&Show these columns in the task grid:"_wx), 0, wxLEFT | wxRIGHT | wxTOP, 16);
    m_list = new wxCheckListBox(this, wxID_ANY);
    for (int c = 0; c < ColumnChoice::columnCount(); ++c) {
        const auto column = static_cast<TaskColumn>(c);
        std::string label = present::columnTitle(column);
        if (!ColumnChoice::canHide(column))
            label += " (always shown)";
        m_list->Append(wx(label));
        m_list->Check(static_cast<unsigned>(c), choice.shown(column));
    }
    // The name cannot be hidden: unchecking it is undone at once.
    m_list->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) {
        const int c = e.GetInt();
        if (c >= 0 && c < ColumnChoice::columnCount() && !ColumnChoice::canHide(static_cast<TaskColumn>(c)))
            m_list->Check(static_cast<unsigned>(c), true);
    });
    top->Add(m_list, 1, wxEXPAND | wxALL, 16);
    top->Add(new wxStaticText(this, wxID_ANY, "WBS and Task stay at the left when the grid scrolls sideways."_wx), 0,
             wxLEFT | wxRIGHT, 16);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
}

ColumnChoice ColumnsDialog::choice() const
{
    ColumnChoice out;
    for (int c = 0; c < ColumnChoice::columnCount(); ++c)
        out.setShown(static_cast<TaskColumn>(c), m_list->IsChecked(static_cast<unsigned>(c)));
    return out;
}

} // namespace certplan::gui
