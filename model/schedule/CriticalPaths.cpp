// SPDX-License-Identifier: MIT
#include "schedule/CriticalPaths.h"

#include "schedule/Instants.h"

#include <algorithm>

namespace certplan {

namespace {

// The critical leaves through which a link on summary i acts: those inside it
// whose start (or finish) is the summary's. A leaf stands for itself.
void leavesAt(const Network& net, const Engine& eng, const std::vector<TaskTimes>& times, int i, bool atStart,
              std::vector<int>& leaves)
{
    leaves.clear();
    auto critical = [&](int k) { return times[static_cast<std::size_t>(k)].critical; };
    if (!net.isSummary(i)) {
        if (critical(i))
            leaves.push_back(i);
        return;
    }
    const int at = workOf(atStart ? eng.es(i) : eng.ef(i));
    std::vector<int> stack{i};
    while (!stack.empty()) {
        const int s = stack.back();
        stack.pop_back();
        for (int c : net.children(s)) {
            if (workOf(atStart ? eng.es(c) : eng.ef(c)) != at)
                continue;
            if (net.isSummary(c))
                stack.push_back(c);
            else if (critical(c))
                leaves.push_back(c);
        }
    }
}

} // namespace

void collectCriticalPaths(const Network& net, const Engine& eng, const std::vector<TaskTimes>& times, int limit,
                          std::vector<std::vector<int>>& out)
{
    const int n = net.taskCount();
    auto critical = [&](int i) { return times[static_cast<std::size_t>(i)].critical; };
    std::vector<std::vector<int>> next(static_cast<std::size_t>(n));
    std::vector<char> hasPrev(static_cast<std::size_t>(n), 0);
    std::vector<int> from, to;
    for (const auto& l : net.links()) {
        if (!eng.linkIsLive(l) || eng.linkSlack(l) != 0)
            continue;
        if (!net.isSummary(l.pred) && !critical(l.pred))
            continue;
        leavesAt(net, eng, times, l.pred, !isFinishSource(l.type), from);
        if (from.empty())
            continue;
        leavesAt(net, eng, times, l.succ, targetsStart(l.type), to);
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
            if (succ.empty())
                out.push_back(path);
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

} // namespace certplan
