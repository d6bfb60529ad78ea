// SPDX-License-Identifier: MIT
// The backward passes: late dates (for float), then scheduled dates for ALAP
// tasks. Both walk the units in reverse topological order and bound each task
// by its successors, its summaries, its deadline and constraints; the late pass
// reads the successors' late dates, the ALAP pass their scheduled dates.
#include "schedule/Engine.h"

#include "schedule/Instants.h"

#include <algorithm>

namespace certplan {

void Engine::backward(int finishBound, int anchor, int anchorFinish)
{
    m_finishBound = finishBound;
    m_anchor = anchor;
    m_anchorFinish = anchorFinish;
    backwardPass(false);
}

void Engine::placeAlap()
{
    m_ss = m_es;
    m_sf = m_ef;
    if (m_anyAlap)
        backwardPass(true);
}

void Engine::backwardPass(bool alap)
{
    const auto& order = m_net.order();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int unit = *it;
        const int i = unit / 2;
        if (m_net.isSummary(i)) {
            if (unit % 2 == 1)
                backwardGate(i, alap);
            else
                rollUpBack(i, alap);
        } else if (unit % 2 == 0) {
            backwardLeaf(i, alap);
        }
    }
}

void Engine::backwardGate(int i, bool alap)
{
    const std::vector<int>& succStart = alap ? m_ss : m_ls;
    const std::vector<int>& succFinish = alap ? m_sf : m_lf;
    int g = finishBoundOf(i);
    int cap = kHighInstant;
    if (i == m_anchor)
        g = std::min(g, m_anchorFinish);
    const int p = m_net.parent(i);
    if (p >= 0) {
        g = std::min(g, m_lateGate[idx(p)]);
        // Links out of a summary's start bind the subtasks that start it.
        if (workOf(es(i)) == workOf(es(p)))
            cap = m_startCap[idx(p)];
    }
    g = std::min(g, m_ownFinishHi[idx(i)]);
    for (int li : m_net.linksOutOf(i)) {
        const ResolvedLink& l = m_net.links()[idx(li)];
        if (!linkIsLive(l))
            continue;
        const int bound = (targetsStart(l.type) ? succStart[idx(l.succ)] : succFinish[idx(l.succ)]) - 2 * l.lag;
        if (isFinishSource(l.type))
            g = std::min(g, bound);
        else
            cap = std::min(cap, bound);
    }
    m_lateGate[idx(i)] = g;
    m_startCap[idx(i)] = cap;
}

void Engine::rollUpBack(int i, bool alap)
{
    std::vector<int>& s = alap ? m_ss : m_ls;
    std::vector<int>& f = alap ? m_sf : m_lf;
    int lo = kHighInstant, hi = kLowInstant;
    for (int c : m_net.children(i)) {
        lo = std::min(lo, s[idx(c)]);
        hi = std::max(hi, f[idx(c)]);
    }
    s[idx(i)] = lo;
    f[idx(i)] = hi;
}

void Engine::backwardLeaf(int i, bool alap)
{
    const auto k = idx(i);
    if (alap && (!m_alap[k] || m_started[k]))
        return; // keeps its early dates
    if (!alap && m_complete[k]) {
        m_ls[k] = m_es[k];
        m_lf[k] = m_ef[k];
        return;
    }
    std::vector<int>& outS = alap ? m_ss : m_ls;
    std::vector<int>& outF = alap ? m_sf : m_lf;
    int finishHi = finishBoundOf(i);
    if (i == m_anchor)
        finishHi = std::min(finishHi, m_anchorFinish);
    int startHi = kHighInstant;
    const int p = m_net.parent(i);
    if (p >= 0) {
        finishHi = std::min(finishHi, m_lateGate[idx(p)]);
        if (workOf(es(i)) == workOf(es(p)))
            startHi = std::min(startHi, m_startCap[idx(p)]);
    }
    finishHi = std::min(finishHi, m_ownFinishHi[k]);
    startHi = std::min(startHi, m_ownStartHi[k]);
    const std::vector<int>& succStart = alap ? m_ss : m_ls;
    const std::vector<int>& succFinish = alap ? m_sf : m_lf;
    for (int li : m_net.linksOutOf(i)) {
        const ResolvedLink& l = m_net.links()[idx(li)];
        if (!linkIsLive(l))
            continue;
        const int bound = (targetsStart(l.type) ? succStart[idx(l.succ)] : succFinish[idx(l.succ)]) - 2 * l.lag;
        if (isFinishSource(l.type))
            finishHi = std::min(finishHi, bound);
        else
            startHi = std::min(startHi, bound);
    }
    const int d = m_dur[k];
    if (m_started[k]) { // the start is history; only the finish can still move
        m_ls[k] = m_es[k];
        m_lf[k] = 2 * workOf(finishHi) - 1;
        return;
    }
    if (d == 0) {
        // Same amount of work as the bound, on the same side of a day as the
        // early date, so early and late dates of a milestone read alike.
        const int w = workOf(std::min(finishHi, startHi));
        outS[k] = outF[k] = (m_ef[k] & 1) != 0 ? 2 * w - 1 : 2 * w;
    } else {
        Span s = finishAtMost(i, workOf(finishHi) - 1);
        if (startHi != kHighInstant && s.first > workOf(startHi))
            s = startAtMost(i, workOf(startHi));
        outS[k] = 2 * s.first;
        outF[k] = 2 * s.last + 1;
    }
    if (alap && workOf(outS[k]) < workOf(m_es[k])) {
        outS[k] = m_es[k]; // no room: an ALAP task never moves before its early dates
        outF[k] = m_ef[k];
    }
}

} // namespace certplan
