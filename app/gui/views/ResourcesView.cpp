// SPDX-License-Identifier: MIT
#include "views/ResourcesView.h"

#include "MainFrame.h"
#include "WxConvert.h"
#include "views/CanvasText.h"
#include "presenters/DateFormat.h"
#include "widgets/ListColumns.h"
#include "commands/SetValue.h"
#include "core/FieldLimits.h"
#include "presenters/fields/FieldText.h"

#include <wx/button.h>
#include <wx/dcbuffer.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statbox.h>
#include <wx/stattext.h>

#include <algorithm>
#include <map>

namespace certplan::gui {

namespace {

// Greedy word wrap of `text` to `width` pixels in the DC's font; a single
// word wider than that gets a line of its own.
std::vector<wxString> wrapWords(wxDC& dc, const wxString& text, int width)
{
    std::vector<wxString> lines;
    wxString line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + " "_wx + word;
        if (!line.empty() && dc.GetTextExtent(candidate).x > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

enum Col { ColName, ColRole, ColKind, ColUnits, ColCalendar, ColTasks, ColWork, ColPeak, ColCount };

CommandPtr setResources(const Plan& plan, std::vector<Resource> after, std::string label)
{
    ChangeSet changes;
    changes.resources = true;
    return makeSetValue<std::vector<Resource>>(std::move(label), changes,
                                               [](Plan& p) -> std::vector<Resource>& { return p.resources; }, plan,
                                               std::move(after));
}

} // namespace

// Load of one resource per week (Monday to Sunday): the mean over the week's
// working days against capacity. Weeks keep a 100,000-day horizon readable.
class LoadHistogram : public wxPanel {
public:
    explicit LoadHistogram(wxWindow* parent) : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 220))
    {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
        Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
        Bind(wxEVT_MOTION, [this](wxMouseEvent& e) { hover(e.GetPosition()); });
    }

    void set(const std::string& name, const ResourceUsage* usage)
    {
        m_name = name;
        m_weeks.clear();
        if (usage)
            for (const auto& d : usage->days) {
                const Date monday = d.date - boost::gregorian::days((d.date.day_of_week().as_number() + 6) % 7);
                Week& w = m_weeks[monday];
                w.load += d.load;
                w.capacity += d.capacity;
                w.peak = std::max(w.peak, d.load);
                w.over = w.over || d.load > d.capacity;
                ++w.days;
            }
        // Quiet weeks stay on the axis as gaps, so the time scale is even.
        if (!m_weeks.empty())
            for (Date d = m_weeks.begin()->first; d < m_weeks.rbegin()->first; d += boost::gregorian::days(7))
                m_weeks.try_emplace(d);
        Refresh();
    }

private:
    struct Week {
        int load = 0, capacity = 0, peak = 0, days = 0;
        bool over = false;
    };

    void hover(wxPoint p)
    {
        const int k = static_cast<int>((p.x - kLeft) / std::max(0.5, m_barWidth));
        if (k < 0 || k >= static_cast<int>(m_weeks.size())) {
            UnsetToolTip();
            return;
        }
        auto it = std::next(m_weeks.begin(), k);
        SetToolTip(wxString::Format("Week of %s: %d %% average, peak %d %% on a day%s"_wx, wx(formatIsoDate(it->first)),
                                    it->second.load / std::max(1, it->second.days), it->second.peak,
                                    wx(it->second.over ? " \u2014 over-allocated" : "")));
    }

