// SPDX-License-Identifier: MIT
#include "resources/ResourceLoad.h"

#include "calendar/CalendarSet.h"
#include "schedule/TaskCalendars.h"

#include <algorithm>
#include <climits>
#include <unordered_map>

namespace certplan {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

std::string quote(const std::string& name, const std::string& id) { return "'" + name + "' (" + id + ")"; }

struct Contribution {
    int task;
    std::vector<int> days;
};

std::string runMessage(const Plan& plan, const OverAllocation& o)
{
    const Resource& r = plan.resources[idx(o.resource)];
    std::string msg = "resource " + quote(r.name, r.id) + " is over-allocated on " + formatIsoDate(o.from);
    if (o.to != o.from)
        msg += " to " + formatIsoDate(o.to);
    msg += " (" + std::to_string(o.days) + (o.days == 1 ? " working day" : " working days") + "): up to " +
           std::to_string(o.peakLoad) + "% of " + std::to_string(o.capacity) + "% (" + std::to_string(o.excess) +
           "% over), by ";
    for (std::size_t k = 0; k < o.tasks.size(); ++k) {
        const Task& t = plan.tasks[idx(o.tasks[k])];
        msg += (k == 0 ? "" : ", ") + quote(t.name, t.id);
    }
    return msg;
}

} // namespace

std::vector<int> workedDays(const Schedule& sched, const TaskCalendars& taskCals, int task)
{
    std::vector<int> out;
    const TaskTimes& tt = sched.tasks[idx(task)];
    if (tt.summary || tt.milestone || tt.durationDays <= 0)
        return out;
    const DayMask* m = taskCals.of(task);
    for (int d = tt.startIndex; d <= tt.finishIndex; ++d)
        if (!m || m->works(d))
            out.push_back(d);
    return out;
}

ResourceLoadReport computeResourceLoad(const Plan& plan, const Schedule& sched)
{
    const CalendarSet calendars(plan);
    const WorkCalendar& cal = calendars.planCalendar();
    const TaskCalendars taskCals(plan, calendars);
    std::unordered_map<std::string, int> resourceIndex;
    for (std::size_t r = 0; r < plan.resources.size(); ++r)
        resourceIndex.emplace(plan.resources[r].id, static_cast<int>(r));

    const int history = sched.statusDate ? cal.indexOf(addDays(*sched.statusDate, 1)) : INT_MIN;
    std::vector<std::vector<Contribution>> byResource(plan.resources.size());
    std::vector<std::vector<int>> units(plan.resources.size()); // parallel to byResource
    for (std::size_t i = 0; i < plan.tasks.size() && i < sched.tasks.size(); ++i) {
        if (plan.tasks[i].assignments.empty())
            continue;
        std::vector<int> days = workedDays(sched, taskCals, static_cast<int>(i));
        if (days.empty())
            continue;
        for (const Assignment& a : plan.tasks[i].assignments) {
            auto it = resourceIndex.find(a.resource);
            if (it == resourceIndex.end() || a.units <= 0)
                continue;
            byResource[idx(it->second)].push_back({static_cast<int>(i), days});
            units[idx(it->second)].push_back(a.units);
        }
    }

    ResourceLoadReport report;
    report.resources.resize(plan.resources.size());
    for (std::size_t r = 0; r < plan.resources.size(); ++r) {
        ResourceUsage& use = report.resources[r];
        use.resource = static_cast<int>(r);
        const auto& contribs = byResource[r];
        use.assignedTasks = static_cast<int>(contribs.size());
        if (contribs.empty())
            continue;
        int lo = INT_MAX, hi = INT_MIN;
        for (const auto& c : contribs) {
            lo = std::min(lo, c.days.front());
            hi = std::max(hi, c.days.back());
        }
        std::vector<int> load(idx(hi - lo + 1), 0);
        for (std::size_t k = 0; k < contribs.size(); ++k)
            for (int d : contribs[k].days)
                load[idx(d - lo)] += units[r][k];
        const Resource& res = plan.resources[r];
        const WorkCalendar& own = calendars.get(res.calendar);
        OverAllocation* run = nullptr;
        int runLast = INT_MIN;
        for (int d = lo; d <= hi; ++d) {
            const int l = load[idx(d - lo)];
            if (l == 0)
                continue;
            const Date date = cal.dateOf(d);
            const int capacity = own.isWorkingDay(date) ? res.maxUnits : 0;
            use.days.push_back({d, date, l, capacity});
            use.workUnitDays += l;
            use.peakLoad = std::max(use.peakLoad, l);
            if (l <= capacity || d < history)
                continue;
            if (!run || runLast != d - 1) {
                report.overAllocations.push_back({});
                run = &report.overAllocations.back();
                run->resource = static_cast<int>(r);
                run->from = date;
            }
            run->to = date;
            ++run->days;
            if (l - capacity > run->excess) {
                run->peakLoad = l;
                run->capacity = capacity;
                run->excess = l - capacity;
            }
            runLast = d;
        }
    }
    // Name the tasks behind each run once all runs are known.
    for (OverAllocation& o : report.overAllocations) {
        const int first = cal.indexOf(o.from), last = cal.indexOf(o.to);
        for (const auto& c : byResource[idx(o.resource)]) {
            auto it = std::lower_bound(c.days.begin(), c.days.end(), first);
            if (it != c.days.end() && *it <= last)
                o.tasks.push_back(c.task);
        }
        std::sort(o.tasks.begin(), o.tasks.end());
        o.message = runMessage(plan, o);
    }
    return report;
}

} // namespace certplan
