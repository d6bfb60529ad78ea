// SPDX-License-Identifier: MIT
#include "schedule/Engine.h"

#include "progress/Progress.h"
#include "schedule/Instants.h"

#include <algorithm>

namespace certplan {

Engine::Engine(const Plan& plan, const Network& net, const WorkCalendar& cal, const TaskCalendars& taskCals,
               OptDate statusDate)
    : m_plan(plan), m_net(net), m_cal(cal), m_taskCals(taskCals), m_n(net.taskCount()), m_dur(idx(m_n)),
      m_es(idx(m_n)), m_ef(idx(m_n)), m_ls(idx(m_n)), m_lf(idx(m_n)), m_ss(idx(m_n)), m_sf(idx(m_n)),
      m_gate(idx(m_n)), m_lateGate(idx(m_n)), m_startCap(idx(m_n)), m_complete(idx(m_n)), m_started(idx(m_n)),
      m_fixedStart(idx(m_n)), m_alap(idx(m_n)), m_ownStartLo(idx(m_n), kLowInstant),
      m_ownFinishLo(idx(m_n), kLowInstant), m_ownStartHi(idx(m_n), kHighInstant),
      m_ownFinishHi(idx(m_n), kHighInstant), m_hard(idx(m_n))
{
    using CT = ConstraintType;
    m_ready.assign(idx(m_n), -1);
    for (int i = 0; i < m_n; ++i) {
        const Task& t = task(i);
        const auto k = idx(i);
        const bool summary = net.isSummary(i);
        if (t.deadline)
            m_ownFinishHi[k] = endOf(*t.deadline);
        const Constraint& c = t.constraint;
        if (!c.date)
            continue;
        switch (c.type) {
        case CT::StartNoEarlierThan: m_ownStartLo[k] = startOf(*c.date); break;
        case CT::FinishNoEarlierThan: m_ownFinishLo[k] = summary ? kLowInstant : endOf(*c.date); break;
        case CT::FinishNoLaterThan: m_ownFinishHi[k] = std::min(m_ownFinishHi[k], endOf(*c.date)); break;
        case CT::MustFinishOn:
            if (!summary)
                m_ownFinishHi[k] = std::min(m_ownFinishHi[k], endOf(*c.date));
            break;
        case CT::StartNoLaterThan:
        case CT::MustStartOn:
            if (!summary)
                m_ownStartHi[k] = startOf(*c.date);
            break;
        default: break;
        }
        m_hard[k] = c.type == CT::StartNoLaterThan || c.type == CT::FinishNoLaterThan || c.type == CT::MustStartOn ||
                    c.type == CT::MustFinishOn;
    }
    // Children follow their parent, so a reverse sweep sees children first.
    for (int i = m_n - 1; i >= 0; --i) {
        const Task& t = task(i);
        const auto k = idx(i);
        if (net.isSummary(i)) {
            const auto& ch = net.children(i);
            m_complete[k] = std::all_of(ch.begin(), ch.end(), [&](int c) { return m_complete[idx(c)] != 0; });
            m_started[k] = std::any_of(ch.begin(), ch.end(), [&](int c) { return m_started[idx(c)] != 0; });
            continue;
        }
        m_dur[k] = t.milestone ? 0 : std::max(0, t.durationDays);
        const LeafProgress progress = leafProgress(t);
        m_complete[k] = progress.finished;
        m_started[k] = progress.started;
        m_fixedStart[k] = t.actualStart || t.actualFinish;
        m_alap[k] = t.constraint.type == ConstraintType::AsLateAsPossible;
        m_anyAlap = m_anyAlap || m_alap[k];
    }
    if (statusDate)
        m_status = startOf(*statusDate + boost::gregorian::days(1));
    m_statusDate = statusDate;
}

Engine::Span Engine::fromStart(int i, int first) const
{
    const int d = m_dur[idx(i)];
    if (const DayMask* m = mask(i)) {
        const int f = m->firstOnOrAfter(first);
        return {f, m->advance(f, d - 1)};
    }
    return {first, first + d - 1};
}

Engine::Span Engine::finishAtLeast(int i, int last) const
{
    const int d = m_dur[idx(i)];
    if (const DayMask* m = mask(i)) {
        const int l = m->firstOnOrAfter(last);
        return {m->advance(l, 1 - d), l};
    }
    return {last - d + 1, last};
}

Engine::Span Engine::finishAtMost(int i, int last) const
{
    const int d = m_dur[idx(i)];
    if (const DayMask* m = mask(i)) {
        const int l = m->lastOnOrBefore(last);
        return {m->advance(l, 1 - d), l};
    }
    return {last - d + 1, last};
}

Engine::Span Engine::startAtMost(int i, int first) const
{
    const int d = m_dur[idx(i)];
    if (const DayMask* m = mask(i)) {
        const int f = m->lastOnOrBefore(first);
        return {f, m->advance(f, d - 1)};
    }
    return {first, first + d - 1};
}

void Engine::setEarly(int i, Span s)
{
    m_es[idx(i)] = 2 * s.first;
    m_ef[idx(i)] = 2 * s.last + 1;
}

int Engine::workedDays(int i) const
{
    const int s = m_ss[idx(i)], f = m_sf[idx(i)];
    if (const DayMask* m = mask(i); m && !m_net.isSummary(i) && m_dur[idx(i)] > 0)
        return m->countBetween(dayOf(s), dayOf(f) + 1);
    return workOf(f) - workOf(s);
}

int Engine::linkSlack(const ResolvedLink& l) const
{
    // Plain plan-day distance. Days the successor's assignees cannot work do
    // not shorten it: the predecessor can slip into them without moving the
    // successor, which starts on its own calendar's next day either way.
    const int src = workOf((isFinishSource(l.type) ? ef(l.pred) : es(l.pred)) + 2 * l.lag);
    const int dst = workOf(targetsStart(l.type) ? es(l.succ) : ef(l.succ));
    return dst - src;
}

bool Engine::linkIsLive(const ResolvedLink& l) const
{
    if (m_complete[idx(l.succ)])
        return false;
    return !(targetsStart(l.type) && m_started[idx(l.succ)] && !m_net.isSummary(l.succ));
}

void Engine::forward(int projectStart)
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
    m_pf = m_allFinish = m_p0 - 1;
    bool anyProjectTask = false;
    for (int i = 0; i < m_n; ++i) {
        if (m_net.isSummary(i))
            continue; // the leaves hold its finish, and a summary may mix both kinds
        m_allFinish = std::max(m_allFinish, m_ef[idx(i)]);
        if (!laterCycle(i)) {
            m_pf = std::max(m_pf, m_ef[idx(i)]);
            anyProjectTask = true;
        }
    }
    if (!anyProjectTask) // nothing but later cycles' audits: they are the project
        m_pf = m_allFinish;
}

