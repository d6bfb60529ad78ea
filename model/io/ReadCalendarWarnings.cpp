// SPDX-License-Identifier: MIT
// Load warnings about calendars that read fine but cannot mean what they say.
#include "calendar/OffPlanDays.h"
#include "io/ReadState.h"

#include <unordered_map>

namespace certplan::io {

void warnResourceDaysOffPlan(ReadState& st)
{
    if (st.plan.resources.empty())
        return;
    const CalendarSet calendars(st.plan);
    const auto found = resourceDaysOffPlan(st.plan, calendars);
    if (found.empty())
        return;
    std::unordered_map<std::string_view, std::size_t> resourceAt;
    for (std::size_t i = 0; i < st.plan.resources.size(); ++i)
        resourceAt.emplace(st.plan.resources[i].id, i);
    const Calendar* planCal = st.plan.defaultCalendar();
    const std::string planName = planCal ? "'" + planCal->id + "'" : "(Monday to Friday)";
    for (const CalendarDaysOffPlan& c : found) {
        std::string who;
        for (std::size_t k = 0; k < c.resources.size() && k < 3; ++k)
            who += (k ? ", '" : "'") + c.resources[k] + "'";
        if (c.resources.size() > 3)
            who += " and " + std::to_string(c.resources.size() - 3) + " more";
        const std::string days = c.count == 1 ? "that day" : "these " + std::to_string(c.count) + " days";
        std::string msg = "calendar '" + c.calendarId + "' of resource" + (c.resources.size() > 1 ? "s " : " ") + who +
                          " works on " + formatIsoDate(c.first) +
                          (c.count == 2 ? std::string(" and 1 more day")
                           : c.count > 2 ? " and " + std::to_string(c.count - 1) + " more days" : std::string()) +
                          " when the plan calendar " + planName +
                          " does not; tasks are scheduled on plan working days only, so " + days +
                          " cannot be used (the schedule names each task concerned)";
        const pugi::xml_node& node = st.resourceNodes[resourceAt.at(c.resources.front())];
        st.ctx.warn(LoadIssue::Code::InvalidValue, st.ctx.positionOf(node.attribute("calendar")), std::move(msg));
    }
}

} // namespace certplan::io
