// SPDX-License-Identifier: MIT
#include "views/AuditsView.h"
#include "presenters/DateFormat.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/CanvasText.h"
#include "widgets/ListColumns.h"
#include "commands/AuditCommands.h"
#include "commands/AuditTimeCommands.h"
#include "commands/ChecklistCommands.h"
#include "dialogs/NonconformityDialog.h"
#include "lifecycle/NonconformityDue.h"
#include "progress/Progress.h"
#include "presenters/AuditTimeText.h"
#include "presenters/AuditTimeline.h"
#include "presenters/ProgrammeSummary.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/dcbuffer.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

namespace certplan::gui {

namespace {

wxColour stateColour(AuditState s)
{
    switch (s) {
    case AuditState::Done: return {46, 150, 70};
    case AuditState::Ok: return {60, 110, 190};
    case AuditState::AtRisk: return {230, 150, 20};
    case AuditState::Overdue: return {192, 40, 40};
    case AuditState::Cancelled: return {150, 150, 150};
    case AuditState::Unplanned: break;
    }
    return {120, 120, 120};
}

wxColour bandColour(ProgrammeEventKind k)
{
    switch (k) {
    case ProgrammeEventKind::Surveillance: return {200, 220, 245};
    case ProgrammeEventKind::RecertAudit: return {215, 200, 240};
    case ProgrammeEventKind::RecertStage1: return {165, 125, 205};
    case ProgrammeEventKind::RecertDecision: return {225, 210, 245};
    case ProgrammeEventKind::RestorationEnd: return {250, 215, 200};
    case ProgrammeEventKind::Suspension: return {220, 90, 90};
    case ProgrammeEventKind::SpecialAudit: return {245, 225, 170};
    case ProgrammeEventKind::ScopeExtension: return {200, 235, 200};
    default: break;
    }
    return {220, 220, 220};
}

} // namespace

class AuditTimelineCanvas : public wxPanel {
public:
    explicit AuditTimelineCanvas(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 150))
    {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
        Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
        Bind(wxEVT_MOTION, [this](wxMouseEvent& e) { hover(e.GetPosition()); });
    }
    // `dates`: the Date format preference, for the tooltips.
    void set(const std::vector<ProgrammeEvent>* events, Date status, const present::DateFormat& dates)
    {
        m_dates = dates;
        m_events = events;
        m_status = status;
        const int lanes = std::max<int>(1, static_cast<int>(present::layoutAuditTimeline(*events, status, 100).lanes.size()));
        SetMinSize(wxSize(-1, kTop + lanes * kLane + 24));
        GetParent()->Layout();
        Refresh();
    }

private:
    static constexpr int kLeft = 12, kTop = 26, kLane = 64;

    present::AuditTimelineLayout layout() const
    {
        return present::layoutAuditTimeline(*m_events, m_status, std::max(100, GetClientSize().x - 2 * kLeft));
    }

    void hover(wxPoint p)
    {
        if (!m_events)
            return;
        const auto t = layout();
        for (const auto& m : t.markers)
            if (std::abs(kLeft + m.x - p.x) <= 6 && std::abs(kTop + m.lane * kLane + 34 - p.y) <= 8) {
                const auto& e = (*m_events)[m.event];
                wxString tip = wx(e.label());
                if (e.planned)
                    tip += "\nPlanned "_wx + wx(m_dates.format(*e.planned));
                if (e.window)
                    tip += "\nWindow "_wx + wx(m_dates.format(e.window->open)) + " to "_wx + wx(m_dates.format(e.window->close));
                if (!e.assessment.reason.empty())
                    tip += "\n"_wx + wx(e.assessment.reason);
                SetToolTip(tip);
                return;
            }
        UnsetToolTip();
    }

