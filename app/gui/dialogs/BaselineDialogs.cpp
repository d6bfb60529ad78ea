// SPDX-License-Identifier: MIT
#include "dialogs/BaselineDialogs.h"

#include "WxConvert.h"
#include "widgets/FieldProblem.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace certplan::gui {

namespace {

std::string savedLabel(const Baseline& b, const present::DateFormat& dates)
{
    return b.name + " (saved " + dates.format(b.saved) + ")";
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

SetBaselineDialog::SetBaselineDialog(wxWindow* parent, const std::vector<Baseline>& baselines, Date saved,
                                     const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Set Baseline"_wx)
{
    for (const auto& b : baselines)
        m_existing.push_back(b.name);
    // "Baseline 1", "Baseline 2" ... the first name the plan does not use yet.
    int k = static_cast<int>(baselines.size()) + 1;
    do
        m_suggested = "Baseline " + std::to_string(k++);
    while (std::count(m_existing.begin(), m_existing.end(), m_suggested) > 0);

    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wx("A baseline keeps every task's start, finish and duration as scheduled now, so that later changes can "
           "be compared with it (Project > Compare to Baseline). This one is dated " +
           dates.format(saved) + "."));
    intro->Wrap(FromDIP(440));
    top->Add(intro, 0, wxALL, 10);
    auto* form = new wxFlexGridSizer(2, 6, 8);
    form->AddGrowableCol(1);
    m_slot = new wxChoice(this, wxID_ANY);
    m_slot->Append("A new baseline"_wx);
    for (const auto& b : baselines)
        m_slot->Append(wx("Replace " + savedLabel(b, dates)));
    m_nameField = new wxTextCtrl(this, wxID_ANY, wx(m_suggested), wxDefaultPosition, wxSize(FromDIP(300), -1));
    form->Add(new wxStaticText(this, wxID_ANY, "Save &into"_wx), 0, wxALIGN_CENTER_VERTICAL);
    form->Add(m_slot, 1, wxEXPAND);
    form->Add(new wxStaticText(this, wxID_ANY, "&Name"_wx), 0, wxALIGN_CENTER_VERTICAL);
    form->Add(m_nameField, 1, wxEXPAND);
    top->Add(form, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxALL, 10);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    m_slot->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { selectSlot(m_slot->GetSelection()); });
    selectSlot(0);
    SetSizerAndFit(top);
    CentreOnParent();
}

void SetBaselineDialog::selectSlot(int index)
{
    if (index < 0 || index > static_cast<int>(m_existing.size()))
        return;
    m_slot->SetSelection(index);
    // A replaced baseline keeps its name (and its place in the file); a new one is named here.
    m_nameField->ChangeValue(wx(index == 0 ? m_suggested : m_existing[static_cast<std::size_t>(index - 1)]));
    m_nameField->Enable(index == 0);
    m_problem->clear();
}

bool SetBaselineDialog::TransferDataFromWindow()
{
    m_problem->clear();
    const int index = m_slot->GetSelection();
    m_replaces = index > 0;
    if (m_replaces) {
        m_name = m_existing[static_cast<std::size_t>(index - 1)];
        return true;
    }
    m_name = trimmed(utf8(m_nameField->GetValue()));
    if (m_name.empty())
        return m_problem->show(m_nameField, "A baseline needs a name.");
    if (std::count(m_existing.begin(), m_existing.end(), m_name))
        return m_problem->show(m_nameField, "The plan already has a baseline named \u201c" + m_name +
                                                "\u201d: choose \u201cReplace\u201d under Save into to overwrite it, "
                                                "or type another name.");
    return true;
}

ChooseBaselineDialog::ChooseBaselineDialog(wxWindow* parent, const wxString& title, const wxString& prompt,
                                           const std::vector<Baseline>& baselines, bool offerNone,
                                           const std::string& current, const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, title)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(this, wxID_ANY, prompt);
    intro->Wrap(FromDIP(440));
    top->Add(intro, 0, wxALL, 10);
    m_choice = new wxChoice(this, wxID_ANY);
    if (offerNone) {
        m_choice->Append("(none)"_wx);
        m_names.emplace_back();
    }
    for (const auto& b : baselines) {
        m_choice->Append(wx(savedLabel(b, dates)));
        m_names.push_back(b.name);
    }
    const auto at = std::find(m_names.begin(), m_names.end(), current);
    m_choice->SetSelection(at == m_names.end() ? 0 : static_cast<int>(at - m_names.begin()));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, "&Baseline"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    row->Add(m_choice, 1, wxEXPAND);
    top->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(top);
    CentreOnParent();
}

std::string ChooseBaselineDialog::chosen() const
{
    const int k = m_choice->GetSelection();
    return k < 0 || static_cast<std::size_t>(k) >= m_names.size() ? std::string() : m_names[static_cast<std::size_t>(k)];
}

} // namespace certplan::gui
