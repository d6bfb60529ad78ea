// SPDX-License-Identifier: MIT
#include "dialogs/ConflictsDialog.h"

#include "WxConvert.h"
#include "dialogs/TaskListButtons.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace certplan::gui {

namespace {
}

ConflictsDialog::ConflictsDialog(wxWindow* parent, std::vector<present::ConflictRow> rows)
    : wxDialog(parent, wxID_ANY, "Schedule Conflicts"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_rows(std::move(rows))
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(new wxStaticText(this, wxID_ANY,
                              m_rows.empty() ? "The schedule has no conflicts."_wx
                                             : wxString::Format("The schedule has %zu conflict%s. Select one to read it."_wx,
                                                                m_rows.size(), wx(m_rows.size() == 1 ? "" : "s"))),
             0, wxALL, 12);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(640, 180),
                            wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn("Task"_wx, wxLIST_FORMAT_LEFT, 300);
    m_list->AppendColumn("Kind"_wx, wxLIST_FORMAT_LEFT, 320);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const long at = m_list->InsertItem(static_cast<long>(i), wx(m_rows[i].task));
        m_list->SetItem(at, 1, wx(m_rows[i].kind));
    }
    top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    m_message = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(640, 90),
                               wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    top->Add(m_message, 0, wxEXPAND | wxALL, 12);

    addTaskListButtons(*this, *top, *m_list, m_chosen, [this](long row) { showMessage(row); });
    SetSizerAndFit(top);
    if (!m_rows.empty())
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                             wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    showMessage(m_rows.empty() ? -1 : 0);
}

void ConflictsDialog::showMessage(long row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) {
        m_message->ChangeValue(wxString());
        m_chosen.clear();
        return;
    }
    const auto& r = m_rows[static_cast<std::size_t>(row)];
    m_message->ChangeValue(wx(r.message));
    m_chosen = r.taskId;
}

} // namespace certplan::gui