    void paint()
    {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        dc.SetFont(GetFont());
        if (!m_events || m_events->empty()) {
            dc.SetTextForeground(wxColour(90, 90, 90));
            drawCanvasText(dc, "No audit programme yet: it starts from a certificate's decision date (or its planned stage 2 "_wx
                        "and decision milestones).",
                        kLeft, kTop);
            return;
        }
        const auto t = layout();
        const wxSize sz = GetClientSize();
        dc.SetPen(wxPen(wxColour(225, 225, 225)));
        dc.SetTextForeground(wxColour(90, 90, 90));
        for (const auto& y : t.years) {
            dc.DrawLine(kLeft + static_cast<int>(y.x), 18, kLeft + static_cast<int>(y.x), sz.y);
            drawCanvasText(dc, wx(y.label), kLeft + static_cast<int>(y.x) + 3, 2);
        }
        for (std::size_t lane = 0; lane < t.lanes.size(); ++lane) {
            const int y0 = kTop + static_cast<int>(lane) * kLane;
            dc.SetTextForeground(wxColour(40, 40, 40));
            dc.SetFont(GetFont().Bold());
            drawCanvasText(dc, wx(t.lanes[lane]), kLeft, y0);
            dc.SetFont(GetFont());
        }
        for (const auto& b : t.bands) {
            const int y0 = kTop + b.lane * kLane + 24;
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(bandColour(b.kind)));
            // A suspension is a strip across the lower half, leaving the window it interrupts visible;
            // a recertification stage 1 one across the top of the recertification window it shares.
            const bool strip = b.kind == ProgrammeEventKind::Suspension;
            const bool topStrip = b.kind == ProgrammeEventKind::RecertStage1;
            dc.DrawRectangle(kLeft + static_cast<int>(b.x0), strip ? y0 + 12 : y0,
                             std::max(2, static_cast<int>(b.x1 - b.x0)), strip || topStrip ? 8 : 20);
        }
        for (std::size_t k = 0; k < t.expiries.size(); ++k) {
            const int x = kLeft + static_cast<int>(t.expiries[k]);
            const int y0 = kTop + t.expiryLanes[k] * kLane + 18;
            dc.SetPen(wxPen(wxColour(120, 40, 120), 2));
            dc.DrawLine(x, y0, x, y0 + 32);
            dc.SetTextForeground(wxColour(120, 40, 120));
            // Left of its line when the right edge would cut it.
            const int labelWidth = dc.GetTextExtent("expiry"_wx).x;
            drawCanvasText(dc, "expiry"_wx, x + 3 + labelWidth <= sz.x ? x + 3 : x - 3 - labelWidth, y0 + 30);
        }
        for (const auto& m : t.markers) {
            const int cx = kLeft + static_cast<int>(m.x), cy = kTop + m.lane * kLane + 34;
            dc.SetBrush(wxBrush(stateColour(m.state)));
            dc.SetPen(wxPen(stateColour(m.state).ChangeLightness(60)));
            if (m.outsideSlots) {
                dc.DrawCircle(cx, cy, 6);
                continue;
            }
            const wxPoint diamond[] = {{cx, cy - 7}, {cx + 7, cy}, {cx, cy + 7}, {cx - 7, cy}};
            dc.DrawPolygon(4, diamond);
        }
        const int sx = kLeft + static_cast<int>(t.statusX);
        dc.SetPen(wxPen(wxColour(30, 120, 30), 2, wxPENSTYLE_SHORT_DASH));
        dc.DrawLine(sx, 18, sx, sz.y);
        dc.SetTextForeground(wxColour(30, 120, 30));
        const int statusWidth = dc.GetTextExtent("status date"_wx).x;
        drawCanvasText(dc, "status date"_wx, sx + 3 + statusWidth <= sz.x ? sx + 3 : sx - 3 - statusWidth, sz.y - 16);
    }

    const std::vector<ProgrammeEvent>* m_events = nullptr;
    Date m_status{2027, 1, 1};
    present::DateFormat m_dates{present::DateStyle::Iso};
};