void Engine::setLaterCycle(std::vector<char> laterCycle)
{
    m_laterCycle = std::move(laterCycle);
    m_widerBound = m_laterCycle;
    if (m_widerBound.empty())
        return;
    // Children follow their parent, so a reverse sweep reaches every ancestor.
    for (int i = m_n - 1; i >= 0; --i)
        if (m_widerBound[idx(i)] && m_net.parent(i) >= 0)
            m_widerBound[idx(m_net.parent(i))] = 1;
}

int Engine::finishBoundOf(int i) const
{
    if (m_widerBound.empty() || !m_widerBound[idx(i)])
        return m_finishBound;
    return std::max(m_finishBound, m_allFinish);
}

void Engine::forwardGate(int i)
{
    int g = m_p0;
    if (m_net.parent(i) >= 0)
        g = std::max(g, m_gate[idx(m_net.parent(i))]);
    auto [b, e] = m_net.linksInto(i);
    for (auto* l = b; l != e; ++l)
        g = std::max(g, (isFinishSource(l->type) ? ef(l->pred) : es(l->pred)) + 2 * l->lag);
    g = std::max(g, m_ownStartLo[idx(i)]);
    m_gate[idx(i)] = g;
}

void Engine::rollUpEarly(int i)
{
    int lo = kHighInstant, hi = kLowInstant;
    for (int c : m_net.children(i)) {
        lo = std::min(lo, es(c));
        hi = std::max(hi, ef(c));
    }
    m_es[idx(i)] = lo;
    m_ef[idx(i)] = hi;
}

