// SPDX-License-Identifier: MIT
#include "dialogs/WorkingTimeDialog.h"

#include "WxConvert.h"
#include "calendar/CalendarSet.h"
#include "presenters/HolidayLines.h"
#include "widgets/FieldProblem.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace certplan::gui {

namespace {

std::string calendarLabel(const Calendar& c)
{
    return c.name.empty() || c.name == c.id ? c.id : c.name;
}

} // namespace

WorkingTimeDialog::WorkingTimeDialog(wxWindow* parent, const Plan& plan, const present::DateFormat& dates,
                                     const std::string& resourceId)
    : wxDialog(parent, wxID_ANY, "Change Working Time"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_plan(plan), m_dates(dates), m_resourceId(resourceId), m_work(workingTimeOf(plan))
{
    if (!m_resourceId.empty() && !plan.findResource(m_resourceId))
        m_resourceId.clear();
    // A plan without calendars works Monday to Friday; editing it makes that calendar real.
    if (m_work.calendars.empty() && m_resourceId.empty()) {
        Calendar c;
        c.id = "standard";
        c.name = "Standard";
        c.week = WeekMask{};
        m_work.calendars.push_back(c);
        m_work.planCalendar = c.id;
        m_madeCalendar = true;
        m_made = c;
    }
    std::string planCalendarId;
    if (const Calendar* def = plan.defaultCalendar())
        planCalendarId = def->id;
    else if (!m_work.calendars.empty())
        planCalendarId = m_work.calendars.front().id;

    Resource* res = nullptr;
    for (Resource& r : m_work.resources)
        if (!m_resourceId.empty() && r.id == m_resourceId)
            res = &r;
    if (res) {
        SetTitle("Change Working Time: "_wx + wx(res->name));
        m_resourceCalendarBefore = res->calendar;
        if (const Calendar* own = personalCalendarOf(plan, *res)) {
            for (std::size_t k = 0; k < m_work.calendars.size(); ++k)
                if (m_work.calendars[k].id == own->id)
                    m_current = k;
        } else {
            Calendar c;
            c.id = newCalendarId(m_work.calendars, "cal-" + res->id);
            c.name = res->name;
            c.base = res->calendar.empty() ? planCalendarId : res->calendar;
            m_work.calendars.push_back(c);
            m_current = m_work.calendars.size() - 1;
            res->calendar = c.id;
            m_madeCalendar = true;
            m_made = c;
        }
    } else {
        for (std::size_t k = 0; k < m_work.calendars.size(); ++k)
            if (m_work.calendars[k].id == planCalendarId)
                m_current = k;
    }

    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* g = new wxFlexGridSizer(2, 8, 12);
    g->AddGrowableCol(1);
    if (!res) {
        m_calendar = new wxChoice(this, wxID_ANY);
        for (std::size_t k = 0; k < m_work.calendars.size(); ++k) {
            const Calendar& c = m_work.calendars[k];
            m_calendar->Append(wx(calendarLabel(c) + (c.id == planCalendarId ? " (plan calendar)" : "")));
            m_choiceCalendars.push_back(k);
        }
        g->Add(new wxStaticText(this, wxID_ANY, "&For calendar:"_wx), 0, wxALIGN_CENTER_VERTICAL);
        g->Add(m_calendar, 1, wxEXPAND);
    } else {
        g->Add(new wxStaticText(this, wxID_ANY, "Resource:"_wx), 0, wxALIGN_CENTER_VERTICAL);
        g->Add(new wxStaticText(this, wxID_ANY, wx(res->name + (res->role.empty() ? "" : " (" + res->role + ")"))), 1,
               wxEXPAND);
    }
    m_base = new wxChoice(this, wxID_ANY);
    g->Add(new wxStaticText(this, wxID_ANY, "&Base calendar:"_wx), 0, wxALIGN_CENTER_VERTICAL);
    g->Add(m_base, 1, wxEXPAND);
    top->Add(g, 0, wxEXPAND | wxALL, 12);

    m_ownWeek = new wxCheckBox(this, wxID_ANY, "Its own &working week (otherwise the base calendar's, or Monday to Friday):"_wx);
    top->Add(m_ownWeek, 0, wxLEFT | wxRIGHT, 12);
    auto* days = new wxBoxSizer(wxHORIZONTAL);
    const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int i = 0; i < 7; ++i) {
        m_days[i] = new wxCheckBox(this, wxID_ANY, wx(names[i]));
        days->Add(m_days[i], 0, wxRIGHT, 10);
    }
    top->Add(days, 0, wxALL, 12);

    top->Add(new wxStaticText(this, wxID_ANY, res ? "&Leave and other days off (the base calendar's holidays apply too):"_wx
                                                  : "&Holidays and exceptions:"_wx),
             0, wxLEFT | wxRIGHT, 12);
    m_list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(560, 130), wxLC_REPORT);
    m_list->AppendColumn("From"_wx, wxLIST_FORMAT_LEFT, 110);
    m_list->AppendColumn("To"_wx, wxLIST_FORMAT_LEFT, 110);
    m_list->AppendColumn("Name"_wx, wxLIST_FORMAT_LEFT, 230);
    m_list->AppendColumn("Kind"_wx, wxLIST_FORMAT_LEFT, 100);
    top->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    auto* remove = new wxButton(this, wxID_ANY, "&Remove Selected"_wx);
    top->Add(remove, 0, wxLEFT | wxTOP, 12);

    const std::string example = m_dates.format(Date(2027, 12, 24)) + ".." + m_dates.format(Date(2027, 12, 31));
    m_note = new wxStaticText(this, wxID_ANY,
                              wx("A&dd days off (or extra working days), one per line: a date or a range, then a name (e.g. \u201c" + example +
                                 " Christmas shutdown\u201d):"));
    m_note->Wrap(600);
    top->Add(m_note, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    auto* addRow = new wxBoxSizer(wxHORIZONTAL);
    m_add = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(-1, 50), wxTE_MULTILINE);
    auto* add = new wxButton(this, wxID_ANY, "&Add"_wx);
    // MS Project's "working times" exception: a Saturday worked before an audit.
    m_addWorking = new wxCheckBox(this, wxID_ANY, "as &extra working days"_wx);
    auto* addButtons = new wxBoxSizer(wxVERTICAL);
    addButtons->Add(add, 0, wxEXPAND | wxBOTTOM, 4);
    addButtons->Add(m_addWorking, 0);
    addRow->Add(m_add, 1, wxEXPAND | wxRIGHT, 8);
    addRow->Add(addButtons, 0, wxALIGN_TOP);
    top->Add(addRow, 0, wxEXPAND | wxALL, 12);

    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(top);
    SetSize(wxSize(std::max(GetSize().x, 620), GetSize().y));

    if (m_calendar)
        m_calendar->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) { chooseCalendar(e.GetSelection()); });
    m_base->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        store();
        updateWeekControls();
    });
    m_ownWeek->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        store();
        updateWeekControls();
    });
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addTypedLines(); });
    remove->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { removeSelected(); });
    show();
}

