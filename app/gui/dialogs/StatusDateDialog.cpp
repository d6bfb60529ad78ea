// SPDX-License-Identifier: MIT
#include "dialogs/StatusDateDialog.h"

#include "WxConvert.h"
#include "core/FieldLimits.h"
#include "presenters/StatusDateChoices.h"
#include "widgets/DateField.h"
#include "widgets/FieldProblem.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace certplan::gui {

StatusDateDialog::StatusDateDialog(wxWindow* parent, OptDate current, const WorkCalendar& calendar,
                                   const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Status Date"_wx), m_calendar(calendar), m_date(current)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* intro = new wxStaticText(
        this, wxID_ANY,
        wx("Progress is reported up to the status date: work not done by then is scheduled after it, and "
           "the dashboard judges what is late on it. Leave it empty to judge on today's date."));
    intro->Wrap(FromDIP(420));
    top->Add(intro, 0, wxALL, 10);

    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, "Status &date"_wx), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    m_field = new DateField(this, current, dates, "the status date", true);
    row->Add(m_field, 1, wxEXPAND);
    top->Add(row, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);

    auto* quick = new wxBoxSizer(wxHORIZONTAL);
    auto addQuick = [&](const wxString& label, const wxString& tip, void (StatusDateDialog::*choose)()) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [this, choose](wxCommandEvent&) { (this->*choose)(); });
        quick->Add(b, 0, wxRIGHT, 6);
    };
    addQuick("&Today"_wx, "Today's date"_wx, &StatusDateDialog::chooseToday);
    addQuick("Week's &End"_wx, "The last working day of the week of the date in the field"_wx,
             &StatusDateDialog::chooseWeekEnd);
    // Named for what it gives: the next week's end (from a Monday, 11 days on), not 7 days.
    addQuick("&Next Week's End"_wx, "The week's end of the week after the date in the field"_wx,
             &StatusDateDialog::chooseNextWeek);
    top->Add(quick, 0, wxALL, 10);

    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(top);
    CentreOnParent();
    m_field->SetFocus();
}

Date StatusDateDialog::fieldDateOrToday() const
{
    const auto typed = m_field->value();
    if (typed && *typed)
        return **typed;
    return boost::gregorian::day_clock::local_day();
}

void StatusDateDialog::chooseToday()
{
    m_field->setValue(boost::gregorian::day_clock::local_day());
}

void StatusDateDialog::chooseWeekEnd()
{
    m_field->setValue(present::weekEnd(m_calendar, fieldDateOrToday()));
}

void StatusDateDialog::chooseNextWeek()
{
    const Date next = present::nextWeekEnd(m_calendar, fieldDateOrToday());
    if (!limits::inDateRange(next)) {
        m_problem->show(m_field, "the status date must be " + limits::dateRangeText());
        return;
    }
    m_field->setValue(next);
}

bool StatusDateDialog::TransferDataFromWindow()
{
    m_problem->clear();
    const auto typed = m_field->value();
    if (!typed)
        return m_problem->show(m_field, typed.error());
    m_date = *typed;
    return true;
}

} // namespace certplan::gui
