// SPDX-License-Identifier: MIT
#include "views/DocumentsView.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "commands/DocumentCommands.h"
#include "dialogs/DocumentDialog.h"
#include "widgets/ListColumns.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>

namespace certplan::gui {

namespace {

// The title first and widest: it is what people know a document by; the id last.
enum Column { Title, Clause, Status, Flag, Owner, NextReview, Approved, Version, Required, Kind, Id, ColumnCount };

} // namespace

DocumentsView::DocumentsView(wxWindow* parent, MainFrame& frame, Document& doc)
    : wxPanel(parent, wxID_ANY), m_frame(frame), m_doc(doc)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    m_summary = new WrappingText(this);
    top->Add(m_summary, 0, wxEXPAND | wxALL, 8);

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    m_mandatory = new wxCheckBox(this, wxID_ANY, "&Required only"_wx);
    m_mandatory->SetToolTip("Only the documented information ISO/IEC 20000-1 requires"_wx);
    bar->Add(m_mandatory, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
    m_search = new wxSearchCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(220, -1));
    m_search->SetDescriptiveText("Id, clause, title or owner"_wx);
    bar->Add(m_search, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 12);
    bar->AddStretchSpacer();
    auto* add = new wxButton(this, wxID_ANY, "&Add Document..."_wx);
    m_edit = new wxButton(this, wxID_ANY, "&Edit..."_wx);
    m_remove = new wxButton(this, wxID_ANY, "Re&move"_wx);
    bar->Add(add, 0, wxRIGHT, 6);
    bar->Add(m_edit, 0, wxRIGHT, 6);
    bar->Add(m_remove, 0);
    top->Add(bar, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);

    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    const std::pair<const char*, int> cols[ColumnCount] = {
        {"Title", 300},      {"Clause", 70},   {"Status", 90},  {"Flag", 110}, {"Owner", 140}, {"Next review", 95},
        {"Approved", 95},    {"Version", 60},  {"Required", 70}, {"Kind", 80}, {"Id", 150}};
    for (int c = 0; c < ColumnCount; ++c)
        m_list->InsertColumn(c, wx(cols[c].first), wxLIST_FORMAT_LEFT, cols[c].second);
    keepColumnsFitted(m_list, Title, 240);
    top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(top);

    m_mandatory->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { setMandatoryOnly(e.IsChecked()); });
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { setSearchText(utf8(m_search->GetValue())); });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addDocument(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editSelected(); });
    m_remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); });
    // Edit and Remove need a row.
    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) {
        e.Skip();
        enableRowButtons();
    });
    m_list->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent& e) {
        e.Skip();
        enableRowButtons();
    });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { editSelected(); });
    m_list->Bind(wxEVT_LIST_KEY_DOWN, [this](wxListEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE)
            removeSelected();
        else
            e.Skip();
    });
    m_doc.addListener(this);
    refresh();
}

DocumentsView::~DocumentsView()
{
    m_doc.removeListener(this);
}

void DocumentsView::planChanged(const ChangeSet& changes)
{
    // The status date (info) decides which reviews are overdue; owners are resources.
    if (changes.replaced || changes.documents || changes.resources || changes.info)
        refresh();
}

void DocumentsView::setMandatoryOnly(bool on)
{
    m_mandatory->SetValue(on);
    m_filter.mandatoryOnly = on;
    refresh();
}

void DocumentsView::setSearchText(const std::string& text)
{
    if (utf8(m_search->GetValue()) != text)
        m_search->ChangeValue(wx(text));
    m_filter.text = text;
    refresh();
}

