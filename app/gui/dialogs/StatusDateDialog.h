// SPDX-License-Identifier: MIT
#pragma once
// Project > Status Date: the date progress is reported up to. Typed in the
// date-format preference (or picked from the calendar), with quick choices
// (presenters/StatusDateChoices.h); an empty field clears it. The caller runs
// setStatusDate (commands/StatusDate.h) with date().

#include "calendar/WorkCalendar.h"
#include "core/Date.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

namespace certplan::gui {

class DateField;
class FieldProblem;

class StatusDateDialog : public wxDialog {
public:
    // current: the plan's status date; calendar: the plan calendar (for the week's end).
    StatusDateDialog(wxWindow* parent, OptDate current, const WorkCalendar& calendar, const present::DateFormat& dates);
    // Valid after OK: the date chosen, std::nullopt for none.
    OptDate date() const { return m_date; }
    DateField* field() const { return m_field; }
    FieldProblem* problem() const { return m_problem; }

    // The quick choices, as their buttons do: into the field.
    void chooseToday();
    void chooseWeekEnd();  // the week's end of the date in the field (or of today)
    void chooseNextWeek(); // the week's end of the week after the field's date (or today's)

    bool TransferDataFromWindow() override;

private:
    Date fieldDateOrToday() const;

    const WorkCalendar& m_calendar;
    DateField* m_field = nullptr;
    FieldProblem* m_problem = nullptr;
    OptDate m_date;
};

} // namespace certplan::gui
