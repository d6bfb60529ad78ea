// SPDX-License-Identifier: MIT
#include "schedule/Scheduler.h"

#include "calendar/CalendarSet.h"
#include "schedule/Instants.h"
#include "schedule/Network.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace certplan {

namespace {

constexpr int kLow = INT_MIN / 4;
constexpr int kHigh = INT_MAX / 4;

bool isFinishSource(DependencyType t)
{
    return t == DependencyType::FinishToStart || t == DependencyType::FinishToFinish;
}

bool targetsStart(DependencyType t)
{
    return t == DependencyType::FinishToStart || t == DependencyType::StartToStart;
}

// One run of the forward and backward passes. Arrays hold instants (see Instants.h).
class Engine {
public:
    Engine(const Plan& plan, const Network& net, const WorkCalendar& cal, OptDate statusDate)
        : m_plan(plan), m_net(net), m_cal(cal), m_n(net.taskCount()), m_dur(static_cast<std::size_t>(m_n)),
          m_es(static_cast<std::size_t>(m_n)), m_ef(static_cast<std::size_t>(m_n)), m_ls(static_cast<std::size_t>(m_n)),
          m_lf(static_cast<std::size_t>(m_n)), m_gate(static_cast<std::size_t>(m_n)),
          m_lateGate(static_cast<std::size_t>(m_n)), m_startCap(static_cast<std::size_t>(m_n)),
          m_complete(static_cast<std::size_t>(m_n)), m_started(static_cast<std::size_t>(m_n))
    {
        for (int i = 0; i < m_n; ++i) {
            const Task& t = task(i);
            const auto k = static_cast<std::size_t>(i);
            m_dur[k] = (net.isSummary(i) || t.milestone) ? 0 : std::max(0, t.durationDays);
            m_complete[k] = !net.isSummary(i) && (t.percentComplete >= 100 || t.actualFinish.has_value());
            m_started[k] = !net.isSummary(i) && (t.actualStart.has_value() || t.percentComplete > 0);
        }
        if (statusDate)
            m_status = startOf(*statusDate + boost::gregorian::days(1));
    }

    int startOf(Date d) const { return 2 * m_cal.indexOf(d); }
    int endOf(Date d) const { return 2 * m_cal.indexOf(d) + (m_cal.isWorkingDay(d) ? 1 : -1); }

    void forward(int projectStart)
    {
        m_conflicts.clear();
        m_p0 = projectStart;
        for (int unit : m_net.order()) {
            const int i = unit / 2;
            if (m_net.isSummary(i)) {
                if (unit % 2 == 0)
                    forwardGate(i);
                else
                    rollUpEarly(i);
            } else if (unit % 2 == 0) {
                forwardLeaf(i);
            }
        }
        m_pf = kLow;
        for (int i = 0; i < m_n; ++i)
            m_pf = std::max(m_pf, m_ef[static_cast<std::size_t>(i)]);
        if (m_n == 0)
            m_pf = m_p0 - 1;
    }

    void backward(int anchor, int anchorFinish)
    {
        const auto& order = m_net.order();
        for (auto it = order.rbegin(); it != order.rend(); ++it) {
            const int unit = *it;
            const int i = unit / 2;
            if (m_net.isSummary(i)) {
                if (unit % 2 == 1)
                    backwardGate(i);
                else
                    rollUpLate(i);
            } else if (unit % 2 == 0) {
                backwardLeaf(i, i == anchor ? anchorFinish : kHigh);
            }
        }
    }

    int projectStart() const { return m_p0; }
    int projectFinish() const { return m_pf; }
    int es(int i) const { return m_es[static_cast<std::size_t>(i)]; }
    int ef(int i) const { return m_ef[static_cast<std::size_t>(i)]; }
    int ls(int i) const { return m_ls[static_cast<std::size_t>(i)]; }
    int lf(int i) const { return m_lf[static_cast<std::size_t>(i)]; }
    bool complete(int i) const { return m_complete[static_cast<std::size_t>(i)] != 0; }
    std::vector<ScheduleConflict>& conflicts() { return m_conflicts; }