    void paint()
    {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        const wxSize sz = GetClientSize();
        dc.SetFont(GetFont());
        dc.SetTextForeground(wxColour(60, 60, 60));
        // The title wraps in a narrow pane (at 1024 pixels it ran under the 100 % line).
        const wxString title = m_name.empty() ? "Select a team member to see the load by week"_wx
                                              : wx(m_name) + ": average load per week (red: over-allocated on at least one day)"_wx;
        int y = 4;
        for (const wxString& line : wrapWords(dc, title, std::max(80, sz.x - kLeft - 4))) {
            drawCanvasText(dc, line, kLeft, y);
            y += dc.GetCharHeight();
        }
        if (m_weeks.empty())
            return;
        const int top = y + 12, bottom = sz.y - 22, height = std::max(10, bottom - top);
        int maxPct = 100;
        for (const auto& [monday, w] : m_weeks)
            maxPct = std::max(maxPct, w.peak);
        auto yOf = [&](int pct) { return bottom - height * pct / maxPct; };
        m_barWidth = std::min(24.0, (sz.x - kLeft - 8) / static_cast<double>(m_weeks.size()));
        dc.SetPen(wxPen(wxColour(200, 200, 200)));
        for (int pct = 0; pct <= maxPct; pct += 50) {
            dc.DrawLine(kLeft, yOf(pct), sz.x - 4, yOf(pct));
            drawCanvasText(dc, wxString::Format("%d %%"_wx, pct), 4, yOf(pct) - 8);
        }
        double xf = kLeft;
        int lastLabelX = -1000;
        for (const auto& [monday, w] : m_weeks) {
            const int x = static_cast<int>(xf);
            const int bw = std::max(1, static_cast<int>(xf + m_barWidth) - x);
            const int avg = w.load / std::max(1, w.days);
            const int cap = w.capacity / std::max(1, w.days);
            dc.SetPen(*wxTRANSPARENT_PEN);
            dc.SetBrush(wxBrush(w.over ? wxColour(200, 50, 50) : wxColour(70, 120, 190)));
            dc.DrawRectangle(x + (bw > 3 ? 1 : 0), yOf(avg), std::max(1, bw - (bw > 3 ? 2 : 0)), bottom - yOf(avg));
            if (w.days > 0) {
                dc.SetPen(wxPen(wxColour(30, 30, 30), 1, wxPENSTYLE_SHORT_DASH));
                dc.DrawLine(x, yOf(cap), x + bw, yOf(cap));
            }
            // A label at each month's first week, when there is room since the last one.
            // "Jun 2026", not "Jun 26", which reads as a day.
            if (monday.day() <= 7 && x - lastLabelX >= 66) {
                lastLabelX = x;
                dc.SetTextForeground(wxColour(90, 90, 90));
                drawCanvasText(dc, wxString::Format("%s %d"_wx, wx(present::monthAbbreviation(static_cast<int>(monday.month()))),
                                                   static_cast<int>(monday.year())),
                               x, bottom + 3);
            }
            xf += m_barWidth;
        }
    }

    static constexpr int kLeft = 48;
    std::string m_name;
    std::map<Date, Week> m_weeks;
    double m_barWidth = 8;
};

ResourcesView::ResourcesView(wxWindow* parent, MainFrame& frame, Document& doc)
    : wxPanel(parent, wxID_ANY), m_frame(frame), m_doc(doc)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* add = new wxButton(this, wxID_ANY, "&Add Team Member"_wx);
    auto* remove = new wxButton(this, wxID_ANY, "&Remove"_wx);
    auto* workingTime = new wxButton(this, wxID_ANY, "&Working Time..."_wx);
    workingTime->SetToolTip("The selected person's own calendar: leave and other days off, on a base calendar"_wx);
    bar->Add(add, 0, wxRIGHT, 6);
    bar->Add(remove, 0, wxRIGHT, 6);
    bar->Add(workingTime, 0, wxRIGHT, 12);
    bar->Add(new wxStaticText(this, wxID_ANY, "Units: share of a working day the person gives the project (100 % = full time)."_wx),
             0, wxALIGN_CENTER_VERTICAL);
    top->Add(bar, 0, wxALL, 6);

