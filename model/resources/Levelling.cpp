// SPDX-License-Identifier: MIT
#include "resources/Levelling.h"

#include "calendar/CalendarSet.h"
#include "progress/Progress.h"
#include "schedule/TaskCalendars.h"

#include <algorithm>
#include <climits>
#include <tuple>
#include <unordered_map>

namespace certplan {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

std::string quote(const std::string& name, const std::string& id) { return "'" + name + "' (" + id + ")"; }

std::string workingDays(int n) { return std::to_string(n) + (n == 1 ? " working day" : " working days"); }

struct Need {
    int resource;
    int units;
};

// Load booked so far, per resource and plan working day.
class Bookings {
public:
    explicit Bookings(std::size_t resources) : m_load(resources) {}
    int at(int r, int day) const
    {
        const auto& v = m_load[idx(r)];
        return day >= 0 && idx(day) < v.size() ? v[idx(day)] : 0;
    }
    void add(int r, const std::vector<int>& days, int units)
    {
        auto& v = m_load[idx(r)];
        if (!days.empty() && idx(days.back()) >= v.size())
            v.resize(idx(days.back()) + 1, 0);
        for (int d : days)
            v[idx(d)] += units;
    }
    void clear()
    {
        for (auto& v : m_load)
            std::fill(v.begin(), v.end(), 0);
    }

private:
    std::vector<std::vector<int>> m_load;
};

// Why a task was last delayed: the resource and the days it found booked.
struct Block {
    int resource = -1;
    std::vector<int> days;
    std::vector<int> holders;
};

// "2027-01-05 to 2027-01-07, 2027-01-12"
std::string dayRanges(const WorkCalendar& cal, const std::vector<int>& days)
{
    std::string out;
    for (std::size_t k = 0; k < days.size();) {
        std::size_t e = k;
        while (e + 1 < days.size() && days[e + 1] == days[e] + 1)
            ++e;
        out += (out.empty() ? "" : ", ") + formatIsoDate(cal.dateOf(days[k]));
        if (e > k)
            out += " to " + formatIsoDate(cal.dateOf(days[e]));
        k = e + 1;
    }
    return out;
}

bool canMove(const Task& t, const TaskTimes& tt)
{
    using CT = ConstraintType;
    const CT c = t.constraint.type;
    const bool held = c == CT::MustStartOn || c == CT::MustFinishOn || c == CT::StartNoLaterThan ||
                      c == CT::FinishNoLaterThan;
    return !tt.summary && !tt.complete && !leafProgress(t).started && !held;
}

class Leveller {
public:
    Leveller(const Plan& plan, const ScheduleOptions& options, Schedule base)
        : m_plan(plan), m_calendars(plan), m_cal(m_calendars.planCalendar()), m_taskCals(plan, m_calendars),
          m_options(options), m_base(std::move(base)), m_book(plan.resources.size())
    {
        std::unordered_map<std::string, int> resourceIndex;
        for (std::size_t r = 0; r < plan.resources.size(); ++r) {
            resourceIndex.emplace(plan.resources[r].id, static_cast<int>(r));
            m_resCal.push_back(&m_calendars.get(plan.resources[r].calendar));
        }
        const std::size_t n = plan.tasks.size();
        m_needs.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            for (const Assignment& a : plan.tasks[i].assignments)
                if (auto it = resourceIndex.find(a.resource); it != resourceIndex.end() && a.units > 0)
                    m_needs[i].push_back({it->second, a.units});
        m_options.startFloors.resize(n);
        m_blocks.resize(n);
    }

