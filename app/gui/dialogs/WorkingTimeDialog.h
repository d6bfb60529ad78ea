// SPDX-License-Identifier: MIT
#pragma once
// Project > Change Working Time, as MS Project's: choose a calendar, its base
// calendar and working weekdays, and list, add and remove its holidays and
// shutdowns (or extra working days). Opened from the Resources tab for one resource, the same dialog
// edits that person's own calendar (their leave), layered on a base calendar;
// the calendar is made on OK when the resource has none of its own yet.
// New days are typed as lines in the Date format preference and read by
// present::parseHolidayLines, which refuses a line it cannot read. OK makes
// one undoable command (commands/ProjectEdits.h).

#include "commands/ProjectEdits.h"
#include "presenters/DateFormat.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxListCtrl;
class wxTextCtrl;
class wxStaticText;

namespace certplan::gui {

class FieldProblem;

class WorkingTimeDialog : public wxDialog {
public:
    // resourceId empty: the plan's calendars. Otherwise that resource's own calendar.
    WorkingTimeDialog(wxWindow* parent, const Plan& plan, const present::DateFormat& dates,
                      const std::string& resourceId = {});
    // The edit (or why not; "nothing to change" when the working time is as it was).
    CommandResult command() const;

    // The controls and the buttons' actions, for tests.
    wxChoice* calendarCtrl() const { return m_calendar; } // null for a resource
    wxChoice* baseCtrl() const { return m_base; }
    wxCheckBox* ownWeekCtrl() const { return m_ownWeek; }
    wxCheckBox* dayCtrl(int isoWeekday0) const { return m_days[isoWeekday0]; }
    wxTextCtrl* addCtrl() const { return m_add; }
    wxCheckBox* addWorkingCtrl() const { return m_addWorking; } // lines added as extra working days
    wxListCtrl* exceptionsCtrl() const { return m_list; }
    bool addTypedLines();      // the Add button: false (with the problem shown) for an unreadable line
    void removeSelected();     // the Remove button
    void chooseCalendar(int choiceIndex);
    const std::string& problem() const;
    // The calendar being edited, as the controls have it now.
    Calendar editedCalendar() const;

private:
    bool TransferDataFromWindow() override;
    WorkingTime current() const;
    void store();
    void show();
    void fillExceptions();
    void updateWeekControls();

    const Plan& m_plan;
    present::DateFormat m_dates;
    std::string m_resourceId;
    WorkingTime m_work;
    std::size_t m_current = 0;          // index into m_work.calendars
    bool m_madeCalendar = false;        // the edited calendar is new (dropped on OK if left as made)
    Calendar m_made;                    // the calendar as made, to see whether it was left so
    std::string m_resourceCalendarBefore;
    std::vector<std::size_t> m_choiceCalendars; // m_calendar's entries
    std::vector<std::string> m_baseIds;         // m_base's entries ("" first: none)
    wxChoice* m_calendar = nullptr;
    wxChoice* m_base = nullptr;
    wxCheckBox* m_ownWeek = nullptr;
    wxCheckBox* m_days[7] = {};
    wxListCtrl* m_list = nullptr;
    wxTextCtrl* m_add = nullptr;
    wxCheckBox* m_addWorking = nullptr;
    wxStaticText* m_note = nullptr;
    FieldProblem* m_problem = nullptr;
};

} // namespace certplan::gui
