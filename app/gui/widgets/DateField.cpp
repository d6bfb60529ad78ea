// SPDX-License-Identifier: MIT
#include "widgets/DateField.h"

#include "WxConvert.h"
#include "core/FieldLimits.h"
#include "presenters/fields/FieldText.h"
#include "widgets/FieldLook.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/calctrl.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace certplan::gui {

namespace {

// A month calendar in a small dialog: double-click or OK takes the day. A
// dialog rather than a popup so keyboard users and window-manager-less
// sessions (tests, Xvfb) get it the same way.
class CalendarDialog : public wxDialog {
public:
    CalendarDialog(wxWindow* parent, const wxString& title, Date initial, bool allowNone)
        : wxDialog(parent, wxID_ANY, title)
    {
        m_calendar = new wxCalendarCtrl(this, wxID_ANY, toWx(initial), wxDefaultPosition, wxDefaultSize,
                                        wxCAL_MONDAY_FIRST | wxCAL_SHOW_HOLIDAYS | wxCAL_SHOW_SURROUNDING_WEEKS);
        m_calendar->SetDateRange(toWx(limits::firstDate()), toWx(limits::lastDate()));
        m_calendar->Bind(wxEVT_CALENDAR_DOUBLECLICKED, [this](wxCalendarEvent&) { EndModal(wxID_OK); });
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        auto* today = new wxButton(this, wxID_ANY, "&Today"_wx);
        today->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
            m_calendar->SetDate(toWx(boost::gregorian::day_clock::local_day()));
        });
        buttons->Add(today, 0, wxRIGHT, 6);
        if (allowNone) {
            auto* none = new wxButton(this, wxID_ANY, "&No Date"_wx);
            none->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_DELETE); });
            buttons->Add(none, 0, wxRIGHT, 6);
        }
        buttons->AddStretchSpacer();
        buttons->Add(new wxButton(this, wxID_CANCEL, "Cancel"_wx), 0, wxRIGHT, 6);
        auto* ok = new wxButton(this, wxID_OK, "OK"_wx);
        ok->SetDefault();
        buttons->Add(ok);
        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(m_calendar, 1, wxEXPAND | wxALL, 10);
        top->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
        SetSizerAndFit(top);
        CentreOnParent();
    }
    Date date() const { return fromWx(m_calendar->GetDate()).value_or(limits::firstDate()); }

private:
    wxCalendarCtrl* m_calendar = nullptr;
};

} // namespace

DateField::DateField(wxWindow* parent, const OptDate& value, const present::DateFormat& format, std::string field,
                     bool optional)
    : wxPanel(parent, wxID_ANY), m_format(format), m_field(std::move(field)), m_optional(optional)
{
    m_text = new wxTextCtrl(this, wxID_ANY, wx(m_format.format(value)), wxDefaultPosition, wxSize(130, -1));
    const std::string example = m_format.format(Date(2027, 3, 15));
    m_text->SetHint(wx(m_optional ? "none (e.g. " + example + ")" : "e.g. " + example));
    m_pick = new wxButton(this, wxID_ANY, "\u2026"_wx, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_pick->SetToolTip(wx("Pick " + m_field + " from a calendar"));
    // GTK's exact-fit button left the "…" a few pixels wide: give it a finger's width.
    m_pick->SetMinSize(wxSize(std::max(32, m_pick->GetBestSize().x), -1));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(m_text, 1, wxALIGN_CENTER_VERTICAL);
    row->Add(m_pick, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 2);
    SetSizerAndFit(row);
    SetToolTip(wx("Type a date like " + example + (example == "2027-03-15" ? "" : " or 2027-03-15") + ", from " +
                  m_format.format(limits::firstDate()) + " to " + m_format.format(limits::lastDate()) +
                  (m_optional ? "; leave it empty for none" : "")));
    m_text->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { markValidity(); });
    m_pick->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pickFromCalendar(); });
}

Result<OptDate, std::string> DateField::value() const
{
    return present::readDate(utf8(m_text->GetValue()), m_format, m_field, m_optional);
}

void DateField::setValue(const OptDate& d)
{
    m_text->ChangeValue(wx(m_format.format(d)));
    markValidity();
}

void DateField::SetFocus()
{
    m_text->SetFocus();
}

void DateField::pickFromCalendar()
{
    // Start on the typed date when there is one, else on today (inside the range).
    const auto typed = value();
    Date start = typed && *typed ? **typed : boost::gregorian::day_clock::local_day();
    if (!limits::inDateRange(start))
        start = limits::firstDate();
    CalendarDialog dlg(this, wx("Pick " + m_field), start, m_optional);
    const int answer = dlg.ShowModal();
    if (answer == wxID_OK)
        setValue(dlg.date());
    else if (answer == wxID_DELETE)
        setValue(std::nullopt);
    m_text->SetFocus();
}

void DateField::markValidity()
{
    const auto v = value();
    markEntry(m_text, v.ok(), v ? std::string() : v.error());
}

} // namespace certplan::gui
