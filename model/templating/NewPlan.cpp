// SPDX-License-Identifier: MIT
#include "templating/NewPlan.h"

namespace certplan {

Result<Plan, std::string> instantiateTemplate(Plan plan, const NewPlanOptions& o)
{
    if (o.start && o.target)
        return unexpected(std::string("give either a start date or a target date, not both"));
    if (o.organization.empty())
        return unexpected(std::string("the organization's name is required"));

    plan.templateInfo.reset();
    PlanInfo& info = plan.info;
    info.organization = o.organization;
    info.title = !o.title.empty() ? o.title
                                  : (info.standard.empty() ? std::string("Certification") : info.standard + " certification") +
                                        ": " + o.organization;
    if (!o.scope.empty())
        info.scope = o.scope;
    if (!o.certificationBody.empty())
        info.certificationBody = o.certificationBody;
    info.size = o.size;
    if (o.target) {
        info.direction = PlanningDirection::Backward;
        info.target = o.target;
        info.start = *o.target; // replaced by the computed start when scheduled
    } else {
        info.direction = PlanningDirection::Forward;
        info.target.reset();
        if (o.start)
            info.start = *o.start;
    }

    for (auto& t : plan.tasks) {
        if (t.sizing) {
            t.durationDays = t.sizing->forSize(o.size);
            t.sizing.reset();
        }
    }

    if (!o.holidays.empty() || o.workingWeek) {
        if (plan.calendars.empty()) {
            plan.calendars.push_back(Calendar{"standard", "Standard", {}, WeekMask{}, {}});
            info.calendar = "standard";
        }
        Calendar* cal = nullptr;
        for (auto& c : plan.calendars)
            if (c.id == info.calendar)
                cal = &c;
        if (!cal)
            cal = &plan.calendars.front();
        if (o.workingWeek)
            cal->week = o.workingWeek;
        cal->exceptions.insert(cal->exceptions.end(), o.holidays.begin(), o.holidays.end());
    }

    for (const auto& m : o.team) {
        bool found = false;
        for (auto& r : plan.resources) {
            if (r.id == m.role) {
                if (!m.name.empty())
                    r.name = m.name;
                if (!m.email.empty())
                    r.email = m.email;
                if (r.kind == ResourceKind::Role)
                    r.kind = ResourceKind::Person;
                found = true;
            }
        }
        if (!found)
            return unexpected("the template has no role '" + m.role + "' to assign " + m.name + " to");
    }

    for (auto& c : plan.certificates) {
        if (!o.certificationBody.empty())
            c.certificationBody = o.certificationBody;
        if (!o.scope.empty())
            c.scope = o.scope;
    }
    return plan;
}

} // namespace certplan