    // Slack of one link in working days: how far the predecessor could move
    // before it pushes the successor.
    int linkSlack(const ResolvedLink& l) const
    {
        const int src = (isFinishSource(l.type) ? ef(l.pred) : es(l.pred)) + 2 * l.lag;
        const int dst = targetsStart(l.type) ? es(l.succ) : ef(l.succ);
        return workOf(dst) - workOf(src);
    }

private:
    const Task& task(int i) const { return m_plan.tasks[static_cast<std::size_t>(i)]; }

    void forwardGate(int i)
    {
        const auto k = static_cast<std::size_t>(i);
        int g = m_p0;
        if (m_net.parent(i) >= 0)
            g = std::max(g, m_gate[static_cast<std::size_t>(m_net.parent(i))]);
        auto [b, e] = m_net.linksInto(i);
        for (auto* l = b; l != e; ++l)
            g = std::max(g, (isFinishSource(l->type) ? ef(l->pred) : es(l->pred)) + 2 * l->lag);
        const Constraint& c = task(i).constraint;
        if (c.date && (c.type == ConstraintType::StartNoEarlierThan || c.type == ConstraintType::MustStartOn))
            g = std::max(g, startOf(*c.date));
        m_gate[k] = g;
    }

    void rollUpEarly(int i)
    {
        int lo = kHigh, hi = kLow;
        for (int c : m_net.children(i)) {
            lo = std::min(lo, es(c));
            hi = std::max(hi, ef(c));
        }
        m_es[static_cast<std::size_t>(i)] = lo;
        m_ef[static_cast<std::size_t>(i)] = hi;
    }

    void place(int i, int startInstant)
    {
        const auto k = static_cast<std::size_t>(i);
        const int d = m_dur[k];
        if (d > 0) {
            m_es[k] = toStart(startInstant);
            m_ef[k] = m_es[k] + 2 * d - 1;
        } else {
            m_es[k] = m_ef[k] = startInstant;
        }
    }

    void placeByFinish(int i, int finishInstant)
    {
        const auto k = static_cast<std::size_t>(i);
        const int d = m_dur[k];
        if (d > 0) {
            m_ef[k] = toFinish(finishInstant);
            m_es[k] = m_ef[k] - 2 * d + 1;
        } else {
            m_es[k] = m_ef[k] = finishInstant;
        }
    }

    void forwardLeaf(int i)
    {
        const auto k = static_cast<std::size_t>(i);
        const Task& t = task(i);
        const int d = m_dur[k];
        int startLo = m_p0;
        int finishLo = kLow;
        const ResolvedLink* driver = nullptr;
        int driverStart = kLow;
        if (m_net.parent(i) >= 0)
            startLo = std::max(startLo, m_gate[static_cast<std::size_t>(m_net.parent(i))]);
        auto [b, e] = m_net.linksInto(i);
        for (auto* l = b; l != e; ++l) {
            const int v = (isFinishSource(l->type) ? ef(l->pred) : es(l->pred)) + 2 * l->lag;
            // Compare every link by the start it implies, to name the driving one.
            const int impliedStart = targetsStart(l->type) ? v : (d > 0 ? 2 * (workOf(v) - d) : v);
            if (targetsStart(l->type))
                startLo = std::max(startLo, v);
            else
                finishLo = std::max(finishLo, v);
            if (impliedStart > driverStart) {
                driverStart = impliedStart;
                driver = l;
            }
        }
        const Constraint& c = t.constraint;
        if (c.date && c.type == ConstraintType::StartNoEarlierThan)
            startLo = std::max(startLo, startOf(*c.date));
        if (c.date && c.type == ConstraintType::FinishNoEarlierThan)
            finishLo = std::max(finishLo, endOf(*c.date));
        const bool started = m_started[k] != 0 || m_complete[k] != 0;
        if (m_status && !started)
            startLo = std::max(startLo, *m_status);

        if (d > 0) {
            int esWork = workOf(startLo);
            if (finishLo != kLow)
                esWork = std::max(esWork, workOf(finishLo) - d);
            place(i, 2 * esWork);
        } else {
            place(i, std::max(startLo, finishLo));
        }

        if (c.date)
            applyHardConstraint(i, c, driver);

        if (t.actualStart)
            place(i, startOf(*t.actualStart));
        if (m_complete[k]) {
            if (t.actualFinish)
                placeFinishKeepingStart(i, endOf(*t.actualFinish), t.actualStart.has_value());
        } else if (started && m_status && d > 0) {
            const int done = static_cast<int>(std::lround(d * std::clamp(t.percentComplete, 0, 100) / 100.0));
            const int remainingFinish = 2 * (workOf(*m_status) + (d - done)) - 1;
            m_ef[k] = std::max(m_ef[k], remainingFinish);
        }
    }