AuditsView::AuditsView(wxWindow* parent, MainFrame& frame, Document& doc)
    : wxScrolledWindow(parent, wxID_ANY), m_frame(frame), m_doc(doc)
{
    // Below its smallest readable size the page scrolls rather than squeezing the lists.
    SetScrollRate(0, 12);
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* legend = new WrappingText(this,
                                    "Bands: windows in which an audit or decision must fall (blue surveillance, violet "_wx
                                    "recertification with its stage 1 as a dark strip on top, sand special audit, green "
                                    "scope extension, orange restoration, red suspension).\nDiamonds: audits in their "
                                    "slots, circles: special audits, scope extensions, transfer reviews and audits without "
                                    "a slot (green done, blue on track, amber at risk, red overdue).");
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(legend, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    auto* nextCycle = new wxButton(this, wxID_ANY, "Plan &Next Cycle's Audits"_wx);
    nextCycle->SetToolTip("Adds the surveillance and recertification audits (and the recertification stage 1 when "_wx
                          "the rules ask for one) of the first cycle that has none yet, "_wx
                          "each as an audit and a milestone dated inside its window");
    // The actions stacked, so the legend keeps its width.
    auto* actions = new wxBoxSizer(wxVERTICAL);
    actions->Add(nextCycle, 0, wxEXPAND);
    auto* durations = new wxButton(this, wxID_ANY, "Set Audit &Durations from Audit Time"_wx);
    durations->SetToolTip("Sets each planned or confirmed audit's days, and its task's duration, from its "_wx
                          "certificate's audit time (headcount through the audit time table), rounded up to whole days"_wx);
    actions->Add(durations, 0, wxEXPAND | wxTOP, 4);
    head->Add(actions, 0);
    durations->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { m_frame.runEdit(setAuditDurationsFromAuditTime(m_doc.plan())); });
    top->Add(head, 0, wxEXPAND | wxALL, 6);
    nextCycle->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { planNextCycle(); });
    m_timeline = new AuditTimelineCanvas(this);
    top->Add(m_timeline, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);
    // One line per cycle or warning, wrapped at the window's edge.
    m_summary = new WrappingText(this);
    top->Add(m_summary, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    // Each certificate's audit days per audit type (certplan-cli audit-time explains them).
    m_auditTime = new WrappingText(this);
    top->Add(m_auditTime, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    m_warnings = new WrappingText(this);
    m_warnings->SetForegroundColour(wxColour(170, 40, 40));
    top->Add(m_warnings, 0, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, "Audit programme"_wx);
    m_list = new wxListCtrl(box->GetStaticBox(), wxID_ANY, wxDefaultPosition, wxSize(-1, 200), wxLC_REPORT | wxLC_SINGLE_SEL);
    const std::pair<const char*, int> cols[] = {{"Date", 90},     {"Event", 300},  {"Window opens", 100}, {"Window closes", 100},
                                                {"Planned", 90},  {"State", 80},   {"Why", 360}};
    int c = 0;
    for (const auto& [name, w] : cols)
        m_list->InsertColumn(c++, wx(name), wxLIST_FORMAT_LEFT, w);
    keepColumnsFitted(m_list, 6);
    box->Add(m_list, 1, wxEXPAND);
    top->Add(box, 1, wxEXPAND | wxALL, 6);

    auto* ncBox = new wxStaticBoxSizer(wxVERTICAL, this, "Nonconformities"_wx);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(ncBox->GetStaticBox(), wxID_ANY, "&Raise Nonconformity..."_wx);
    auto* advance = new wxButton(ncBox->GetStaticBox(), wxID_ANY, "Set &Status..."_wx);
    auto* plan = new wxButton(ncBox->GetStaticBox(), wxID_ANY, "&Plan Corrective Action"_wx);
    plan->SetToolTip("Adds a task under \"Corrective actions\" in the plan, owned by the nonconformity's owner, "_wx
                     "with its due date as the deadline");
    buttons->Add(add, 0, wxRIGHT, 6);
    buttons->Add(advance, 0, wxRIGHT, 6);
    buttons->Add(plan, 0);
    ncBox->Add(buttons, 0, wxBOTTOM, 4);
    m_ncs = new wxListCtrl(ncBox->GetStaticBox(), wxID_ANY, wxDefaultPosition, wxSize(-1, 170), wxLC_REPORT | wxLC_SINGLE_SEL);
    const std::pair<const char*, int> ncCols[] = {{"Id", 70},      {"Class", 120}, {"Source", 110}, {"Clause", 60},
                                                  {"Status", 110},  {"Due", 100},   {"Due by", 170}, {"Owner", 130},
                                                  {"Description", 420}};
    c = 0;
    for (const auto& [name, w] : ncCols)
        m_ncs->InsertColumn(c++, wx(name), wxLIST_FORMAT_LEFT, w);
    keepColumnsFitted(m_ncs, 8);
    ncBox->Add(m_ncs, 1, wxEXPAND);
    top->Add(ncBox, 1, wxEXPAND | wxALL, 6);
    SetSizer(top);

    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addNonconformity(); });
    advance->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { advanceNonconformity(); });
    plan->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { planCorrectiveAction(); });
    m_ncs->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { advanceNonconformity(); });
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        const auto k = static_cast<std::size_t>(e.GetData());
        if (k >= m_events.size() || m_events[k].audit.empty())
            return;
        if (const Audit* a = m_doc.plan().findAudit(m_events[k].audit); a && !a->task.empty())
            m_frame.showPlanTask(a->task);
    });
    m_doc.addListener(this);
    refresh();
}

AuditsView::~AuditsView()
{
    m_doc.removeListener(this);
}

void AuditsView::planChanged(const ChangeSet&)
{
    refresh();
}

