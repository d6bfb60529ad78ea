// SPDX-License-Identifier: MIT
#include "views/ChecklistView.h"
#include "presenters/DateFormat.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/CanvasText.h"
#include "dialogs/CorrectiveTaskDialog.h"
#include "commands/ChecklistCommands.h"
#include "lifecycle/Readiness.h"
#include "progress/Progress.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dcbuffer.h>
#include <wx/listbox.h>
#include <wx/srchctrl.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/scrolwin.h>
#include <wx/wrapsizer.h>

namespace certplan::gui {

namespace {

const RequirementStatus kStatuses[] = {RequirementStatus::NotAssessed, RequirementStatus::Conforming,
                                       RequirementStatus::PartiallyConforming, RequirementStatus::Nonconforming,
                                       RequirementStatus::NotApplicable};

int statusIndex(RequirementStatus s)
{
    for (int k = 0; k < 5; ++k)
        if (kStatuses[k] == s)
            return k;
    return 0;
}

wxColour readinessColour(double pct)
{
    return pct >= 80 ? wxColour(46, 150, 70) : pct >= 50 ? wxColour(230, 150, 20) : wxColour(192, 40, 40);
}

} // namespace

// Readiness of clauses 4 to 10 and overall as bars, so a status change shows at once.
class ReadinessStrip : public wxPanel {
public:
    explicit ReadinessStrip(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 58))
    {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
        Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
    }
    void set(ReadinessReport r)
    {
        m_report = std::move(r);
        Refresh();
    }

private:
    void paint()
    {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
        dc.Clear();
        const int n = static_cast<int>(m_report.topClauses.size()) + 1;
        const wxSize sz = GetClientSize();
        const int w = std::max(40, (sz.x - 16) / std::max(1, n));
        dc.SetFont(GetFont());
        for (int k = 0; k < n; ++k) {
            const bool overall = k == 0;
            const double pct = overall ? m_report.overall : m_report.topClauses[static_cast<std::size_t>(k - 1)].readiness;
            const int applicable = overall ? m_report.applicable : m_report.topClauses[static_cast<std::size_t>(k - 1)].applicable;
            const wxString label = overall ? "Overall"_wx : "Clause "_wx + wx(m_report.topClauses[static_cast<std::size_t>(k - 1)].clause);
            const int x = 8 + k * w;
            dc.SetTextForeground(GetForegroundColour());
            if (overall)
                dc.SetFont(GetFont().Bold());
            drawCanvasText(dc, label + (applicable ? wxString::Format("  %.0f %%"_wx, pct) : "  n/a"_wx), x, 6);
            dc.SetFont(GetFont());
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(wxColour(225, 225, 225)));
            dc.DrawRectangle(x, 30, w - 14, 14);
            dc.SetBrush(wxBrush(readinessColour(pct)));
            dc.DrawRectangle(x, 30, static_cast<int>((w - 14) * pct / 100.0), 14);
        }
    }
    ReadinessReport m_report;
};