    void placeFinishKeepingStart(int i, int finishInstant, bool keepStart)
    {
        const auto k = static_cast<std::size_t>(i);
        if (keepStart) {
            m_ef[k] = m_dur[k] > 0 ? toFinish(finishInstant) : finishInstant;
            if (m_ef[k] < m_es[k])
                m_ef[k] = m_es[k];
        } else {
            placeByFinish(i, finishInstant);
        }
    }

    void applyHardConstraint(int i, const Constraint& c, const ResolvedLink* driver)
    {
        const auto k = static_cast<std::size_t>(i);
        const int naturalStart = m_es[k];
        const int naturalFinish = m_ef[k];
        int late = 0; // working days the links wanted beyond the constraint
        switch (c.type) {
        case ConstraintType::StartNoLaterThan:
            if (workOf(naturalStart) > workOf(startOf(*c.date))) {
                late = workOf(naturalStart) - workOf(startOf(*c.date));
                place(i, startOf(*c.date));
            }
            break;
        case ConstraintType::MustStartOn:
            late = workOf(naturalStart) - workOf(startOf(*c.date));
            place(i, startOf(*c.date));
            break;
        case ConstraintType::FinishNoLaterThan:
            if (workOf(naturalFinish) > workOf(endOf(*c.date))) {
                late = workOf(naturalFinish) - workOf(endOf(*c.date));
                placeByFinish(i, endOf(*c.date));
            }
            break;
        case ConstraintType::MustFinishOn:
            late = workOf(naturalFinish) - workOf(endOf(*c.date));
            placeByFinish(i, endOf(*c.date));
            break;
        default:
            break;
        }
        if (late <= 0)
            return;
        ScheduleConflict conflict;
        conflict.kind = ScheduleConflict::Kind::ConstraintOverridesLink;
        conflict.task = i;
        conflict.daysLate = late;
        const Task& t = task(i);
        conflict.message = "'" + t.name + "' (" + t.id + ") has the constraint '" +
                           std::string(enumLabel(c.type)) + " " + formatIsoDate(*c.date) + "', but ";
        if (driver) {
            const Task& p = task(driver->pred);
            conflict.involved.push_back(driver->pred);
            conflict.message += "its predecessor '" + p.name + "' (" + p.id + ", " +
                                std::string(enumKey(driver->type)) + ") would place it ";
        } else {
            conflict.message += "the project start or status date would place it ";
        }
        conflict.message += std::to_string(late) + " working day" + (late == 1 ? "" : "s") +
                            " later; the constraint is kept and the link shows negative float";
        m_conflicts.push_back(std::move(conflict));
    }

    void backwardGate(int i)
    {
        const auto k = static_cast<std::size_t>(i);
        const Task& t = task(i);
        int g = m_pf;
        int cap = kHigh;
        const int p = m_net.parent(i);
        if (p >= 0) {
            g = std::min(g, m_lateGate[static_cast<std::size_t>(p)]);
            if (workOf(es(i)) == workOf(es(p)))
                cap = m_startCap[static_cast<std::size_t>(p)];
        }
        if (t.deadline)
            g = std::min(g, endOf(*t.deadline));
        if (t.constraint.date && t.constraint.type == ConstraintType::FinishNoLaterThan)
            g = std::min(g, endOf(*t.constraint.date));
        for (int li : m_net.linksOutOf(i)) {
            const ResolvedLink& l = m_net.links()[static_cast<std::size_t>(li)];
            const int bound = (targetsStart(l.type) ? ls(l.succ) : lf(l.succ)) - 2 * l.lag;
            if (isFinishSource(l.type))
                g = std::min(g, bound);
            else
                cap = std::min(cap, bound);
        }
        m_lateGate[k] = g;
        m_startCap[k] = cap;
    }

    void rollUpLate(int i)
    {
        int lo = kHigh, hi = kLow;
        for (int c : m_net.children(i)) {
            lo = std::min(lo, ls(c));
            hi = std::max(hi, lf(c));
        }
        m_ls[static_cast<std::size_t>(i)] = lo;
        m_lf[static_cast<std::size_t>(i)] = hi;
    }

