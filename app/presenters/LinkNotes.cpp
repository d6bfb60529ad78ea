// SPDX-License-Identifier: MIT
#include "presenters/LinkNotes.h"

#include "progress/Progress.h"

#include <algorithm>

namespace certplan::present {

std::vector<LinkSnapshot> snapshotLinks(const Plan& plan, const std::vector<std::string>& taskIds)
{
    std::vector<LinkSnapshot> out;
    for (const auto& id : taskIds)
        if (const Task* t = plan.findTask(id))
            out.push_back({id, t->predecessors});
    return out;
}

std::string ignoredLinkNote(const Plan& after, const std::vector<LinkSnapshot>& before, const DateFormat& dates)
{
    for (const auto& snap : before) {
        const int i = after.taskIndex(snap.task);
        if (i < 0)
            continue;
        const Task& t = after.tasks[static_cast<std::size_t>(i)];
        if (!t.actualStart && !t.actualFinish)
            continue;
        const bool finished = leafProgress(t).finished;
        for (const auto& d : t.predecessors) {
            const bool isNew = std::none_of(snap.predecessors.begin(), snap.predecessors.end(),
                                            [&d](const Dependency& o) { return o == d; });
            // Links into the finish (FF, SF) still place an unfinished task's finish.
            const bool intoStart = d.type == DependencyType::FinishToStart || d.type == DependencyType::StartToStart;
            if (!isNew || !(finished || intoStart))
                continue;
            const int pred = after.taskIndex(d.predecessor);
            const std::string actual = t.actualStart ? "started " + dates.format(*t.actualStart)
                                                     : "finished " + dates.format(*t.actualFinish);
            return "The link from task " + std::to_string(pred + 1) + " does not move task " + std::to_string(i + 1) +
                   ": it has actual dates (" + actual + "), and actual dates win. Clear its progress to let links place it.";
        }
    }
    return {};
}

} // namespace certplan::present