ChecklistView::ChecklistView(wxWindow* parent, MainFrame& frame, Document& doc)
    : wxPanel(parent, wxID_ANY), m_frame(frame), m_doc(doc)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    m_strip = new ReadinessStrip(this);
    top->Add(m_strip, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 4);

    // The key help moves to a line of its own when the window is narrow.
    auto* filters = new wxWrapSizer(wxHORIZONTAL);
    filters->Add(new wxStaticText(this, wxID_ANY, "Status"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_statusFilter = new wxChoice(this, wxID_ANY);
    m_statusFilter->Append("Any status"_wx);
    for (auto s : kStatuses)
        m_statusFilter->Append(wx(std::string(enumLabel(s))));
    m_statusFilter->SetSelection(0);
    filters->Add(m_statusFilter, 0, wxRIGHT, 12);
    filters->Add(new wxStaticText(this, wxID_ANY, "Owner"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    m_ownerFilter = new wxChoice(this, wxID_ANY);
    filters->Add(m_ownerFilter, 0, wxRIGHT, 12);
    m_search = new wxSearchCtrl(this, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(240, -1));
    m_search->SetDescriptiveText("Clause or title"_wx);
    filters->Add(m_search, 0, wxRIGHT, 12);
    filters->Add(new wxStaticText(this, wxID_ANY, wx(present::statusShortcutHelp())), 0, wxALIGN_CENTER_VERTICAL | wxTOP | wxBOTTOM, 4);
    top->Add(filters, 0, wxEXPAND | wxALL, 6);

    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_tree = new wxTreeListCtrl(split, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxTL_SINGLE);
    m_tree->AppendColumn("Clause"_wx, 130);
    m_tree->AppendColumn("Requirement"_wx, 330);
    m_tree->AppendColumn("Status"_wx, 150);
    m_tree->AppendColumn("Owner"_wx, 130);
    m_tree->AppendColumn("Evidence"_wx, 70, wxALIGN_RIGHT);
    m_tree->AppendColumn("Readiness"_wx, 80, wxALIGN_RIGHT);
    // The requirement's title takes what the clause and status leave, so the
    // status stays in view in a narrow window; the rest scrolls sideways.
    m_tree->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] {
            const int room = m_tree->GetClientSize().x - m_tree->GetColumnWidth(0) - m_tree->GetColumnWidth(2) - 24;
            m_tree->SetColumnWidth(1, std::max(220, room));
        });
    });

    // The form scrolls when the window is too low for it; its texts wrap to its width.
    auto* details = new wxScrolledWindow(split);
    details->SetScrollRate(0, 12);
    auto* d = new wxBoxSizer(wxVERTICAL);
    m_heading = new WrappingText(details);
    m_heading->SetFont(m_heading->GetFont().Bold().Larger());
    d->Add(m_heading, 0, wxEXPAND | wxALL, 6);
    m_guidance = new WrappingText(details);
    d->Add(m_guidance, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    auto* form = new wxFlexGridSizer(2, 6, 8);
    form->AddGrowableCol(1);
    m_status = new wxChoice(details, wxID_ANY);
    for (auto s : kStatuses)
        m_status->Append(wx(std::string(enumLabel(s))));
    m_maturity = new wxChoice(details, wxID_ANY);
    m_maturity->Append("\u2014"_wx);
    for (int k = 0; k <= 5; ++k)
        m_maturity->Append(wxString::Format("%d"_wx, k));
    m_owner = new wxChoice(details, wxID_ANY);
    m_notes = new wxTextCtrl(details, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(-1, 70), wxTE_MULTILINE);
    m_justification = new wxTextCtrl(details, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(-1, 44), wxTE_MULTILINE);
    auto row = [&](const wxString& label, wxWindow* w) {
        form->Add(new wxStaticText(details, wxID_ANY, label), 0, wxALIGN_TOP | wxTOP, 4);
        form->Add(w, 1, wxEXPAND);
    };
    row("Status"_wx, m_status);
    row("Maturity (0-5)"_wx, m_maturity);
    row("Owner"_wx, m_owner);
    row("Notes"_wx, m_notes);
    row("Justification"_wx, m_justification);
    d->Add(form, 0, wxEXPAND | wxALL, 6);
    auto* apply = new wxButton(details, wxID_APPLY, "&Apply Notes"_wx);
    d->Add(apply, 0, wxALIGN_RIGHT | wxRIGHT, 6);

    auto* evBox = new wxStaticBoxSizer(wxVERTICAL, details, "Evidence"_wx);
    m_evidence = new wxListBox(evBox->GetStaticBox(), wxID_ANY, wxDefaultPosition, wxSize(-1, 90));
    evBox->Add(m_evidence, 1, wxEXPAND);
    auto* evButtons = new wxBoxSizer(wxHORIZONTAL);
    auto* addEv = new wxButton(evBox->GetStaticBox(), wxID_ANY, "Add..."_wx);
    auto* removeEv = new wxButton(evBox->GetStaticBox(), wxID_ANY, "Remove"_wx);
    evButtons->Add(addEv, 0, wxRIGHT, 6);
    evButtons->Add(removeEv, 0);
    evBox->Add(evButtons, 0, wxTOP, 4);
    d->Add(evBox, 1, wxEXPAND | wxALL, 6);
    m_corrective = new wxButton(details, wxID_ANY, "Create &Corrective Task..."_wx);
    d->Add(m_corrective, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    m_linkedTasks = new WrappingText(details);
    d->Add(m_linkedTasks, 0, wxEXPAND | wxALL, 6);
    details->SetSizer(d);
    // Shown only when they have something to say (showDetails).
    m_guidance->Hide();
    m_linkedTasks->Hide();

    split->SetMinimumPaneSize(200);
    split->SetSashGravity(1.0); // the tree takes new width; the form keeps its own
    split->SplitVertically(m_tree, details, -440); // negative: the form's width, from the right
    top->Add(split, 1, wxEXPAND);
    SetSizer(top);

    m_statusFilter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onFilter(); });
    m_ownerFilter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onFilter(); });
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { onFilter(); });
    m_tree->Bind(wxEVT_TREELIST_SELECTION_CHANGED, [this](wxTreeListEvent&) { showDetails(); });
    m_tree->GetView()->Bind(wxEVT_CHAR, &ChecklistView::onKey, this);
    m_status->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        if (!m_filling)
            setSelectedStatus(kStatuses[m_status->GetSelection()]);
    });
    m_maturity->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyDetails(); });
    m_owner->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyDetails(); });
    apply->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { applyDetails(); });
    addEv->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addEvidence(); });
    removeEv->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeEvidence(); });
    m_corrective->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { createCorrectiveTask(); });

    m_doc.addListener(this);
    rebuildFilters();
    rebuildTree();
}

