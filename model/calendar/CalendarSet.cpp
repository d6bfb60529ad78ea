// SPDX-License-Identifier: MIT
#include "calendar/CalendarSet.h"

#include <unordered_set>

namespace certplan {

namespace {

template <class Find>
EffectiveCalendar resolveWith(const Calendar& cal, Find find)
{
    std::vector<const Calendar*> chain; // cal first, root base last
    std::unordered_set<std::string_view> seen;
    for (const Calendar* c = &cal; c && seen.insert(c->id).second; c = c->base.empty() ? nullptr : find(c->base))
        chain.push_back(c);

    EffectiveCalendar out;
    for (const Calendar* c : chain) {
        if (c->week) {
            out.week = *c->week;
            break;
        }
    }
    std::size_t total = 0;
    for (const Calendar* c : chain)
        total += c->exceptions.size();
    out.exceptions.reserve(total);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it)
        out.exceptions.insert(out.exceptions.end(), (*it)->exceptions.begin(), (*it)->exceptions.end());
    return out;
}

} // namespace

EffectiveCalendar resolveCalendar(const Plan& plan, const Calendar& cal)
{
    return resolveWith(cal, [&](const std::string& id) { return plan.findCalendar(id); });
}

CalendarSet::CalendarSet(const Plan& plan) : m_plan(plan)
{
    m_byId.reserve(plan.calendars.size());
    for (const Calendar& c : plan.calendars)
        m_byId.emplace(c.id, &c);
    if (const Calendar* c = plan.defaultCalendar())
        m_defaultId = c->id;
}

const Calendar* CalendarSet::find(std::string_view id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : it->second;
}

const WorkCalendar& CalendarSet::planCalendar() const
{
    return get(m_defaultId);
}

const WorkCalendar& CalendarSet::get(const std::string& calendarId) const
{
    const Calendar* cal = calendarId.empty() ? nullptr : find(calendarId);
    const std::string key = cal ? cal->id : m_defaultId;
    auto it = m_compiled.find(key);
    if (it != m_compiled.end())
        return *it->second;
    if (!cal)
        cal = find(m_defaultId);
    std::unique_ptr<WorkCalendar> compiled;
    if (cal) {
        const EffectiveCalendar eff = resolveWith(*cal, [&](const std::string& id) { return find(id); });
        compiled = std::make_unique<WorkCalendar>(eff.week, eff.exceptions);
    } else {
        compiled = std::make_unique<WorkCalendar>();
    }
    // Share with an earlier calendar that has the same days.
    const std::size_t h = compiled->days().hash();
    const WorkCalendar* shared = nullptr;
    for (auto [a, b] = m_byDays.equal_range(h); a != b && !shared; ++a)
        if (a->second->sameDays(*compiled))
            shared = a->second;
    if (!shared) {
        shared = compiled.get();
        m_byDays.emplace(h, shared);
        m_store.push_back(std::move(compiled));
    }
    // The plan calendar is the scheduler's time axis: dates by table look-up.
    if (key == m_defaultId)
        const_cast<WorkCalendar*>(shared)->addDateTable();
    return *m_compiled.emplace(key, shared).first->second;
}

} // namespace certplan
