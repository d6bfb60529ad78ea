// SPDX-License-Identifier: MIT
#include "schedule/ProjectScope.h"

#include <string_view>
#include <unordered_set>

namespace certplan {

std::vector<char> laterCycleTasks(const Plan& plan, const Network& net)
{
    const int n = net.taskCount();
    std::vector<char> out(static_cast<std::size_t>(n), 0);
    std::unordered_set<std::string_view> audits; // later cycles' audit ids
    std::vector<int> work;
    auto mark = [&](int i) {
        if (i >= 0 && i < n && !out[static_cast<std::size_t>(i)]) {
            out[static_cast<std::size_t>(i)] = 1;
            work.push_back(i);
        }
    };
    for (const Audit& a : plan.audits) {
        if (a.cycle < 2)
            continue;
        audits.insert(a.id);
        if (!a.task.empty())
            mark(plan.taskIndex(a.task));
        if (!a.decisionTask.empty())
            mark(plan.taskIndex(a.decisionTask));
    }
    if (audits.empty())
        return out;
    for (int i = 0; i < n; ++i)
        if (const auto& id = plan.tasks[static_cast<std::size_t>(i)].audit; !id.empty() && audits.count(id))
            mark(i);
    // Rule 4 counts, per summary, the subtasks already in the programme.
    std::vector<int> marked(static_cast<std::size_t>(n), 0);
    while (!work.empty()) {
        const int i = work.back();
        work.pop_back();
        for (int c : net.children(i))
            mark(c);
        for (int li : net.linksOutOf(i))
            mark(net.links()[static_cast<std::size_t>(li)].succ);
        if (const int p = net.parent(i); p >= 0 && ++marked[static_cast<std::size_t>(p)] ==
                                                       static_cast<int>(net.children(p).size()))
            mark(p);
    }
    return out;
}

} // namespace certplan