ChecklistView::~ChecklistView()
{
    m_doc.removeListener(this);
}

const Checklist* ChecklistView::checklist() const
{
    const auto& lists = m_doc.plan().checklists;
    return lists.empty() ? nullptr : &lists.front();
}

const Requirement* ChecklistView::selectedRequirement() const
{
    const std::string id = selectedItem();
    const Checklist* list = checklist();
    if (id.empty() || !list)
        return nullptr;
    for (const auto& r : list->items)
        if (r.id == id)
            return &r;
    return nullptr;
}

std::string ChecklistView::selectedItem() const
{
    const wxTreeListItem item = m_tree->GetSelection();
    if (!item.IsOk())
        return {};
    auto* data = dynamic_cast<wxStringClientData*>(m_tree->GetItemData(item));
    return data ? utf8(data->GetData()) : std::string();
}

void ChecklistView::selectItem(const std::string& id)
{
    for (wxTreeListItem it = m_tree->GetFirstItem(); it.IsOk(); it = m_tree->GetNextItem(it)) {
        auto* data = dynamic_cast<wxStringClientData*>(m_tree->GetItemData(it));
        if (data && utf8(data->GetData()) == id) {
            for (wxTreeListItem p = m_tree->GetItemParent(it); p.IsOk() && p != m_tree->GetRootItem();
                 p = m_tree->GetItemParent(p))
                m_tree->Expand(p);
            m_tree->Select(it);
            m_tree->EnsureVisible(it);
            showDetails();
            return;
        }
    }
}

void ChecklistView::planChanged(const ChangeSet& changes)
{
    if (changes.replaced || changes.resources)
        rebuildFilters();
    if (changes.replaced || changes.checklists || changes.resources || changes.structure || changes.tasks)
        rebuildTree();
}

void ChecklistView::rebuildFilters()
{
    const wxString keep = m_ownerFilter->GetStringSelection();
    m_ownerFilter->Clear();
    m_ownerIds.clear();
    m_ownerFilter->Append("Anyone"_wx);
    m_ownerIds.push_back("");
    m_ownerFilter->Append("Nobody yet"_wx);
    m_ownerIds.push_back("-");
    m_owner->Clear();
    m_owner->Append("\u2014"_wx);
    for (const auto& r : m_doc.plan().resources) {
        m_ownerFilter->Append(wx(r.name));
        m_ownerIds.push_back(r.id);
        m_owner->Append(wx(r.name));
    }
    if (!keep.empty() && m_ownerFilter->FindString(keep) != wxNOT_FOUND)
        m_ownerFilter->SetStringSelection(keep);
    else
        m_ownerFilter->SetSelection(0);
}

void ChecklistView::onFilter()
{
    const int s = m_statusFilter->GetSelection();
    m_filter.status = s <= 0 ? std::nullopt : std::optional<RequirementStatus>(kStatuses[s - 1]);
    const int o = m_ownerFilter->GetSelection();
    m_filter.owner = o <= 0 ? std::string() : m_ownerIds[static_cast<std::size_t>(o)];
    m_filter.text = utf8(m_search->GetValue());
    rebuildTree();
}

