// SPDX-License-Identifier: MIT
#pragma once
// Making a plan from a template: the organization's name, scope, size,
// calendar and team go in; durations are picked for the size; planning runs
// forward from a start date or backward from a target date.

#include "core/Plan.h"
#include "util/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

struct TeamMember {
    std::string role;  // resource id in the template ("pm", "sms-manager") ...
    std::string name;  // ... and who fills it
    std::string email;
};

struct NewPlanOptions {
    std::string organization;
    std::string title;               // empty: "<standard> certification: <organization>"
    std::string scope;
    std::string certificationBody;
    OrganizationSize size = OrganizationSize::Medium;
    OptDate start;                   // forward planning
    OptDate target;                  // backward planning: the target task lands on it
    std::vector<CalendarException> holidays; // added to the plan calendar
    std::optional<WeekMask> workingWeek;
    std::vector<TeamMember> team;
};

Result<Plan, std::string> instantiateTemplate(Plan tmpl, const NewPlanOptions& options);

} // namespace certplan