void AuditsView::refresh()
{
    const Plan& plan = m_doc.plan();
    const Date status = present::statusDateOrToday(plan);
    ProgrammeOptions options;
    options.statusDate = status;
    options.cycles = 2;
    const Schedule* sched = m_doc.hasSchedule() ? &m_doc.schedule() : nullptr;
    const auto programmes = planAuditProgrammes(plan, sched, options);
    m_events = combinedCalendar(programmes);
    m_timeline->set(&m_events, status, m_frame.dateFormat());
    // A few lines each, so the lists below keep their room; the list and the
    // CLI (certplan-cli audits) have everything.
    constexpr int kMaxLines = 4;
    wxString summary, warnings;
    int cycleLines = 0, warningLines = 0, moreCycles = 0, moreWarnings = 0;
    // A combined audit's warning comes, word for word, from each programme it counts for: shown once.
    std::vector<std::string> shownCombined;
    for (const auto& p : programmes) {
        summary += (summary.empty() ? wxString() : "\n"_wx) + wx(present::certificateHeading(p));
        if (p.programme)
            for (const auto& note : present::programmeRuleNotes(*p.programme))
                summary += "\n    Rules: "_wx + wx(note);
        if (p.programme)
            for (const auto& c : p.programme->cycles) {
                if (cycleLines++ >= kMaxLines) {
                    ++moreCycles;
                    continue;
                }
                summary += "\n    "_wx + wx(present::cycleStatusLine(c));
            }
        for (const auto& w : p.warnings) {
            const bool combined = w.rfind("combined audit '", 0) == 0;
            if (combined) {
                if (std::find(shownCombined.begin(), shownCombined.end(), w) != shownCombined.end())
                    continue;
                shownCombined.push_back(w);
            }
            if (warningLines++ >= kMaxLines) {
                ++moreWarnings;
                continue;
            }
            // A combined audit's warning names every certificate itself; it is not one programme's.
            const std::string whose =
                programmes.size() > 1 && !p.certificate.empty() && !combined ? " (" + p.certificate + ")" : "";
            warnings += (warnings.empty() ? wxString() : "\n"_wx) + "Warning"_wx + wx(whose) + ": "_wx + wx(w);
        }
    }
    if (moreCycles > 0)
        summary += wxString::Format("\n    ... and %d more cycles (see the list below)"_wx, moreCycles);
    if (moreWarnings > 0)
        warnings += wxString::Format("\n... and %d more warnings (certplan-cli audits lists them all)"_wx, moreWarnings);
    m_summary->setText(summary);
    m_summary->Show(!summary.empty());
    wxString auditTime;
    for (const auto& cert : plan.certificates)
        if (const std::string line = present::auditTimeSummary(cert); !line.empty())
            auditTime += (auditTime.empty() ? wxString() : "\n"_wx) + wx(line);
    m_auditTime->setText(auditTime);
    m_auditTime->Show(!auditTime.empty());
    m_warnings->setText(warnings);
    m_warnings->Show(!warnings.empty());

    const present::DateFormat dates = m_frame.dateFormat(); // the Date format preference
    auto date = [&dates](Date d) { return wx(dates.format(d)); };
    m_list->DeleteAllItems();
    long row = 0;
    for (std::size_t k = 0; k < m_events.size(); ++k) {
        const auto& e = m_events[k];
        m_list->InsertItem(row, e.dated() ? date(e.sortDate()) : "not dated"_wx);
        m_list->SetItem(row, 1, wx(e.label() + (e.audit.empty() ? std::string() : " [" + e.audit + "]")));
        m_list->SetItem(row, 2, e.window ? date(e.window->open) : wxString());
        m_list->SetItem(row, 3, e.window ? date(e.window->close) : wxString());
        // An event nobody has planned yet says so (a blank cell reads as missing data).
        m_list->SetItem(row, 4, e.planned ? date(*e.planned) : "not planned"_wx);
        m_list->SetItem(row, 5, wx(std::string(auditStateKey(e.assessment.state))));
        m_list->SetItem(row, 6, wx(e.assessment.reason));
        m_list->SetItemData(row, static_cast<long>(k));
        if (e.assessment.state == AuditState::Overdue || e.assessment.state == AuditState::AtRisk)
            m_list->SetItemTextColour(row, stateColour(e.assessment.state));
        ++row;
    }

    m_ncs->DeleteAllItems();
    row = 0;
    const PlanProgress progress(plan);
    const NcDecisionBounds bounds(plan, sched, status);
    for (const auto& nc : plan.nonconformities) {
        const NcDue due = nonconformityDue(plan, sched, nc, status, bounds);
        const Resource* owner = plan.findResource(nc.owner);
        m_ncs->InsertItem(row, wx(nc.id));
        m_ncs->SetItem(row, 1, wx(std::string(enumLabel(nc.ncClass))));
        m_ncs->SetItem(row, 2, wx(std::string(enumLabel(nc.source))));
        m_ncs->SetItem(row, 3, wx(nc.clause));
        m_ncs->SetItem(row, 4, wx(std::string(enumLabel(nc.status))));
        m_ncs->SetItem(row, 5, due.due ? date(*due.due) : "\u2014"_wx);
        m_ncs->SetItem(row, 6, due.basisText.empty() ? "nothing owed"_wx : wx(due.basisText));
        m_ncs->SetItem(row, 7, owner ? wx(owner->name) : wxString());
        wxString description = wx(nc.description);
        for (std::size_t t = 0; t < plan.tasks.size(); ++t)
            if (plan.tasks[t].nonconformity == nc.id)
                description = wxString::Format("[task %d %%] "_wx, progress.percent(static_cast<int>(t))) + description;
        m_ncs->SetItem(row, 8, description);
        if (due.overdue)
            m_ncs->SetItemTextColour(row, wxColour(192, 40, 40));
        else if (!due.open)
            m_ncs->SetItemTextColour(row, wxColour(120, 120, 120));
        ++row;
    }
    Layout();
}