void ChecklistView::rebuildTree()
{
    const std::string keep = selectedItem();
    const Checklist* list = checklist();
    m_tree->Freeze();
    m_tree->DeleteAllItems();
    if (!list) {
        m_tree->Thaw();
        m_strip->set({});
        m_heading->setText("This plan has no requirement checklist."_wx);
        return;
    }
    const Plan& plan = m_doc.plan();
    m_strip->set(computeReadiness(*list));
    const auto rows = present::checklistRows(*list, m_filter);
    std::vector<wxTreeListItem> handle(list->items.size());
    for (const auto& row : rows) {
        const Requirement& r = list->items[static_cast<std::size_t>(row.item)];
        const wxTreeListItem parent = row.parent >= 0 && handle[static_cast<std::size_t>(row.parent)].IsOk()
                                          ? handle[static_cast<std::size_t>(row.parent)]
                                          : m_tree->GetRootItem();
        const wxTreeListItem it = m_tree->AppendItem(parent, wx(r.clause), wxWithImages::NO_IMAGE, wxWithImages::NO_IMAGE,
                                                     new wxStringClientData(wx(r.id)));
        handle[static_cast<std::size_t>(row.item)] = it;
        m_tree->SetItemText(it, 1, wx(r.title));
        if (row.heading) {
            const ClauseRollup roll = rollupClause(*list, r.clause);
            m_tree->SetItemText(it, 2, wxString::Format("%d of %d assessed"_wx, roll.counts.assessed(), roll.counts.total()));
            m_tree->SetItemText(it, 5, roll.applicable ? wxString::Format("%.0f %%"_wx, roll.readiness) : "n/a"_wx);
        } else {
            m_tree->SetItemText(it, 2, wx(std::string(enumLabel(r.status))));
            const Resource* owner = plan.findResource(r.owner);
            m_tree->SetItemText(it, 3, owner ? wx(owner->name) : wxString());
            m_tree->SetItemText(it, 4, r.evidence.empty() ? wxString() : wxString::Format("%zu"_wx, r.evidence.size()));
        }
    }
    // Top clauses open by default; a filter opens everything it found. Expanding
    // needs the children in place, hence a second pass.
    for (const auto& row : rows)
        if (row.heading && (row.parent < 0 || m_filter.active()))
            m_tree->Expand(handle[static_cast<std::size_t>(row.item)]);
    m_tree->Thaw();
    if (!keep.empty())
        selectItem(keep);
    showDetails();
}

void ChecklistView::showDetails()
{
    const Requirement* r = selectedRequirement();
    const Checklist* list = checklist();
    m_filling = true;
    const bool heading = r && list && headingFlags(*list)[static_cast<std::size_t>(r - list->items.data())];
    for (wxWindow* w : std::initializer_list<wxWindow*>{m_status, m_maturity, m_owner, m_notes, m_justification, m_evidence,
                                                        m_corrective})
        w->Enable(r != nullptr);
    m_status->Enable(r && !heading);
    if (!r) {
        m_heading->setText(list ? "Select a clause to assess it."_wx : "This plan has no requirement checklist."_wx);
        m_guidance->setText(""_wx);
        m_guidance->Hide();
        m_linkedTasks->setText(""_wx);
        m_linkedTasks->Hide();
        m_filling = false;
        return;
    }
    m_heading->setText(wx(r->clause + "  " + r->title));
    m_guidance->setText(wx(r->guidance.empty() ? std::string("") : "Auditors look for: " + r->guidance));
    // A label with nothing to say is hidden, not shown empty.
    m_guidance->Show(!r->guidance.empty());
    m_status->SetSelection(statusIndex(r->status));
    m_maturity->SetSelection(r->maturity ? *r->maturity + 1 : 0);
    int owner = 0;
    const auto& resources = m_doc.plan().resources;
    for (std::size_t k = 0; k < resources.size(); ++k)
        if (resources[k].id == r->owner)
            owner = static_cast<int>(k) + 1;
    m_owner->SetSelection(owner);
    m_notes->ChangeValue(wx(r->notes));
    m_justification->ChangeValue(wx(r->justification));
    m_evidence->Clear();
    for (const auto& e : r->evidence)
        m_evidence->Append(wx(std::string(enumLabel(e.kind)) + ": " + e.ref + (e.date ? "  (" + m_frame.dateFormat().format(*e.date) + ")" : "") +
                              (e.note.empty() ? "" : " \u2014 " + e.note)));
    const bool gap = r->status == RequirementStatus::PartiallyConforming || r->status == RequirementStatus::Nonconforming;
    m_corrective->Enable(gap);
    wxString linked;
    const Plan& plan = m_doc.plan();
    const PlanProgress progress(plan);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (plan.tasks[i].requirement == r->id)
            linked += wxString::Format("\n\u2022 %s (%d %%)"_wx, wx(plan.tasks[i].name), progress.percent(static_cast<int>(i)));
    m_linkedTasks->setText(linked.empty() ? wxString() : "Corrective tasks:"_wx + linked);
    m_linkedTasks->Show(!linked.empty());
    m_filling = false;
    Layout();
    m_heading->GetParent()->FitInside(); // the form's scrolled height follows what it shows
}