const std::string& WorkingTimeDialog::problem() const
{
    return m_problem->sentence();
}

Calendar WorkingTimeDialog::editedCalendar() const
{
    Calendar c = m_work.calendars[m_current];
    const int b = m_base->GetSelection();
    c.base = b > 0 && static_cast<std::size_t>(b) < m_baseIds.size() ? m_baseIds[static_cast<std::size_t>(b)] : std::string();
    if (m_ownWeek->GetValue()) {
        WeekMask w{0};
        for (int i = 0; i < 7; ++i)
            if (m_days[i]->GetValue())
                w.bits = static_cast<std::uint8_t>(w.bits | (1U << i));
        c.week = w;
    } else {
        c.week.reset();
    }
    return c;
}

void WorkingTimeDialog::store()
{
    m_work.calendars[m_current] = editedCalendar();
}

void WorkingTimeDialog::chooseCalendar(int choiceIndex)
{
    if (!m_calendar || choiceIndex < 0 || static_cast<std::size_t>(choiceIndex) >= m_choiceCalendars.size())
        return;
    store();
    m_calendar->SetSelection(choiceIndex);
    m_current = m_choiceCalendars[static_cast<std::size_t>(choiceIndex)];
    show();
}

void WorkingTimeDialog::show()
{
    const Calendar& c = m_work.calendars[m_current];
    if (m_calendar)
        for (std::size_t k = 0; k < m_choiceCalendars.size(); ++k)
            if (m_choiceCalendars[k] == m_current)
                m_calendar->SetSelection(static_cast<int>(k));
    m_base->Clear();
    m_baseIds.clear();
    m_base->Append("(none: Monday to Friday, no holidays)"_wx);
    m_baseIds.push_back({});
    for (const Calendar& other : m_work.calendars) {
        if (other.id == c.id)
            continue;
        m_base->Append(wx(calendarLabel(other)));
        m_baseIds.push_back(other.id);
    }
    m_base->SetSelection(0);
    for (std::size_t k = 0; k < m_baseIds.size(); ++k)
        if (!c.base.empty() && m_baseIds[k] == c.base)
            m_base->SetSelection(static_cast<int>(k));
    m_ownWeek->SetValue(c.week.has_value());
    updateWeekControls();
    fillExceptions();
}

