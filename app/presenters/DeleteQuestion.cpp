// SPDX-License-Identifier: MIT
#include "presenters/DeleteQuestion.h"

namespace certplan::present {

std::optional<std::string> deleteSummaryQuestion(const Plan& plan, const TaskTree& tree, const std::vector<std::string>& ids)
{
    std::vector<char> removed(plan.tasks.size(), 0);
    int summaries = 0;
    int firstSummary = -1;
    for (const auto& id : ids) {
        const int i = plan.taskIndex(id);
        if (i < 0)
            continue;
        if (tree.isSummary(i)) {
            ++summaries;
            if (firstSummary < 0)
                firstSummary = i;
        }
        for (int k = i; k < tree.subtreeEnd(i); ++k)
            removed[static_cast<std::size_t>(k)] = 1;
    }
    if (summaries == 0)
        return std::nullopt;
    int total = 0;
    for (char r : removed)
        total += r;
    const Task& s = plan.tasks[static_cast<std::size_t>(firstSummary)];
    if (summaries == 1 && ids.size() == 1) {
        const int subtasks = total - 1;
        return "\u201c" + s.name + "\u201d is a summary task. Deleting it also deletes its " + std::to_string(subtasks) +
               (subtasks == 1 ? " subtask" : " subtasks") + ". Delete them all?";
    }
    return "The selection includes " + std::to_string(summaries) + (summaries == 1 ? " summary task" : " summary tasks") +
           ", so " + std::to_string(total) + " tasks in all would be deleted, subtasks included. Delete them all?";
}

} // namespace certplan::present