std::string AuditsView::selectedNc() const
{
    const long sel = m_ncs->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return sel < 0 ? std::string() : utf8(m_ncs->GetItemText(sel));
}

void AuditsView::addNonconformity()
{
    NonconformityDialog dlg(this, m_doc.plan(), m_frame.dateFormat());
    if (dlg.ShowModal() == wxID_OK)
        m_frame.runEdit(certplan::addNonconformity(m_doc.plan(), dlg.nonconformity()));
}

void AuditsView::planNextCycle()
{
    const Plan& plan = m_doc.plan();
    if (plan.certificates.empty()) {
        m_frame.runEdit(unexpected(std::string("this plan has no certificate yet")));
        return;
    }
    CyclePlanSpec spec;
    spec.certificate = plan.certificates.front().id;
    spec.statusDate = present::statusDateOrToday(plan);
    const Schedule* sched = m_doc.hasSchedule() ? &m_doc.schedule() : nullptr;
    // Cycle 1 is the project itself; later cycles are planned one at a time, in order.
    std::string why;
    for (spec.cycle = 2; spec.cycle <= 12; ++spec.cycle) {
        auto cmd = planCycleAudits(plan, sched, spec);
        if (cmd) {
            m_frame.runEdit(std::move(cmd));
            return;
        }
        why = cmd.error();
        if (why.find("already planned") == std::string::npos)
            break;
    }
    m_frame.runEdit(unexpected(why));
}

void AuditsView::planCorrectiveAction()
{
    const std::string id = selectedNc();
    const Plan& plan = m_doc.plan();
    const Nonconformity* nc = plan.findNonconformity(id);
    if (!nc)
        return;
    const Date status = present::statusDateOrToday(plan);
    NonconformityTaskSpec spec;
    spec.nonconformity = id;
    spec.due = nonconformityDue(plan, m_doc.hasSchedule() ? &m_doc.schedule() : nullptr, *nc, status).due;
    auto cmd = createNonconformityTask(plan, spec);
    if (!cmd) {
        m_frame.runEdit(std::move(cmd));
        return;
    }
    const std::size_t before = plan.tasks.size();
    if (m_frame.runEdit(std::move(cmd)))
        for (std::size_t i = 0; i < m_doc.plan().tasks.size() && before != m_doc.plan().tasks.size(); ++i)
            if (m_doc.plan().tasks[i].nonconformity == id) {
                m_frame.showPlanTask(m_doc.plan().tasks[i].id);
                break;
            }
}

void AuditsView::advanceNonconformity()
{
    const std::string id = selectedNc();
    if (id.empty())
        return;
    wxMenu menu;
    int k = 0;
    for (const auto& e : enumEntries<NcStatus>())
        menu.Append(wxID_HIGHEST + 500 + k++, wx(std::string(e.label)));
    const int chosen = GetPopupMenuSelectionFromUser(menu);
    if (chosen == wxID_NONE)
        return;
    const auto status = enumEntries<NcStatus>()[static_cast<std::size_t>(chosen - wxID_HIGHEST - 500)].value;
    const Date when = present::statusDateOrToday(m_doc.plan());
    m_frame.runEdit(setNonconformityStatus(m_doc.plan(), id, status, when));
}

} // namespace certplan::gui
