// SPDX-License-Identifier: MIT
#include "views/DashboardView.h"
#include "presenters/DateFormat.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/CanvasText.h"
#include "presenters/Dashboard.h"
#include "views/PlanView.h"
#include "widgets/ListColumns.h"
#include "widgets/WrappingText.h"

#include <wx/dcbuffer.h>
#include <wx/dcclient.h>
#include <wx/gauge.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

namespace certplan::gui {

// The verdict as a coloured block: the board reads it from across the room.
class RagBadge : public wxPanel {
public:
    explicit RagBadge(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(150, 84))
    {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    }
    void set(present::Rag rag)
    {
        m_rag = rag;
        Refresh();
    }

private:
    void paint()
    {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
        dc.Clear();
        const wxColour fill = m_rag == present::Rag::Red     ? wxColour(192, 40, 40)
                              : m_rag == present::Rag::Amber ? wxColour(230, 150, 20)
                                                             : wxColour(40, 150, 70);
        dc.SetBrush(wxBrush(fill));
        dc.SetPen(wxPen(fill.ChangeLightness(80)));
        const wxSize sz = GetClientSize();
        dc.DrawRoundedRectangle(2, 2, sz.x - 4, sz.y - 4, 8);
        wxFont f = GetFont().Bold();
        f.SetPointSize(f.GetPointSize() + 8);
        dc.SetFont(f);
        dc.SetTextForeground(*wxWHITE);
        const wxString text = wx(present::ragLabel(m_rag)).Upper();
        const wxSize t = dc.GetTextExtent(text);
        drawCanvasText(dc, text, (sz.x - t.x) / 2, (sz.y - t.y) / 2);
    }
    present::Rag m_rag = present::Rag::Green;
};

namespace {

wxString pct(double v) { return wxString::Format("%.0f %%"_wx, v); }

void setRow(wxListCtrl* list, long row, std::initializer_list<wxString> cells, long data)
{
    int col = 0;
    for (const wxString& c : cells) {
        if (col == 0)
            list->InsertItem(row, c);
        else
            list->SetItem(row, col, c);
        ++col;
    }
    list->SetItemData(row, data);
}

} // namespace

DashboardView::DashboardView(wxWindow* parent, MainFrame& frame, Document& doc)
    : wxScrolledWindow(parent, wxID_ANY), m_frame(frame), m_doc(doc)
{
    // Below its smallest readable size the page scrolls rather than cutting a list.
    SetScrollRate(0, 12);
    auto* top = new wxBoxSizer(wxVERTICAL);

    // The verdict, the figures, then every reason for the verdict across the
    // whole width: squeezed between badge and figures the reasons wrapped to
    // a word per line at 1024 pixels.
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    m_badge = new RagBadge(this);
    head->Add(m_badge, 0, wxALL, 8);
    auto* right = new wxBoxSizer(wxVERTICAL);
    auto* whyTitle = new wxStaticText(this, wxID_ANY, "Project status"_wx);
    const wxFont titleFont = whyTitle->GetFont().Bold().Larger();
    whyTitle->SetFont(titleFont);
    {
        // GTK keeps the label's first measured width (normal font) and ellipsizes the bold text.
        wxClientDC dc(whyTitle);
        dc.SetFont(titleFont);
        const wxSize ext = dc.GetTextExtent(whyTitle->GetLabel());
        whyTitle->SetMinSize(wxSize(ext.x + 8, ext.y + 2));
    }
    right->Add(whyTitle, 0, wxBOTTOM, 4);

    auto* numbers = new wxBoxSizer(wxHORIZONTAL);
    auto* figures = new wxFlexGridSizer(2, 4, 12);
    figures->AddGrowableCol(1);
    auto addGauge = [&](const wxString& label, wxGauge*& gauge) {
        figures->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        gauge = new wxGauge(this, wxID_ANY, 1000, wxDefaultPosition, wxSize(200, 16));
        figures->Add(gauge, 1, wxEXPAND | wxALIGN_CENTER_VERTICAL);
    };
    addGauge("Complete"_wx, m_progress);
    addGauge("Planned by status date"_wx, m_expected);
    addGauge("Readiness"_wx, m_readiness);
    auto* texts = new wxBoxSizer(wxVERTICAL);
    m_progressText = new wxStaticText(this, wxID_ANY, ""_wx);
    m_readinessText = new wxStaticText(this, wxID_ANY, ""_wx);
    m_finishText = new wxStaticText(this, wxID_ANY, ""_wx);
    texts->Add(m_progressText, 0, wxBOTTOM, 4);
    texts->Add(m_readinessText, 0, wxBOTTOM, 4);
    texts->Add(m_finishText, 0);
    numbers->Add(figures, 0, wxRIGHT, 16);
    numbers->Add(texts, 1);
    right->Add(numbers, 0, wxEXPAND);
    head->Add(right, 1, wxEXPAND | wxTOP | wxBOTTOM | wxRIGHT, 8);
    top->Add(head, 0, wxEXPAND);
    m_reasons = new WrappingText(this);
    top->Add(m_reasons, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);

    auto* lists = new wxFlexGridSizer(2, 2, 8, 8);
    lists->AddGrowableCol(0, 2); // the phases and late tasks carry long names
    lists->AddGrowableCol(1, 1);
    lists->AddGrowableRow(0);
    lists->AddGrowableRow(1);
    m_phases = addList(this, lists, "Phases"_wx,
                       {{"Phase", 250}, {"Start", 90}, {"Finish", 90}, {"Done", 60}, {"Planned", 64}, {"Slip", 80}}, 0);
    m_milestones = addList(this, lists, "Next milestones and audits"_wx,
                           {{"Date", 90}, {"Milestone", 260}, {"Float", 60}}, 1);
    m_late = addList(this, lists, "Late tasks"_wx, {{"Task", 300}, {"Due", 90}, {"Done", 60}, {"Why it matters", 180}}, 0);
    m_ncs = addList(this, lists, "Open nonconformities"_wx,
                    {{"Id", 60}, {"Class", 140}, {"Clause", 60}, {"Due", 90}, {"Description", 260}}, 4);
    top->Add(lists, 1, wxEXPAND | wxALL, 8);
    m_audits = nullptr; // audits share the milestones list: one "what comes next" list
    SetSizer(top);

    m_doc.addListener(this);
    refresh();
}

DashboardView::~DashboardView()
{
    m_doc.removeListener(this);
}

wxListCtrl* DashboardView::addList(wxWindow* parent, wxSizer* into, const wxString& title,
                                   std::initializer_list<std::pair<const char*, int>> columns, int stretch)
{
    auto* box = new wxStaticBoxSizer(wxVERTICAL, parent, title);
    auto* list = new wxListCtrl(box->GetStaticBox(), wxID_ANY, wxDefaultPosition, wxSize(-1, 160),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    int col = 0;
    for (const auto& [name, width] : columns) {
        // Narrow columns hold figures: right-align them.
        list->InsertColumn(col, wx(name), col > 0 && width <= 64 ? wxLIST_FORMAT_RIGHT : wxLIST_FORMAT_LEFT, width);
        ++col;
    }
    list->Bind(wxEVT_LIST_ITEM_ACTIVATED, &DashboardView::onActivate, this);
    box->Add(list, 1, wxEXPAND);
    into->Add(box, 1, wxEXPAND);
    keepColumnsFitted(list, stretch);
    return list;
}

void DashboardView::planChanged(const ChangeSet&)
{
    // Hidden pages refresh when shown; the dashboard is cheap enough to do it now.
    refresh();
}

void DashboardView::refresh()
{
    Freeze();
    for (wxListCtrl* l : {m_phases, m_milestones, m_late, m_ncs})
        l->DeleteAllItems();
    if (!m_doc.hasSchedule()) {
        m_badge->set(present::Rag::Red);
        showReasons("The plan cannot be scheduled: "_wx + wx(m_doc.scheduleError()));
        Thaw();
        return;
    }
    const Plan& plan = m_doc.plan();
    const Date status = present::statusDateOrToday(plan);
    const present::DateFormat dates = m_frame.dateFormat(); // the Date format preference
    auto date = [&dates](Date d) { return wx(dates.format(d)); };
    const auto d = present::buildDashboard(plan, m_doc.schedule(), status);

    m_badge->set(d.rag);
    wxString reasons;
    for (const auto& r : d.reasons)
        reasons += "\u2022 "_wx + wx(r) + "\n"_wx;
    showReasons(reasons.Trim());
    m_progress->SetValue(static_cast<int>(d.percentComplete * 10));
    m_expected->SetValue(static_cast<int>(d.percentExpected * 10));
    m_readiness->SetValue(d.readiness < 0 ? 0 : static_cast<int>(d.readiness * 10));
    m_progressText->SetLabel(wxString::Format("%s complete, %s planned by %s"_wx, pct(d.percentComplete),
                                              pct(d.percentExpected), date(d.statusDate)));
    if (d.readiness < 0)
        m_readinessText->SetLabel("No requirement checklist in this plan"_wx);
    else if (d.previousSnapshot)
        m_readinessText->SetLabel(wxString::Format("Readiness %s (%+.1f points since %s)"_wx, pct(d.readiness),
                                                   d.readinessTrend, date(*d.previousSnapshot)));
    else
        m_readinessText->SetLabel("Readiness "_wx + pct(d.readiness));
    m_finishText->SetLabel(wx(present::finishText(d, dates)));

    long row = 0;
    for (const auto& p : d.phases) {
        const wxString slip = !p.hasBaseline ? wxString() : wxString::Format("%+d d"_wx, p.finishVarianceDays);
        setRow(m_phases, row, {wx(p.name), date(p.start), date(p.finish), pct(p.percentComplete), pct(p.percentExpected), slip},
               p.task);
        if (p.percentExpected - p.percentComplete > 5)
            m_phases->SetItemTextColour(row, wxColour(176, 32, 32));
        ++row;
    }
    // Milestones and audits interleaved by date: the board asks "what is next", not "of which kind".
    std::vector<present::UpcomingItem> next = d.milestones;
    for (const auto& a : d.audits)
        if (a.task < 0)
            next.push_back(a);
    std::stable_sort(next.begin(), next.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    row = 0;
    for (const auto& m : next) {
        setRow(m_milestones, row, {date(m.date), wx(m.name), m.task < 0 ? wxString() : wxString::Format("%d d"_wx, m.floatDays)},
               m.task);
        if (m.critical)
            m_milestones->SetItemTextColour(row, wxColour(176, 32, 32));
        ++row;
    }
    row = 0;
    for (const auto& l : d.late) {
        const wxString why = l.notStarted ? wx(l.critical ? "critical, not started" : "should have started")
                                          : wx(l.critical ? "critical: moves the finish" : "past its finish");
        setRow(m_late, row, {wx(l.name), date(l.finish), wxString::Format("%d %%"_wx, l.percentComplete), why}, l.task);
        if (l.critical)
            m_late->SetItemTextColour(row, wxColour(176, 32, 32));
        ++row;
    }
    row = 0;
    for (const auto& nc : d.openNcs) {
        setRow(m_ncs, row,
               {wx(nc.id), wx(std::string(enumLabel(nc.ncClass))), wx(nc.clause), nc.due ? date(*nc.due) : "-"_wx,
                wx(nc.description)},
               -1);
        if (nc.overdue)
            m_ncs->SetItemTextColour(row, wxColour(176, 32, 32));
        ++row;
    }
    Layout();
    Thaw();
}

void DashboardView::onActivate(wxListEvent& e)
{
    const long task = static_cast<long>(e.GetData());
    if (task < 0 || task >= static_cast<long>(m_doc.plan().tasks.size()))
        return;
    const std::string id = m_doc.plan().tasks[static_cast<std::size_t>(task)].id;
    m_frame.showPlanTask(id);
}

void DashboardView::showReasons(const wxString& text)
{
    m_reasons->setText(text);
}

} // namespace certplan::gui