void Engine::placeActual(int i)
{
    const Task& t = task(i);
    const int d = m_dur[idx(i)];
    if (d == 0) {
        m_es[idx(i)] = m_ef[idx(i)] = endOf(t.actualFinish ? *t.actualFinish : *t.actualStart);
        return;
    }
    const DayMask* m = mask(i);
    Span s{};
    if (t.actualFinish) {
        s.last = workOf(endOf(*t.actualFinish)) - 1;
        if (t.actualStart)
            s.first = std::min(m_cal.indexOf(*t.actualStart), s.last);
        else
            s.first = m ? m->advance(m->lastOnOrBefore(s.last), 1 - d) : s.last - d + 1;
    } else {
        s = fromStart(i, m_cal.indexOf(*t.actualStart));
    }
    setEarly(i, s);
}

void Engine::forwardLeaf(int i)
{
    const auto k = idx(i);
    const Task& t = task(i);
    m_ready[k] = -1;
    if (m_complete[k] && (t.actualStart || t.actualFinish)) {
        placeActual(i);
        placeProgressByStatus(i);
        return;
    }
    const int d = m_dur[k];
    const int p = m_net.parent(i);
    int startLo = p >= 0 ? m_gate[idx(p)] : m_p0;
    int finishLo = kLowInstant;
    // What pushes the task latest, in implied start days, to name it in a conflict.
    int bestWork = workOf(startLo);
    int driver = p >= 0 && workOf(startLo) > workOf(m_p0) ? p : -1;
    const char* driverWhat = driver >= 0 ? "summary" : "project start";
    auto [b, e] = m_net.linksInto(i);
    for (auto* l = b; l != e; ++l) {
        if (m_fixedStart[k] && targetsStart(l->type))
            continue; // its start already happened
        const int v = (isFinishSource(l->type) ? ef(l->pred) : es(l->pred)) + 2 * l->lag;
        const int implied = targetsStart(l->type) ? workOf(v) : workOf(v) - d;
        if (targetsStart(l->type))
            startLo = std::max(startLo, v);
        else
            finishLo = std::max(finishLo, v);
        if (implied > bestWork) {
            bestWork = implied;
            driver = l->pred;
            driverWhat = "link";
        }
    }
    startLo = std::max(startLo, m_ownStartLo[k]);
    finishLo = std::max(finishLo, m_ownFinishLo[k]);
    if (!m_floor.empty() && !m_started[k])
        startLo = std::max(startLo, m_floor[k]);
    if (m_status && !m_started[k]) {
        if (workOf(*m_status) > bestWork) {
            driver = -1;
            driverWhat = "status date";
        }
        startLo = std::max(startLo, *m_status);
    }

    if (!m_fixedStart[k])
        m_ready[k] = workOf(startLo);
    if (d == 0) {
        m_es[k] = m_ef[k] = std::max(startLo, finishLo);
    } else {
        const int first = m_fixedStart[k] ? m_cal.indexOf(*t.actualStart) : workOf(startLo);
        Span s = fromStart(i, first);
        if (finishLo != kLowInstant && s.last + 1 < workOf(finishLo)) {
            if (m_fixedStart[k])
                s.last = finishAtLeast(i, workOf(finishLo) - 1).last;
            else
                s = finishAtLeast(i, workOf(finishLo) - 1);
        }
        setEarly(i, s);
    }
    if (!m_fixedStart[k] && m_hard[k]) {
        if (const int late = applyHardConstraint(i); late > 0)
            reportOverride(i, late, driver, driverWhat);
    }
    placeProgressByStatus(i);
    if (m_started[k] && !m_complete[k] && m_status && d > 0) {
        const int remaining = (d * (100 - std::clamp(t.percentComplete, 0, 100)) + 99) / 100;
        if (remaining > 0) {
            const int last = fromStart(i, workOf(*m_status)).first;
            const DayMask* m = mask(i);
            const int remLast = m ? m->advance(last, remaining - 1) : last + remaining - 1;
            m_ef[k] = std::max(m_ef[k], 2 * remLast + 1);
        }
    }
}

