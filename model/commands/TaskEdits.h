// SPDX-License-Identifier: MIT
#pragma once
// Checked constructors for task edits. Each returns the command, or a message
// saying why the edit is not possible. Whether an edit would create a
// dependency cycle is decided by Document::execute, which tries it against the
// whole network and refuses it before it reaches the history.

#include "commands/Command.h"
#include "util/Result.h"

#include <string>
#include <vector>

namespace certplan {

using CommandResult = Result<CommandPtr, std::string>;

std::string uniqueTaskId(const Plan& plan, const std::string& prefix = "t");

// Replace a task's fields (level and position are kept from the plan).
CommandResult editTask(const Plan& plan, Task after, std::string label = "Edit Task");

// Insert a new task before position (== size appends) at the given level; the
// level is clamped to what the outline allows there.
CommandResult insertTask(const Plan& plan, int position, int level, Task task, std::string label = "Insert Task");
// A new task right below `afterId` (and its subtree), as its sibling.
CommandResult insertTaskAfter(const Plan& plan, const std::string& afterId, Task task,
                              std::string label = "Insert Task");

CommandResult deleteTasks(const Plan& plan, const std::vector<std::string>& ids);
CommandResult indentTask(const Plan& plan, const std::string& id);
CommandResult outdentTask(const Plan& plan, const std::string& id);
CommandResult moveTaskUp(const Plan& plan, const std::string& id);
CommandResult moveTaskDown(const Plan& plan, const std::string& id);

CommandResult linkTasks(const Plan& plan, const std::string& predecessor, const std::string& successor,
                        DependencyType type = DependencyType::FinishToStart, int lagDays = 0);
CommandResult unlinkTasks(const Plan& plan, const std::string& predecessor, const std::string& successor);

// Checks a task's own fields (duration, constraint date, percent, actual dates).
std::optional<std::string> checkTaskFields(const Plan& plan, const Task& t);

} // namespace certplan
