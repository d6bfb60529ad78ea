// SPDX-License-Identifier: MIT
#include "calendar/OffPlanDays.h"

#include <algorithm>
#include <unordered_map>

namespace certplan {

namespace {

// Bits of word w set where every calendar works and the plan does not.
std::uint64_t offPlanWord(const WorkCalendar& plan, const std::vector<const WorkCalendar*>& cals, std::size_t w)
{
    std::uint64_t m = ~plan.days().word(w);
    for (const WorkCalendar* c : cals)
        m &= c->days().word(w);
    return m;
}

Date dateAtOffset(std::size_t offset)
{
    return WorkCalendar::rangeFirst() + boost::gregorian::days(static_cast<long>(offset));
}

std::size_t offsetOf(Date d)
{
    const Date c = std::clamp(d, WorkCalendar::rangeFirst(), WorkCalendar::rangeLast());
    return static_cast<std::size_t>((c - WorkCalendar::rangeFirst()).days());
}

} // namespace

std::vector<CalendarDaysOffPlan> resourceDaysOffPlan(const Plan& plan, const CalendarSet& calendars)
{
    const WorkCalendar& planCal = calendars.planCalendar();
    std::vector<CalendarDaysOffPlan> out;
    std::unordered_map<const WorkCalendar*, int> seen; // compiled calendar -> index in out, or -1
    for (const Resource& r : plan.resources) {
        if (r.calendar.empty())
            continue;
        const WorkCalendar* cal = &calendars.get(r.calendar);
        if (cal == &planCal)
            continue;
        auto [it, added] = seen.emplace(cal, -1);
        if (added) {
            CalendarDaysOffPlan found;
            found.calendarId = r.calendar;
            const std::vector<const WorkCalendar*> one{cal};
            for (std::size_t w = 0; w < planCal.days().wordCount(); ++w) {
                const std::uint64_t m = offPlanWord(planCal, one, w);
                if (m == 0)
                    continue;
                if (found.count == 0)
                    found.first = dateAtOffset(64 * w + static_cast<std::size_t>(__builtin_ctzll(m)));
                found.count += __builtin_popcountll(m);
            }
            if (found.count > 0) {
                it->second = static_cast<int>(out.size());
                out.push_back(std::move(found));
            }
        }
        if (it->second >= 0)
            out[static_cast<std::size_t>(it->second)].resources.push_back(r.id);
    }
    return out;
}

OptDate firstCommonDayOffPlan(const WorkCalendar& plan, const std::vector<const WorkCalendar*>& cals, Date from,
                              Date to)
{
    if (cals.empty() || to < from || to < WorkCalendar::rangeFirst() || from > WorkCalendar::rangeLast())
        return std::nullopt;
    const std::size_t lo = offsetOf(from), hi = offsetOf(to);
    for (std::size_t w = lo / 64; w <= hi / 64; ++w) {
        std::uint64_t m = offPlanWord(plan, cals, w);
        if (w == lo / 64)
            m &= ~std::uint64_t{0} << (lo % 64);
        if (w == hi / 64 && hi % 64 != 63)
            m &= (std::uint64_t{1} << (hi % 64 + 1)) - 1;
        if (m != 0)
            return dateAtOffset(64 * w + static_cast<std::size_t>(__builtin_ctzll(m)));
    }
    return std::nullopt;
}

} // namespace certplan