bool ChecklistView::setSelectedStatus(RequirementStatus status)
{
    const Requirement* r = selectedRequirement();
    const Checklist* list = checklist();
    if (!r || !list)
        return false;
    std::string justification;
    if (status == RequirementStatus::NotApplicable && r->justification.empty()) {
        const wxString why = wxGetTextFromUser("Why does clause "_wx + wx(r->clause) +
                                                   " not apply to this management system?\nAuditors ask for this."_wx,
                                               "Not Applicable"_wx, wxString(), this);
        if (why.Strip(wxString::both).empty()) {
            showDetails(); // put the status choice back
            return false;
        }
        justification = utf8(why);
    }
    const Date today = present::statusDateOrToday(m_doc.plan());
    const bool ok = m_frame.runEdit(certplan::setRequirementStatus(m_doc.plan(), r->id, status, today, justification));
    if (!ok)
        showDetails();
    return ok;
}

void ChecklistView::applyDetails()
{
    if (m_filling)
        return;
    const Requirement* r = selectedRequirement();
    const Checklist* list = checklist();
    if (!r || !list)
        return;
    Requirement after = *r;
    const int m = m_maturity->GetSelection();
    after.maturity = m <= 0 ? std::nullopt : std::optional<int>(m - 1);
    const int o = m_owner->GetSelection();
    after.owner = o <= 0 ? std::string() : m_doc.plan().resources[static_cast<std::size_t>(o - 1)].id;
    after.notes = utf8(m_notes->GetValue());
    after.justification = utf8(m_justification->GetValue());
    m_frame.runEdit(present::editRequirement(m_doc.plan(), list->id, after, "Edit " + r->clause));
}

void ChecklistView::addEvidence()
{
    const Requirement* r = selectedRequirement();
    const Checklist* list = checklist();
    if (!r || !list)
        return;
    const wxString ref = wxGetTextFromUser("Document id, file path or URL that shows clause "_wx + wx(r->clause) + " is met:"_wx,
                                           "Add Evidence"_wx, wxString(), this);
    if (ref.Strip(wxString::both).empty())
        return;
    Evidence e;
    e.ref = utf8(ref.Strip(wxString::both));
    e.kind = ref.StartsWith("http://"_wx) || ref.StartsWith("https://"_wx) ? EvidenceKind::Url
             : ref.Contains("/"_wx) || ref.Contains("\\"_wx)              ? EvidenceKind::Path
                                                                      : EvidenceKind::Document;
    e.date = present::statusDateOrToday(m_doc.plan());
    Requirement after = *r;
    after.evidence.push_back(e);
    m_frame.runEdit(present::editRequirement(m_doc.plan(), list->id, after, "Add Evidence to " + r->clause));
}

void ChecklistView::removeEvidence()
{
    const Requirement* r = selectedRequirement();
    const Checklist* list = checklist();
    const int sel = m_evidence->GetSelection();
    if (!r || !list || sel == wxNOT_FOUND || sel >= static_cast<int>(r->evidence.size()))
        return;
    Requirement after = *r;
    after.evidence.erase(after.evidence.begin() + sel);
    m_frame.runEdit(present::editRequirement(m_doc.plan(), list->id, after, "Remove Evidence from " + r->clause));
}

void ChecklistView::createCorrectiveTask()
{
    const Requirement* r = selectedRequirement();
    if (!r)
        return;
    if (r->status != RequirementStatus::PartiallyConforming && r->status != RequirementStatus::Nonconforming) {
        // Through the main window's prompts, not a native message box (which a
        // test cannot close): the T key reaches this on any clause.
        m_frame.prompts().showError("No gap to close in clause " + r->clause,
                                    "Only a partially conforming or nonconforming clause has a gap to close; clause " +
                                        r->clause + " is " + std::string(enumLabel(r->status)) + ".");
        return;
    }
    CorrectiveTaskDialog dlg(this, m_doc.plan(), *r, m_frame.dateFormat());
    if (dlg.ShowModal() != wxID_OK)
        return;
    if (m_frame.runEdit(certplan::createCorrectiveTask(m_doc.plan(), dlg.spec())))
        showDetails();
}

void ChecklistView::onKey(wxKeyEvent& e)
{
    if (e.HasAnyModifiers()) {
        e.Skip();
        return;
    }
    if (const auto s = present::statusForKey(e.GetKeyCode())) {
        setSelectedStatus(*s);
        return;
    }
    if (e.GetKeyCode() == 'T' || e.GetKeyCode() == 't') {
        createCorrectiveTask();
        return;
    }
    e.Skip();
}

} // namespace certplan::gui
