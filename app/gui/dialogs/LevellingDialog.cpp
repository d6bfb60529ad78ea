// SPDX-License-Identifier: MIT
#include "dialogs/LevellingDialog.h"

#include "WxConvert.h"
#include "dialogs/TaskListButtons.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace certplan::gui {

namespace {

std::string days(int n)
{
    return std::to_string(n) + (n == 1 || n == -1 ? " working day" : " working days");
}
} // namespace

LevellingDialog::LevellingDialog(wxWindow* parent, const Plan& plan, const LevellingEdit& edit,
                                 const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Level Resources"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_moves(edit.moves)
{
    if (m_moves.empty()) {
        m_summary = edit.remaining.empty() ? "Nothing moved: no resource is over-allocated."
                                           : "Nothing moved: waiting cannot remove the over-allocations that remain "
                                             "(listed below).";
    } else {
        m_summary = "Levelling moved " + std::to_string(m_moves.size()) + (m_moves.size() == 1 ? " task" : " tasks") +
                    " so that no one is asked for more than they can give";
        m_summary += edit.finishDelayDays > 0 ? "; the plan finishes " + days(edit.finishDelayDays) + " later." : ".";
        m_summary += " Edit > Undo takes it all back.";
    }
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* head = new wxStaticText(this, wxID_ANY, wx(m_summary));
    head->Wrap(840);
    top->Add(head, 0, wxALL, 12);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(860, 240), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_list->AppendColumn("Task"_wx, wxLIST_FORMAT_LEFT, 310);
    m_list->AppendColumn("Was"_wx, wxLIST_FORMAT_LEFT, 100);
    m_list->AppendColumn("Now"_wx, wxLIST_FORMAT_LEFT, 100);
    m_list->AppendColumn("Later by"_wx, wxLIST_FORMAT_RIGHT, 140);
    m_list->AppendColumn("Waited for"_wx, wxLIST_FORMAT_LEFT, 190);
    for (std::size_t k = 0; k < m_moves.size(); ++k) {
        const LevellingMove& m = m_moves[k];
        const Task* t = plan.findTask(m.taskId);
        const long at = m_list->InsertItem(static_cast<long>(k), wx(t ? t->name : m.taskId));
        m_list->SetItem(at, 1, wx(dates.format(m.from)));
        m_list->SetItem(at, 2, wx(dates.format(m.to)));
        m_list->SetItem(at, 3, wx(days(m.delayDays)));
        m_list->SetItem(at, 4, m.resource.empty() ? "(its predecessor)"_wx : wx(m.resource));
    }
    top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    m_reason = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(860, 110),
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    std::string notes;
    for (const auto& n : edit.notKept)
        notes += "Not delayed: " + n + ".\n";
    for (const auto& o : edit.remaining)
        notes += "Still over-allocated: " + (o.resource >= 0 && static_cast<std::size_t>(o.resource) < plan.resources.size()
                                                 ? plan.resources[static_cast<std::size_t>(o.resource)].name
                                                 : std::string("?")) +
                 " from " + dates.format(o.from) + " to " + dates.format(o.to) + " (peak " +
                 std::to_string(o.peakLoad) + " %).\n";
    m_notes = notes;
    m_reason->ChangeValue(wx(notes));
    top->Add(m_reason, 0, wxEXPAND | wxALL, 12);
    addTaskListButtons(*this, *top, *m_list, m_chosen, [this](long row) { select(row); });
    SetSizerAndFit(top);
    if (!m_moves.empty()) {
        m_list->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
        select(0);
    }
}

void LevellingDialog::select(long row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_moves.size()) {
        m_chosen.clear();
        return;
    }
    const LevellingMove& m = m_moves[static_cast<std::size_t>(row)];
    m_chosen = m.taskId;
    m_reason->ChangeValue(wx("Why: " + m.reason + "." + (m_notes.empty() ? std::string() : "\n\n" + m_notes)));
}

} // namespace certplan::gui