    void backwardLeaf(int i, int anchorFinish)
    {
        const auto k = static_cast<std::size_t>(i);
        if (m_complete[k]) {
            m_ls[k] = m_es[k];
            m_lf[k] = m_ef[k];
            return;
        }
        const Task& t = task(i);
        const int d = m_dur[k];
        int finishHi = std::min(m_pf, anchorFinish);
        int startHi = kHigh;
        const int p = m_net.parent(i);
        if (p >= 0) {
            finishHi = std::min(finishHi, m_lateGate[static_cast<std::size_t>(p)]);
            if (workOf(es(i)) == workOf(es(p)))
                startHi = std::min(startHi, m_startCap[static_cast<std::size_t>(p)]);
        }
        if (t.deadline)
            finishHi = std::min(finishHi, endOf(*t.deadline));
        const Constraint& c = t.constraint;
        if (c.date) {
            if (c.type == ConstraintType::FinishNoLaterThan || c.type == ConstraintType::MustFinishOn)
                finishHi = std::min(finishHi, endOf(*c.date));
            if (c.type == ConstraintType::StartNoLaterThan || c.type == ConstraintType::MustStartOn)
                startHi = std::min(startHi, startOf(*c.date));
        }
        for (int li : m_net.linksOutOf(i)) {
            const ResolvedLink& l = m_net.links()[static_cast<std::size_t>(li)];
            const int bound = (targetsStart(l.type) ? ls(l.succ) : lf(l.succ)) - 2 * l.lag;
            if (isFinishSource(l.type))
                finishHi = std::min(finishHi, bound);
            else
                startHi = std::min(startHi, bound);
        }
        if (d > 0) {
            int lfWork = workOf(finishHi);
            if (startHi != kHigh)
                lfWork = std::min(lfWork, workOf(startHi) + d);
            m_lf[k] = 2 * lfWork - 1;
            m_ls[k] = m_lf[k] - 2 * d + 1;
        } else {
            m_ls[k] = m_lf[k] = std::min(finishHi, startHi);
        }
        if (m_started[k]) // a started task's start is history
            m_ls[k] = m_es[k];
    }

    const Plan& m_plan;
    const Network& m_net;
    const WorkCalendar& m_cal;
    int m_n;
    std::vector<int> m_dur;
    std::vector<int> m_es, m_ef, m_ls, m_lf;
    std::vector<int> m_gate, m_lateGate, m_startCap;
    std::vector<char> m_complete, m_started;
    std::optional<int> m_status;
    int m_p0 = 0;
    int m_pf = 0;
    std::vector<ScheduleConflict> m_conflicts;
};

void collectCriticalPaths(const Network& net, const Engine& eng, const std::vector<TaskTimes>& times, int limit,
                          std::vector<std::vector<int>>& out)
{
    const int n = net.taskCount();
    auto critical = [&](int i) { return times[static_cast<std::size_t>(i)].critical; };
    // Links between summaries reach the critical leaves inside them.
    auto leavesAt = [&](int i, bool atStart, int instantWork) {
        std::vector<int> leaves;
        if (!net.isSummary(i)) {
            if (critical(i))
                leaves.push_back(i);
            return leaves;
        }
        std::vector<int> stack{i};
        while (!stack.empty()) {
            const int s = stack.back();
            stack.pop_back();
            for (int c : net.children(s)) {
                if (net.isSummary(c))
                    stack.push_back(c);
                else if (critical(c) && workOf(atStart ? eng.es(c) : eng.ef(c)) == instantWork)
                    leaves.push_back(c);
            }
        }
        return leaves;
    };
    std::vector<std::vector<int>> next(static_cast<std::size_t>(n));
    std::vector<char> hasPrev(static_cast<std::size_t>(n), 0);
    for (const auto& l : net.links()) {
        if (eng.linkSlack(l) != 0)
            continue;
        const bool fromFinish = isFinishSource(l.type);
        const auto from = leavesAt(l.pred, !fromFinish, workOf(fromFinish ? eng.ef(l.pred) : eng.es(l.pred)));
        if (from.empty())
            continue;
        const bool toStart = targetsStart(l.type);
        const auto to = leavesAt(l.succ, toStart, workOf(toStart ? eng.es(l.succ) : eng.ef(l.succ)));
        for (int a : from)
            for (int b : to) {
                next[static_cast<std::size_t>(a)].push_back(b);
                hasPrev[static_cast<std::size_t>(b)] = 1;
            }
    }
    for (auto& v : next) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    }
    // Depth-first from each critical task nothing critical drives; iterative so
    // that a 100,000-task chain cannot overflow the stack.
    for (int s = 0; s < n && static_cast<int>(out.size()) < limit; ++s) {
        if (net.isSummary(s) || !critical(s) || hasPrev[static_cast<std::size_t>(s)])
            continue;
        std::vector<int> path{s};
        std::vector<std::size_t> branch{0};
        while (!path.empty() && static_cast<int>(out.size()) < limit) {
            const auto& succ = next[static_cast<std::size_t>(path.back())];
            if (succ.empty()) {
                out.push_back(path);
            }
            if (branch.back() < succ.size()) {
                const int nxt = succ[branch.back()++];
                path.push_back(nxt);
                branch.push_back(0);
                continue;
            }
            path.pop_back();
            branch.pop_back();
        }
    }
}

} // namespace