    Result<LevellingResult, ScheduleError> run();

private:
    int capacity(int r, int day) const
    {
        return m_resCal[idx(r)]->isWorkingDay(m_cal.dateOf(day)) ? m_plan.resources[idx(r)].maxUnits : 0;
    }
    // A resource that is idle on a day can always take the task: a single
    // assignment above capacity is not something waiting can fix.
    bool fitsOn(int i, int day, Block* why) const
    {
        bool ok = true;
        for (const Need& nd : m_needs[idx(i)]) {
            const int l = m_book.at(nd.resource, day);
            if (l > 0 && l + nd.units > capacity(nd.resource, day)) {
                ok = false;
                if (why && (why->resource < 0 || why->resource == nd.resource)) {
                    why->resource = nd.resource;
                    why->days.push_back(day);
                }
            }
        }
        return ok;
    }
    bool fits(int i, const std::vector<int>& days, Block* why) const
    {
        bool ok = true;
        for (int d : days)
            ok = fitsOn(i, d, why) && ok;
        return ok;
    }
    std::vector<int> daysFrom(int i, int first, std::size_t count) const
    {
        std::vector<int> days;
        const DayMask* m = m_taskCals.of(i);
        int d = m ? m->firstOnOrAfter(first) : first;
        for (std::size_t k = 0; k < count; ++k) {
            days.push_back(d);
            d = m ? m->advance(d, 1) : d + 1;
        }
        return days;
    }
    void rebook();
    int pickNext() const;
    bool delay(int i, const std::vector<int>& days);
    LevellingDelay describe(int i, const Schedule& s) const;