    m_sheet = new wxGrid(this, wxID_ANY);
    m_sheet->CreateGrid(0, ColCount, wxGrid::wxGridSelectRows);
    const char* labels[] = {"Name", "Role", "Kind", "Max units %", "Calendar", "Tasks", "Work (days)", "Peak load"};
    const int widths[] = {190, 300, 90, 95, 140, 60, 95, 90};
    for (int c = 0; c < ColCount; ++c) {
        m_sheet->SetColLabelValue(c, wx(labels[c]));
        m_sheet->SetColSize(c, widths[c]);
    }
    m_sheet->SetRowLabelSize(36);
    m_sheet->SetDefaultRowSize(24, true);
    top->Add(m_sheet, 1, wxEXPAND | wxLEFT | wxRIGHT, 6);

    auto* lower = new wxBoxSizer(wxHORIZONTAL);
    m_histogram = new LoadHistogram(this);
    lower->Add(m_histogram, 3, wxEXPAND | wxRIGHT, 6);
    auto* box = new wxStaticBoxSizer(wxVERTICAL, this, "Over-allocations"_wx);
    m_over = new wxListCtrl(box->GetStaticBox(), wxID_ANY, wxDefaultPosition, wxSize(-1, 200), wxLC_REPORT | wxLC_SINGLE_SEL);
    m_over->InsertColumn(0, "Who"_wx, wxLIST_FORMAT_LEFT, 120);
    m_over->InsertColumn(1, "From"_wx, wxLIST_FORMAT_LEFT, 90);
    m_over->InsertColumn(2, "To"_wx, wxLIST_FORMAT_LEFT, 90);
    m_over->InsertColumn(3, "Peak"_wx, wxLIST_FORMAT_RIGHT, 60);
    m_over->InsertColumn(4, "Tasks"_wx, wxLIST_FORMAT_LEFT, 300);
    keepColumnsFitted(m_over, 4, 100);
    box->Add(m_over, 1, wxEXPAND);
    lower->Add(box, 2, wxEXPAND);
    top->Add(lower, 0, wxEXPAND | wxALL, 6);
    SetSizer(top);

    m_sheet->Bind(wxEVT_GRID_CELL_CHANGED, &ResourcesView::onCellChanged, this);
    m_sheet->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& e) {
        e.Skip();
        CallAfter([this] { refresh(); });
    });
    m_over->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) {
        const long task = static_cast<long>(e.GetData());
        if (task >= 0 && task < static_cast<long>(m_doc.plan().tasks.size()))
            m_frame.showPlanTask(m_doc.plan().tasks[static_cast<std::size_t>(task)].id);
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addResource(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeResource(); });
    workingTime->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { editWorkingTime(); });
    m_doc.addListener(this);
    fillSheet();
}

ResourcesView::~ResourcesView()
{
    m_doc.removeListener(this);
}

void ResourcesView::planChanged(const ChangeSet&)
{
    // Any edit can move work between days: dates, links, assignments, calendars.
    fillSheet();
}

int ResourcesView::selectedResource() const
{
    const int row = m_sheet->GetGridCursorRow();
    return row >= 0 && row < static_cast<int>(m_doc.plan().resources.size()) ? row : -1;
}