void WorkingTimeDialog::updateWeekControls()
{
    // From the calendar as stored (store() first): the boxes show its own week,
    // or the week it inherits, greyed.
    const Calendar& c = m_work.calendars[m_current];
    WeekMask week;
    if (c.week) {
        week = *c.week;
    } else {
        Plan scratch;
        scratch.calendars = m_work.calendars;
        week = resolveCalendar(scratch, c).week;
    }
    for (int i = 0; i < 7; ++i) {
        m_days[i]->SetValue(week.works(i));
        m_days[i]->Enable(m_ownWeek->GetValue());
    }
}

void WorkingTimeDialog::fillExceptions()
{
    m_list->DeleteAllItems();
    const auto& ex = m_work.calendars[m_current].exceptions;
    for (std::size_t k = 0; k < ex.size(); ++k) {
        const long at = m_list->InsertItem(static_cast<long>(k), wx(m_dates.format(ex[k].from)));
        m_list->SetItem(at, 1, wx(m_dates.format(ex[k].to)));
        m_list->SetItem(at, 2, ex[k].name.empty() ? "(no name)"_wx : wx(ex[k].name));
        m_list->SetItem(at, 3, ex[k].working ? "Working"_wx : "Non-working"_wx);
    }
}

bool WorkingTimeDialog::addTypedLines()
{
    m_problem->clear();
    auto lines = present::parseHolidayLines(utf8(m_add->GetValue()), m_dates);
    if (!lines)
        return m_problem->show(m_add, "Days off: " + lines.error() + ".");
    store();
    auto& ex = m_work.calendars[m_current].exceptions;
    for (auto& e : *lines) {
        e.working = m_addWorking->GetValue();
        ex.push_back(std::move(e));
    }
    // In date order, as MS Project lists exceptions; equal dates keep their order.
    std::stable_sort(ex.begin(), ex.end(), [](const CalendarException& a, const CalendarException& b) { return a.from < b.from; });
    m_add->Clear();
    fillExceptions();
    return true;
}

void WorkingTimeDialog::removeSelected()
{
    store();
    auto& ex = m_work.calendars[m_current].exceptions;
    for (long row = m_list->GetItemCount() - 1; row >= 0; --row)
        if (m_list->GetItemState(row, wxLIST_STATE_SELECTED) && static_cast<std::size_t>(row) < ex.size())
            ex.erase(ex.begin() + row);
    fillExceptions();
}

WorkingTime WorkingTimeDialog::current() const
{
    WorkingTime w = m_work;
    w.calendars[m_current] = editedCalendar();
    // A calendar made only to be edited, and left as made, is not added.
    if (m_madeCalendar && w.calendars[m_current] == m_made) {
        w.calendars.erase(w.calendars.begin() + static_cast<std::ptrdiff_t>(m_current));
        if (m_resourceId.empty()) {
            w.planCalendar = m_plan.info.calendar;
        } else {
            for (Resource& r : w.resources)
                if (r.id == m_resourceId)
                    r.calendar = m_resourceCalendarBefore;
        }
    }
    return w;
}

bool WorkingTimeDialog::TransferDataFromWindow()
{
    m_problem->clear();
    // Lines typed but not yet added count: OK means "as I typed it".
    if (!m_add->GetValue().Strip(wxString::both).empty() && !addTypedLines())
        return false;
    store();
    auto cmd = command();
    if (!cmd && cmd.error() != "nothing to change")
        return m_problem->show(nullptr, "This change is not possible: " + cmd.error() + ".");
    return true;
}

CommandResult WorkingTimeDialog::command() const
{
    std::string label = "Change Working Time";
    for (const Resource& r : m_plan.resources)
        if (r.id == m_resourceId)
            label += " of " + r.name;
    return changeWorkingTime(m_plan, current(), label);
}

} // namespace certplan::gui
