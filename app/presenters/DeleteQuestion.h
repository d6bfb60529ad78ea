// SPDX-License-Identifier: MIT
#pragma once
// Deleting a summary task deletes its subtasks with it (commands/TaskEdits.h
// deleteTasks). GanttProject and MS Project ask first; so do we, with this
// question. Plain tasks and milestones go without a question (undo brings them back).

#include "core/Plan.h"
#include "core/TaskTree.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan::present {

// The question to ask before deleting the tasks with these ids, or none when
// no one of them has subtasks. Unknown ids are ignored.
std::optional<std::string> deleteSummaryQuestion(const Plan& plan, const TaskTree& tree, const std::vector<std::string>& ids);

} // namespace certplan::present
