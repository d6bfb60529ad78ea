// SPDX-License-Identifier: MIT
#pragma once
// Project-wide edits the Project menu makes: the plan's own information
// (Project > Project Information) and its calendars (Project > Change Working
// Time, and a resource's own calendar from the Resources tab). Each builder
// checks the new values with the loader's rules (core/FieldLimits.h,
// io/ReadValidation.cpp), so a plan they accept saves to a file that loads;
// a refusal is one sentence saying what to change.

#include "commands/TaskEdits.h"

#include <string>
#include <vector>

namespace certplan {

// Replaces PlanInfo in one "Project Information" command. Refused: an empty
// title, a date outside 1950-01-01..2249-12-31, backward planning without a
// target date, a target task or plan calendar the plan does not have.
// Unchanged values give the error "nothing to change".
CommandResult editPlanInfo(const Plan& plan, PlanInfo after);

// Everything Change Working Time edits: the calendars, which one is the plan
// calendar (PlanInfo::calendar) and the resources (whose `calendar` may point
// at a new personal calendar).
struct WorkingTime {
    std::vector<Calendar> calendars;
    std::string planCalendar;
    std::vector<Resource> resources;
    bool operator==(const WorkingTime&) const = default;
};
WorkingTime workingTimeOf(const Plan& plan);

// One undoable command that replaces the plan's working time. Refused: a
// calendar without an id or with a repeated id, a base calendar that does not
// exist or loops back, a calendar whose own week has no working day, an
// exception that ends before it starts or lies outside the date range, a
// reference (plan or resource) to a calendar that does not exist.
CommandResult changeWorkingTime(const Plan& plan, WorkingTime after, std::string label = "Change Working Time");

// The calendar that holds a resource's own non-working days (leave): its
// current calendar when that one is personal (based on another calendar, and
// used by no other resource), otherwise nullptr: a new one must be made.
const Calendar* personalCalendarOf(const Plan& plan, const Resource& r);
// An id for a new calendar, unused in `calendars` ("cal-<resource id>", "-2"...).
std::string newCalendarId(const std::vector<Calendar>& calendars, const std::string& stem);

} // namespace certplan