void DocumentsView::refresh()
{
    const std::string keep = selectedDocument();
    const Plan& plan = m_doc.plan();
    const Date status = present::statusDateOrToday(plan);
    const present::DateFormat dates = m_frame.dateFormat();
    const present::DocumentRegister reg = present::documentRegister(plan, status, m_filter);
    wxString summary = wx(present::documentSummary(reg, dates.format(status)));
    if (plan.documents.empty())
        summary = "The document register is empty: add the documented information the standard requires "_wx
                  "(policy, plans, procedures, records) to track its approval and reviews.";
    else if (reg.rows.empty())
        summary += "\nNo document matches the filter."_wx;
    m_summary->setText(summary);

    m_list->Freeze();
    m_list->DeleteAllItems();
    m_rowIds.clear();
    long row = 0;
    for (const auto& r : reg.rows) {
        const DocumentEntry& d = plan.documents[static_cast<std::size_t>(r.index)];
        const Resource* owner = plan.findResource(d.owner);
        wxString cells[ColumnCount];
        cells[Title] = wx(d.title);
        cells[Clause] = wx(d.clause);
        cells[Status] = wx(std::string(enumLabel(d.status)));
        cells[Flag] = r.reviewOverdue ? "review overdue"_wx : r.notReady ? "not ready"_wx : wxString();
        cells[Owner] = owner ? wx(owner->name) : wx(d.owner);
        cells[NextReview] = d.nextReview ? wx(dates.format(*d.nextReview)) : wxString();
        cells[Approved] = d.approved ? wx(dates.format(*d.approved)) : wxString();
        cells[Version] = wx(d.version);
        cells[Required] = d.mandatory ? "yes"_wx : wxString();
        cells[Kind] = wx(std::string(enumLabel(d.kind)));
        cells[Id] = wx(d.id);
        m_list->InsertItem(row, cells[0]);
        for (int c = 1; c < ColumnCount; ++c)
            m_list->SetItem(row, c, cells[c]);
        if (r.reviewOverdue)
            m_list->SetItemTextColour(row, wxColour(176, 32, 32));
        else if (r.notReady)
            m_list->SetItemTextColour(row, wxColour(150, 90, 0));
        m_rowIds.push_back(d.id);
        ++row;
    }
    m_list->Thaw();
    if (!keep.empty())
        selectDocument(keep);
    enableRowButtons();
    Layout();
}

void DocumentsView::enableRowButtons()
{
    const bool row = !selectedDocument().empty();
    m_edit->Enable(row);
    m_remove->Enable(row);
}

std::string DocumentsView::selectedDocument() const
{
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row >= 0 && row < static_cast<long>(m_rowIds.size()) ? m_rowIds[static_cast<std::size_t>(row)] : std::string();
}

void DocumentsView::selectDocument(const std::string& id)
{
    for (std::size_t row = 0; row < m_rowIds.size(); ++row)
        if (m_rowIds[row] == id) {
            const long r = static_cast<long>(row);
            m_list->SetItemState(r, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            m_list->EnsureVisible(r);
            enableRowButtons();
            return;
        }
}

bool DocumentsView::applyEntry(const std::string& originalId, const DocumentEntry& entry)
{
    const bool ok = m_frame.runEdit(originalId.empty() ? certplan::addDocument(m_doc.plan(), entry)
                                                       : certplan::editDocument(m_doc.plan(), originalId, entry));
    if (ok)
        selectDocument(entry.id);
    return ok;
}

void DocumentsView::addDocument()
{
    DocumentDialog dialog(this, m_doc.plan(), nullptr, m_frame.dateFormat());
    if (dialog.ShowModal() == wxID_OK)
        applyEntry({}, dialog.entry());
}

void DocumentsView::editSelected()
{
    const std::string id = selectedDocument();
    const DocumentEntry* d = m_doc.plan().findDocument(id);
    if (!d) {
        m_frame.prompts().showError("Edit Document", "Select a document in the register first.");
        return;
    }
    DocumentDialog dialog(this, m_doc.plan(), d, m_frame.dateFormat());
    if (dialog.ShowModal() != wxID_OK)
        return;
    const DocumentEntry after = dialog.entry();
    if (after == *m_doc.plan().findDocument(id))
        return; // OK without a change: nothing to undo later
    applyEntry(id, after);
}

void DocumentsView::removeSelected()
{
    const std::string id = selectedDocument();
    const DocumentEntry* d = m_doc.plan().findDocument(id);
    if (!d) {
        m_frame.prompts().showError("Remove Document", "Select a document in the register first.");
        return;
    }
    // Refused before asking: no question about something that cannot be done.
    auto remove = certplan::removeDocument(m_doc.plan(), id);
    if (remove && !m_frame.prompts().confirm("Remove Document", "Remove '" + d->title + "' (" + id +
                                                                    ") from the register? Undo brings it back."))
        return;
    m_frame.runEdit(std::move(remove));
}

} // namespace certplan::gui