    const Plan& m_plan;
    CalendarSet m_calendars;
    const WorkCalendar& m_cal;
    TaskCalendars m_taskCals;
    ScheduleOptions m_options;
    Schedule m_base;
    Schedule m_cur;
    Bookings m_book;
    std::vector<const WorkCalendar*> m_resCal;
    std::vector<std::vector<Need>> m_needs;
    std::vector<char> m_placed;
    std::vector<int> m_placedAt; // start day a placed task was booked at
    std::vector<Block> m_blocks;
    std::vector<char> m_levelled;
};

// Bookings follow the current schedule; a placed task that a later delay moved
// (through a lead, say) is taken back and placed again.
void Leveller::rebook()
{
    m_book.clear();
    for (std::size_t i = 0; i < m_plan.tasks.size(); ++i) {
        if (!m_placed[i])
            continue;
        if (m_cur.tasks[i].startIndex != m_placedAt[i] && canMove(m_plan.tasks[i], m_cur.tasks[i])) {
            m_placed[i] = 0;
            continue;
        }
        const std::vector<int> days = workedDays(m_cur, m_taskCals, static_cast<int>(i));
        for (const Need& nd : m_needs[i])
            m_book.add(nd.resource, days, nd.units);
    }
}

int Leveller::pickNext() const
{
    int best = -1;
    std::tuple<int, int, int> bestKey{INT_MAX, INT_MAX, INT_MAX};
    for (std::size_t i = 0; i < m_plan.tasks.size(); ++i) {
        if (m_placed[i])
            continue;
        const std::tuple<int, int, int> key{m_cur.tasks[i].startIndex, m_base.tasks[i].totalFloat, static_cast<int>(i)};
        if (best < 0 || key < bestKey) {
            best = static_cast<int>(i);
            bestKey = key;
        }
    }
    return best;
}

// Moves task i to the first day from which all its resources are free.
bool Leveller::delay(int i, const std::vector<int>& days)
{
    Block why;
    fits(i, days, &why);
    const int last = m_cal.workingDayCount() - static_cast<int>(days.size()) - 1;
    for (int s = days.front() + 1; s <= last; ++s) {
        const std::vector<int> cand = daysFrom(i, s, days.size());
        if (!fits(i, cand, nullptr)) {
            continue;
        }
        for (std::size_t j = 0; j < m_plan.tasks.size(); ++j) {
            if (!m_placed[j] || static_cast<int>(j) == i)
                continue;
            const bool usesIt = std::any_of(m_needs[j].begin(), m_needs[j].end(),
                                            [&](const Need& nd) { return nd.resource == why.resource; });
            if (!usesIt)
                continue;
            const std::vector<int> held = workedDays(m_cur, m_taskCals, static_cast<int>(j));
            if (std::any_of(why.days.begin(), why.days.end(),
                            [&](int d) { return std::binary_search(held.begin(), held.end(), d); }))
                why.holders.push_back(static_cast<int>(j));
        }
        m_blocks[idx(i)] = std::move(why);
        m_options.startFloors[idx(i)] = m_cal.dateOf(cand.front());
        m_levelled[idx(i)] = 1;
        return true;
    }
    return false;
}

LevellingDelay Leveller::describe(int i, const Schedule& s) const
{
    const TaskTimes& was = m_base.tasks[idx(i)];
    const TaskTimes& now = s.tasks[idx(i)];
    LevellingDelay d;
    d.task = i;
    d.originalStart = was.start;
    d.levelledStart = now.start;
    d.delayDays = now.startIndex - was.startIndex;
    d.totalFloat = was.totalFloat;
    d.withinFloat = d.delayDays <= was.totalFloat;
    d.direct = m_levelled[idx(i)] != 0;
    const std::string floatText = d.withinFloat ? "within its " + workingDays(std::max(0, was.totalFloat)) + " of float"
                                                : "beyond its " + workingDays(std::max(0, was.totalFloat)) +
                                                      " of float, so later tasks move too";
    d.reason = "starts " + workingDays(d.delayDays) + " later (" + floatText + ")";
    if (d.direct) {
        const Block& b = m_blocks[idx(i)];
        const Resource& r = m_plan.resources[idx(b.resource)];
        d.resource = b.resource;
        d.reason += ": resource " + quote(r.name, r.id) + " is booked on " + dayRanges(m_cal, b.days);
        if (!b.holders.empty()) {
            d.reason += " by ";
            for (std::size_t k = 0; k < b.holders.size(); ++k) {
                const Task& h = m_plan.tasks[idx(b.holders[k])];
                d.reason += (k == 0 ? "" : ", ") + quote(h.name, h.id);
            }
        }
        return d;
    }
    const Task& t = m_plan.tasks[idx(i)];
    for (const Dependency& dep : t.predecessors) {
        const int p = m_plan.taskIndex(dep.predecessor);
        if (p >= 0 && s.tasks[idx(p)].finishIndex > m_base.tasks[idx(p)].finishIndex) {
            const Task& pt = m_plan.tasks[idx(p)];
            d.reason += ": its predecessor " + quote(pt.name, pt.id) + " was delayed by levelling";
            return d;
        }
    }
    d.reason += ": tasks it depends on were delayed by levelling";
    return d;
}

Result<LevellingResult, ScheduleError> Leveller::run()
{
    const std::size_t n = m_plan.tasks.size();
    m_cur = m_base;
    m_placed.assign(n, 0);
    m_placedAt.assign(n, 0);
    m_levelled.assign(n, 0);
    // Tasks that book nothing, and tasks that cannot move, are placed first.
    for (std::size_t i = 0; i < n; ++i) {
        const bool books = !m_needs[i].empty() && !workedDays(m_cur, m_taskCals, static_cast<int>(i)).empty();
        if (!books || !canMove(m_plan.tasks[i], m_cur.tasks[i])) {
            m_placed[i] = 1;
            m_placedAt[i] = m_cur.tasks[i].startIndex;
        }
    }
    rebook();
    // Each round places a task or moves one later; floors only grow, so this
    // ends. The cap guards against pathological plans all the same.
    const std::size_t maxRounds = 50 * n + 100;
    for (std::size_t round = 0; round < maxRounds; ++round) {
        const int i = pickNext();
        if (i < 0)
            break;
        const std::vector<int> days = workedDays(m_cur, m_taskCals, i);
        if (fits(i, days, nullptr) || !delay(i, days)) {
            m_placed[idx(i)] = 1;
            m_placedAt[idx(i)] = m_cur.tasks[idx(i)].startIndex;
            for (const Need& nd : m_needs[idx(i)])
                m_book.add(nd.resource, days, nd.units);
            continue;
        }
        auto s = computeSchedule(m_plan, m_options);
        if (!s)
            return unexpected(s.error());
        m_cur = std::move(s).value();
        rebook();
    }

    LevellingResult out;
    for (std::size_t i = 0; i < n; ++i) {
        if (!m_cur.tasks[i].summary && m_cur.tasks[i].startIndex > m_base.tasks[i].startIndex)
            out.delays.push_back(describe(static_cast<int>(i), m_cur));
    }
    out.startFloors = m_options.startFloors;
    out.finishDelayDays = m_cal.indexOf(m_cur.finish) - m_cal.indexOf(m_base.finish);
    out.remaining = computeResourceLoad(m_plan, m_cur).overAllocations;
    out.schedule = std::move(m_cur);
    return out;
}

} // namespace

Result<LevellingResult, ScheduleError> levelResources(const Plan& plan, const ScheduleOptions& options)
{
    auto base = computeSchedule(plan, options);
    if (!base)
        return unexpected(base.error());
    Leveller l(plan, options, std::move(base).value());
    return l.run();
}

} // namespace certplan