void ResourcesView::fillSheet()
{
    const Plan& plan = m_doc.plan();
    m_load = m_doc.hasSchedule() ? computeResourceLoad(plan, m_doc.schedule()) : ResourceLoadReport{};
    m_filling = true;
    m_sheet->BeginBatch();
    const int want = static_cast<int>(plan.resources.size());
    if (m_sheet->GetNumberRows() > want)
        m_sheet->DeleteRows(want, m_sheet->GetNumberRows() - want);
    else if (m_sheet->GetNumberRows() < want)
        m_sheet->AppendRows(want - m_sheet->GetNumberRows());
    wxArrayString kinds, calendars;
    for (const auto& e : enumEntries<ResourceKind>())
        kinds.Add(wx(std::string(e.label)));
    calendars.Add("(plan calendar)"_wx);
    for (const auto& c : plan.calendars)
        calendars.Add(wx(c.id));
    for (int r = 0; r < want; ++r) {
        const Resource& res = plan.resources[static_cast<std::size_t>(r)];
        m_sheet->SetCellValue(r, ColName, wx(res.name));
        m_sheet->SetCellValue(r, ColRole, wx(res.role));
        m_sheet->SetCellValue(r, ColKind, wx(std::string(enumLabel(res.kind))));
        m_sheet->SetCellEditor(r, ColKind, new wxGridCellChoiceEditor(kinds));
        m_sheet->SetCellValue(r, ColUnits, wxString::Format("%d"_wx, res.maxUnits));
        // A plain text editor: the number editor clamped "200000" to its maximum
        // and dropped a decimal point without a word; onCellChanged checks the text.
        m_sheet->SetCellValue(r, ColCalendar, res.calendar.empty() ? "(plan calendar)"_wx : wx(res.calendar));
        m_sheet->SetCellEditor(r, ColCalendar, new wxGridCellChoiceEditor(calendars));
        const ResourceUsage* u = static_cast<std::size_t>(r) < m_load.resources.size() ? &m_load.resources[static_cast<std::size_t>(r)] : nullptr;
        m_sheet->SetCellValue(r, ColTasks, u ? wxString::Format("%d"_wx, u->assignedTasks) : wxString());
        m_sheet->SetCellValue(r, ColWork, u ? wxString::Format("%.1f"_wx, u->workUnitDays / 100.0) : wxString());
        m_sheet->SetCellValue(r, ColPeak, u ? wxString::Format("%d %%"_wx, u->peakLoad) : wxString());
        const bool over = u && u->peakLoad > res.maxUnits;
        for (int c = ColTasks; c <= ColPeak; ++c) {
            m_sheet->SetReadOnly(r, c);
            m_sheet->SetCellAlignment(r, c, wxALIGN_RIGHT, wxALIGN_CENTRE);
        }
        m_sheet->SetCellAlignment(r, ColUnits, wxALIGN_RIGHT, wxALIGN_CENTRE);
        m_sheet->SetCellTextColour(r, ColPeak, over ? wxColour(192, 40, 40) : *wxBLACK);
    }
    m_sheet->EndBatch();
    m_filling = false;

    m_over->DeleteAllItems();
    long row = 0;
    for (const auto& o : m_load.overAllocations) {
        wxString tasks;
        for (int t : o.tasks)
            tasks += (tasks.empty() ? wxString() : "; "_wx) + wx(plan.tasks[static_cast<std::size_t>(t)].name);
        m_over->InsertItem(row, wx(plan.resources[static_cast<std::size_t>(o.resource)].name));
        m_over->SetItem(row, 1, wx(m_frame.dateFormat().format(o.from)));
        m_over->SetItem(row, 2, wx(m_frame.dateFormat().format(o.to)));
        m_over->SetItem(row, 3, wxString::Format("%d %%"_wx, o.peakLoad));
        m_over->SetItem(row, 4, tasks);
        m_over->SetItemData(row, o.tasks.empty() ? -1 : o.tasks.front());
        ++row;
    }
    refresh();
}

void ResourcesView::refresh()
{
    const int r = selectedResource();
    const Plan& plan = m_doc.plan();
    if (r < 0 || static_cast<std::size_t>(r) >= m_load.resources.size())
        m_histogram->set("", nullptr);
    else
        m_histogram->set(plan.resources[static_cast<std::size_t>(r)].name, &m_load.resources[static_cast<std::size_t>(r)]);
}