Result<Schedule, ScheduleError> computeSchedule(const Plan& plan, const ScheduleOptions& options)
{
    auto network = buildNetwork(plan);
    if (!network) {
        const NetworkIssue& issue = network.error();
        return unexpected(ScheduleError{issue.message, issue.task, issue.depIndex, issue.cycle});
    }
    const Network& net = *network;
    const CalendarSet calendars(plan);
    const WorkCalendar& cal = calendars.planCalendar();
    if (!cal.hasWorkingDays())
        return unexpected(ScheduleError{"the plan calendar has no working days; add working weekdays", -1, -1, {}});

    const OptDate statusDate = options.statusDate ? options.statusDate : plan.info.statusDate;
    Engine eng(plan, net, cal, statusDate);
    const int n = net.taskCount();

    int anchor = -1;
    int anchorFinish = INT_MAX / 4;
    const bool backwardPlanning = plan.info.direction == PlanningDirection::Backward && plan.info.target;
    if (backwardPlanning) {
        // Schedule once from the target, measure where the anchor lands, and
        // start again early enough for it to finish on the target date.
        anchor = plan.info.targetTask.empty() ? -1 : plan.taskIndex(plan.info.targetTask);
        const int targetEnd = eng.endOf(*plan.info.target);
        int p0 = eng.startOf(*plan.info.target);
        for (int round = 0; round < 2; ++round) {
            eng.forward(p0);
            const int reached = anchor >= 0 ? eng.ef(anchor) : eng.projectFinish();
            const int shift = workOf(targetEnd) - workOf(reached);
            if (shift == 0)
                break;
            p0 += 2 * shift;
        }
        if (anchor >= 0)
            anchorFinish = targetEnd;
    } else {
        eng.forward(eng.startOf(plan.info.start));
    }
    eng.backward(anchor, anchorFinish);

    Schedule sched;
    sched.statusDate = statusDate;
    sched.tasks.resize(static_cast<std::size_t>(n));
    auto dateAt = [&](int instant) { return cal.dateOf(dayOf(instant)); };
    bool outOfRange = false;
    auto checkRange = [&](int instant) {
        const int day = dayOf(instant);
        if (day < 0 || day >= cal.workingDayCount())
            outOfRange = true;
    };

    // Free float per task, from its outgoing links.
    std::vector<int> freeFloat(static_cast<std::size_t>(n), INT_MAX);
    for (const auto& l : net.links()) {
        auto& ff = freeFloat[static_cast<std::size_t>(l.pred)];
        ff = std::min(ff, eng.linkSlack(l));
    }

    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        TaskTimes& tt = sched.tasks[k];
        const Task& t = plan.tasks[k];
        tt.summary = net.isSummary(i);
        tt.milestone = !tt.summary && (t.milestone || t.durationDays == 0);
        tt.complete = eng.complete(i);
        int ff = freeFloat[k];
        if (ff == INT_MAX)
            ff = workOf(eng.projectFinish()) - workOf(eng.ef(i));
        tt.freeFloat = ff;
        tt.totalFloat = workOf(eng.lf(i)) - workOf(eng.ef(i));
        int start = eng.es(i);
        int finish = eng.ef(i);
        if (!tt.summary && !tt.complete && t.constraint.type == ConstraintType::AsLateAsPossible && ff > 0) {
            start += 2 * ff; // as late as possible without delaying any successor
            finish += 2 * ff;
        }
        checkRange(start);
        checkRange(finish);
        tt.start = dateAt(start);
        tt.finish = dateAt(finish);
        tt.earlyStart = dateAt(eng.es(i));
        tt.earlyFinish = dateAt(eng.ef(i));
        tt.lateStart = dateAt(eng.ls(i));
        tt.lateFinish = dateAt(eng.lf(i));
        tt.startIndex = dayOf(start);
        tt.finishIndex = dayOf(finish);
        tt.durationDays = workOf(finish) - workOf(start);
        tt.critical = !tt.summary && !tt.complete && tt.totalFloat <= 0;
    }
    // Summaries: float of their most critical subtask; critical when one is.
    for (int i = n - 1; i >= 0; --i) {
        if (!net.isSummary(i))
            continue;
        auto& tt = sched.tasks[static_cast<std::size_t>(i)];
        int minFloat = INT_MAX;
        bool anyCritical = false;
        for (int c : net.children(i)) {
            minFloat = std::min(minFloat, sched.tasks[static_cast<std::size_t>(c)].totalFloat);
            anyCritical = anyCritical || sched.tasks[static_cast<std::size_t>(c)].critical;
        }
        tt.totalFloat = minFloat;
        tt.critical = anyCritical;
        tt.complete = std::all_of(net.children(i).begin(), net.children(i).end(),
                                  [&](int c) { return sched.tasks[static_cast<std::size_t>(c)].complete; });
    }
    for (int i = 0; i < n; ++i)
        if (sched.tasks[static_cast<std::size_t>(i)].critical && !net.isSummary(i))
            ++sched.criticalCount;

    int first = INT_MAX / 4;
    for (int i = 0; i < n; ++i)
        first = std::min(first, eng.es(i));
    sched.start = dateAt(std::min(first, eng.projectStart()));
    sched.finish = n > 0 ? dateAt(eng.projectFinish()) : sched.start;

    sched.conflicts = std::move(eng.conflicts());
    for (int i = 0; i < n; ++i) {
        const Task& t = plan.tasks[static_cast<std::size_t>(i)];
        if (t.deadline && !eng.complete(i) && workOf(eng.ef(i)) > workOf(eng.endOf(*t.deadline))) {
            ScheduleConflict c;
            c.kind = ScheduleConflict::Kind::MissedDeadline;
            c.task = i;
            c.daysLate = workOf(eng.ef(i)) - workOf(eng.endOf(*t.deadline));
            c.message = "'" + t.name + "' (" + t.id + ") finishes " + std::to_string(c.daysLate) +
                        " working day(s) after its deadline " + formatIsoDate(*t.deadline);
            sched.conflicts.push_back(std::move(c));
        }
    }
    if (anchor >= 0 && workOf(eng.ef(anchor)) > workOf(anchorFinish)) {
        const Task& t = plan.tasks[static_cast<std::size_t>(anchor)];
        ScheduleConflict c;
        c.kind = ScheduleConflict::Kind::MissedTarget;
        c.task = anchor;
        c.daysLate = workOf(eng.ef(anchor)) - workOf(anchorFinish);
        c.message = "'" + t.name + "' (" + t.id + ") cannot finish on the target date " +
                    formatIsoDate(*plan.info.target) + ": fixed dates push it " + std::to_string(c.daysLate) +
                    " working day(s) later";
        sched.conflicts.push_back(std::move(c));
    }
    if (outOfRange) {
        ScheduleConflict c;
        c.kind = ScheduleConflict::Kind::OutOfRange;
        c.message = "the schedule reaches beyond the supported dates (" + formatIsoDate(WorkCalendar::rangeFirst()) +
                    " to " + formatIsoDate(WorkCalendar::rangeLast()) + "); dates are clamped";
        sched.conflicts.push_back(std::move(c));
    }
    collectCriticalPaths(net, eng, sched.tasks, options.maxCriticalPaths, sched.criticalPaths);
    return sched;
}

} // namespace certplan
