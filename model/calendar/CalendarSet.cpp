// SPDX-License-Identifier: MIT
#include "calendar/CalendarSet.h"

#include <set>

namespace certplan {

EffectiveCalendar resolveCalendar(const Plan& plan, const Calendar& cal)
{
    std::vector<const Calendar*> chain; // cal first, root base last
    std::set<std::string> seen;
    for (const Calendar* c = &cal; c && seen.insert(c->id).second;
         c = c->base.empty() ? nullptr : plan.findCalendar(c->base))
        chain.push_back(c);

    EffectiveCalendar out;
    for (const Calendar* c : chain) {
        if (c->week) {
            out.week = *c->week;
            break;
        }
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        out.exceptions.insert(out.exceptions.end(), (*it)->exceptions.begin(), (*it)->exceptions.end());
    return out;
}

CalendarSet::CalendarSet(const Plan& plan) : m_plan(plan)
{
    if (const Calendar* c = plan.defaultCalendar())
        m_defaultId = c->id;
}

const WorkCalendar& CalendarSet::planCalendar() const
{
    return get(m_defaultId);
}

const WorkCalendar& CalendarSet::get(const std::string& calendarId) const
{
    const Calendar* cal = calendarId.empty() ? nullptr : m_plan.findCalendar(calendarId);
    const std::string key = cal ? cal->id : m_defaultId;
    auto it = m_compiled.find(key);
    if (it != m_compiled.end())
        return *it->second;
    if (!cal)
        cal = m_plan.findCalendar(m_defaultId);
    std::unique_ptr<WorkCalendar> compiled;
    if (cal) {
        const EffectiveCalendar eff = resolveCalendar(m_plan, *cal);
        compiled = std::make_unique<WorkCalendar>(eff.week, eff.exceptions);
    } else {
        compiled = std::make_unique<WorkCalendar>();
    }
    return *m_compiled.emplace(key, std::move(compiled)).first->second;
}

} // namespace certplan