void ResourcesView::onCellChanged(wxGridEvent& e)
{
    if (m_filling)
        return;
    const int r = e.GetRow();
    const Plan& plan = m_doc.plan();
    if (r < 0 || r >= static_cast<int>(plan.resources.size()))
        return;
    std::vector<Resource> after = plan.resources;
    Resource& res = after[static_cast<std::size_t>(r)];
    const wxString v = m_sheet->GetCellValue(r, e.GetCol()).Strip(wxString::both);
    switch (e.GetCol()) {
    case ColName:
        if (v.empty()) {
            CallAfter([this] { fillSheet(); });
            return;
        }
        res.name = utf8(v);
        break;
    case ColRole: res.role = utf8(v); break;
    case ColKind:
        for (const auto& k : enumEntries<ResourceKind>())
            if (wx(std::string(k.label)) == v)
                res.kind = k.value;
        break;
    case ColUnits: {
        auto units = present::readWholeNumber(utf8(v), limits::kResourceUnits, "Units", "%");
        if (!units) {
            // Refused as typed, then the sheet shows the plan's value again.
            CallAfter([this, why = units.error()] {
                m_frame.runEdit(unexpected(why));
                fillSheet();
            });
            return;
        }
        res.maxUnits = *units;
        break;
    }
    case ColCalendar: res.calendar = v == "(plan calendar)"_wx ? std::string() : utf8(v); break;
    default: return;
    }
    const std::string label = "Edit " + res.name;
    // The grid already shows the typed value; refill from the model after the command.
    CallAfter([this, after = std::move(after), label] {
        if (!m_frame.runEdit(setResources(m_doc.plan(), after, label)))
            fillSheet();
    });
}

void ResourcesView::addResource()
{
    std::vector<Resource> after = m_doc.plan().resources;
    Resource res;
    int n = static_cast<int>(after.size()) + 1;
    auto taken = [&](const std::string& id) {
        for (const auto& r : after)
            if (r.id == id)
                return true;
        return false;
    };
    while (taken("person-" + std::to_string(n)))
        ++n;
    res.id = "person-" + std::to_string(n);
    res.name = "New team member " + std::to_string(n);
    after.push_back(res);
    if (m_frame.runEdit(setResources(m_doc.plan(), after, "Add Team Member"))) {
        m_sheet->SetGridCursor(static_cast<int>(after.size()) - 1, ColName);
        m_sheet->EnableCellEditControl();
    }
}

void ResourcesView::editWorkingTime()
{
    const int r = selectedResource();
    if (r < 0) {
        m_frame.prompts().showError("Working Time", "Select a team member first: their own calendar opens.");
        return;
    }
    const std::string id = m_doc.plan().resources[static_cast<std::size_t>(r)].id;
    m_frame.changeWorkingTime(id);
    // The sheet was refilled by the edit; the same person stays selected.
    const int row = [&] {
        const auto& res = m_doc.plan().resources;
        for (std::size_t k = 0; k < res.size(); ++k)
            if (res[k].id == id)
                return static_cast<int>(k);
        return -1;
    }();
    if (row >= 0)
        m_sheet->SetGridCursor(row, ColName);
}

void ResourcesView::removeResource()
{
    const int r = selectedResource();
    if (r < 0)
        return;
    const Plan& plan = m_doc.plan();
    const Resource& res = plan.resources[static_cast<std::size_t>(r)];
    for (const auto& t : plan.tasks)
        for (const auto& a : t.assignments)
            if (a.resource == res.id) {
                m_frame.runEdit(unexpected("\u201c" + res.name + "\u201d still works on \u201c" + t.name +
                                           "\u201d and maybe other tasks; reassign that work first."));
                return;
            }
    // Other registers name owners too; a dangling owner would make the saved file fail to load.
    auto refuse = [&](const std::string& what) {
        m_frame.runEdit(unexpected("\u201c" + res.name + "\u201d still owns " + what + "; choose another owner first."));
    };
    for (const auto& c : plan.checklists)
        for (const auto& item : c.items)
            if (item.owner == res.id)
                return refuse("clause " + item.clause);
    for (const auto& nc : plan.nonconformities)
        if (nc.owner == res.id)
            return refuse("nonconformity " + nc.id);
    for (const auto& d : plan.documents)
        if (d.owner == res.id)
            return refuse("document \u201c" + d.title + "\u201d");
    std::vector<Resource> after = plan.resources;
    after.erase(after.begin() + r);
    m_frame.runEdit(setResources(plan, after, "Remove " + res.name));
}

} // namespace certplan::gui