void Engine::placeProgressByStatus(int i)
{
    const auto k = idx(i);
    const Task& t = task(i);
    if (!m_status || !m_started[k] || t.actualFinish)
        return;
    const int statusEnd = *m_status - 1;        // end of the last working day on or before the status date
    const int lastDay = workOf(*m_status) - 1;  // and its index
    const DayMask* m = mask(i);
    const int cap = m ? m->lastOnOrBefore(lastDay) : lastDay; // the task's own last working day by then
    const int d = m_dur[k];
    const int wasStart = m_es[k], wasFinish = m_ef[k];
    if (m_complete[k]) { // rule 2: finished, so by the status date
        if (m_ef[k] <= statusEnd || (d == 0 && t.actualStart))
            return;
        if (d == 0) {
            m_es[k] = m_ef[k] = statusEnd;
        } else if (t.actualStart) { // the actual start stays; an actual start after the status date stays whole
            const int first = m_es[k] / 2;
            if (cap < first)
                return;
            setEarly(i, {first, cap});
        } else {
            Span s = finishAtMost(i, lastDay);
            const int projectFirst = workOf(m_p0);
            if (s.first < projectFirst && s.last >= projectFirst)
                s.first = m ? m->firstOnOrAfter(projectFirst) : projectFirst;
            setEarly(i, s);
        }
        if (m_ef[k] >= wasFinish) { // no working day of its own before: leave it
            m_es[k] = wasStart;
            m_ef[k] = wasFinish;
            return;
        }
    } else { // rule 4: started, so by the status date
        if (t.actualStart || m_es[k] < *m_status || d == 0)
            return;
        setEarly(i, fromStart(i, cap));
        if (m_es[k] >= wasStart) {
            m_es[k] = wasStart;
            m_ef[k] = wasFinish;
            return;
        }
    }
    const bool finish = m_complete[k] != 0;
    const int was = finish ? wasFinish : wasStart;
    const int now = finish ? m_ef[k] : m_es[k];
    ScheduleConflict c;
    c.kind = ScheduleConflict::Kind::ProgressAfterStatusDate;
    c.task = i;
    c.daysLate = workOf(was) - workOf(now);
    c.message = placedByStatusMessage(t, finish, m_cal.dateOf(dayOf(was)), m_cal.dateOf(dayOf(now)), *m_statusDate);
    m_conflicts.push_back(std::move(c));
}

int Engine::applyHardConstraint(int i)
{
    const Constraint& c = task(i).constraint;
    if (!c.date)
        return 0;
    using CT = ConstraintType;
    const bool onStart = c.type == CT::StartNoLaterThan || c.type == CT::MustStartOn;
    const bool must = c.type == CT::MustStartOn || c.type == CT::MustFinishOn;
    if (!onStart && c.type != CT::FinishNoLaterThan && c.type != CT::MustFinishOn)
        return 0;
    const auto k = idx(i);
    if (m_dur[k] == 0) {
        const int at = onStart ? startOf(*c.date) : endOf(*c.date);
        const int late = workOf(m_es[k]) - workOf(at);
        // Also when no work separates them: a milestone at the start of the
        // next day would show after a finish-no-later-than date it meets.
        if (must || m_es[k] > at)
            m_es[k] = m_ef[k] = at;
        return late;
    }
    const Span cur{m_es[k] / 2, m_ef[k] / 2};
    Span now = cur;
    if (onStart) {
        const int day = m_cal.indexOf(*c.date);
        if (must)
            now = fromStart(i, day);
        else if (cur.first > day)
            now = startAtMost(i, day);
    } else {
        const int day = workOf(endOf(*c.date)) - 1;
        if (must || cur.last > day)
            now = finishAtMost(i, day);
    }
    setEarly(i, now);
    return onStart ? cur.first - now.first : cur.last - now.last;
}

void Engine::reportOverride(int i, int late, int driver, const char* driverWhat)
{
    const Task& t = task(i);
    const Constraint& c = t.constraint;
    ScheduleConflict conflict;
    conflict.kind = ScheduleConflict::Kind::ConstraintOverridesLink;
    conflict.task = i;
    conflict.daysLate = late;
    std::string msg = "'" + t.name + "' (" + t.id + ") has the constraint '";
    msg += std::string(enumLabel(c.type)) + " " + formatIsoDate(*c.date) + "', but ";
    const std::string_view what = driverWhat;
    if (driver >= 0) {
        const Task& p = task(driver);
        conflict.involved.push_back(driver);
        msg += what == "summary" ? "its summary '" : "its predecessor '";
        msg += p.name + "' (" + p.id + ") would place it ";
    } else {
        msg += "the ";
        msg += what;
        msg += " would place it ";
    }
    msg += std::to_string(late) + " working day" + (late == 1 ? "" : "s");
    msg += " later; the constraint is kept and the tasks before it show negative float";
    conflict.message = std::move(msg);
    m_conflicts.push_back(std::move(conflict));
}

} // namespace certplan
