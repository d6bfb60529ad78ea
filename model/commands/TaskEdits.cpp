// SPDX-License-Identifier: MIT
#include "commands/TaskEdits.h"

#include "commands/TaskCommands.h"
#include "core/FieldLimits.h"
#include "core/TaskTree.h"

#include <algorithm>
#include <set>

namespace certplan {

namespace {

std::string quote(const Task& t)
{
    return "'" + t.name + "'";
}

CommandResult fail(std::string msg)
{
    return unexpected(std::move(msg));
}

} // namespace

std::string uniqueTaskId(const Plan& plan, const std::string& prefix)
{
    long next = 1;
    for (const auto& t : plan.tasks) {
        if (t.id.size() <= prefix.size() || t.id.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::string rest = t.id.substr(prefix.size());
        if (rest.find_first_not_of("0123456789") != std::string::npos || rest.size() > 9)
            continue;
        next = std::max(next, std::stol(rest) + 1);
    }
    return prefix + std::to_string(next);
}

std::optional<std::string> checkTaskFields(const Plan& plan, const Task& t)
{
    if (t.name.empty())
        return "a task needs a name";
    // The same limits, in the same words, as the loader (core/FieldLimits.h):
    // an edit never makes a plan that its own file could not hold.
    if (!limits::kDuration.allows(t.durationDays))
        return limits::kDuration.sentence();
    if (t.sizing)
        for (const int days : {t.sizing->small, t.sizing->medium, t.sizing->large})
            if (!limits::kDuration.allows(days))
                return limits::kDuration.sentence();
    if (!limits::kPercentComplete.allows(t.percentComplete))
        return limits::kPercentComplete.sentence();
    if (constraintNeedsDate(t.constraint.type) && !t.constraint.date)
        return "the constraint '" + std::string(enumLabel(t.constraint.type)) + "' needs a date";
    const std::pair<const char*, const OptDate*> dates[] = {{"constraint date", &t.constraint.date},
                                                            {"deadline", &t.deadline},
                                                            {"actual start", &t.actualStart},
                                                            {"actual finish", &t.actualFinish}};
    for (const auto& [what, date] : dates)
        if (*date && !limits::inDateRange(**date))
            return "the " + std::string(what) + " " + formatIsoDate(**date) + " is not " + limits::dateRangeText();
    if (t.actualStart && t.actualFinish && *t.actualFinish < *t.actualStart)
        return "the actual finish is before the actual start";
    std::set<std::string> seen;
    for (const auto& a : t.assignments) {
        if (!plan.findResource(a.resource))
            return "there is no resource '" + a.resource + "'";
        if (!limits::kAssignmentUnits.allows(a.units))
            return limits::kAssignmentUnits.sentence();
        if (!seen.insert(a.resource).second)
            return "resource '" + a.resource + "' is assigned twice";
    }
    for (const auto& d : t.predecessors) {
        if (!plan.findTask(d.predecessor))
            return "there is no task '" + d.predecessor + "' to depend on";
        if (!limits::kLag.allows(d.lagDays))
            return limits::kLag.sentence();
    }
    return std::nullopt;
}

CommandResult editTask(const Plan& plan, Task after, std::string label)
{
    const Task* before = plan.findTask(after.id);
    if (!before)
        return fail("there is no task '" + after.id + "'");
    after.level = before->level;
    if (auto problem = checkTaskFields(plan, after))
        return fail("Cannot change " + quote(*before) + ": " + *problem);
    if (after == *before)
        return fail("nothing to change");
    return CommandPtr(std::make_unique<ModifyTask>(std::move(label), *before, std::move(after)));
}

CommandResult insertTask(const Plan& plan, int position, int level, Task task, std::string label)
{
    const int n = static_cast<int>(plan.tasks.size());
    position = std::clamp(position, 0, n);
    // The new task may be at most one level deeper than the task above it, and
    // must be at least as deep as the task below it would need.
    // A milestone cannot have subtasks, so below one the new task stays at its level.
    const Task* above = position == 0 ? nullptr : &plan.tasks[static_cast<std::size_t>(position - 1)];
    const int maxLevel = above ? above->level + (above->milestone ? 0 : 1) : 0;
    const int minLevel = position == n ? 0 : std::max(0, plan.tasks[static_cast<std::size_t>(position)].level - 1);
    task.level = std::clamp(level, std::min(minLevel, maxLevel), maxLevel);
    if (task.id.empty())
        task.id = uniqueTaskId(plan);
    if (plan.findTask(task.id))
        return fail("a task with id '" + task.id + "' already exists");
    if (auto problem = checkTaskFields(plan, task))
        return fail("Cannot insert the task: " + *problem);
    std::vector<Task> block{std::move(task)};
    return CommandPtr(std::make_unique<InsertTasks>(std::move(label), position, std::move(block)));
}

CommandResult insertTaskAfter(const Plan& plan, const std::string& afterId, Task task, std::string label)
{
    if (afterId.empty())
        return insertTask(plan, static_cast<int>(plan.tasks.size()), 0, std::move(task), std::move(label));
    const int i = plan.taskIndex(afterId);
    if (i < 0)
        return fail("there is no task '" + afterId + "'");
    const TaskTree tree(plan.tasks);
    return insertTask(plan, tree.subtreeEnd(i), plan.tasks[static_cast<std::size_t>(i)].level, std::move(task),
                      std::move(label));
}

CommandResult deleteTasks(const Plan& plan, const std::vector<std::string>& ids)
{
    if (ids.empty())
        return fail("no task selected");
    const TaskTree tree(plan.tasks);
    std::vector<char> removed(plan.tasks.size(), 0);
    for (const auto& id : ids) {
        const int i = plan.taskIndex(id);
        if (i < 0)
            return fail("there is no task '" + id + "'");
        for (int k = i; k < tree.subtreeEnd(i); ++k)
            removed[static_cast<std::size_t>(k)] = 1;
    }
    std::vector<RemoveTasks::Block> blocks;
    std::set<std::string> removedIds;
    for (std::size_t k = 0; k < plan.tasks.size(); ++k) {
        if (!removed[k])
            continue;
        removedIds.insert(plan.tasks[k].id);
        if (blocks.empty() || blocks.back().position + static_cast<int>(blocks.back().tasks.size()) != static_cast<int>(k))
            blocks.push_back({static_cast<int>(k), {}});
        blocks.back().tasks.push_back(plan.tasks[k]);
    }
    // Positions are stored as they will be when the earlier blocks are already
    // back in place, i.e. original positions (revert re-inserts in order).
    std::vector<std::pair<int, Task>> touched;
    for (std::size_t k = 0; k < plan.tasks.size(); ++k) {
        if (removed[k])
            continue;
        const Task& t = plan.tasks[k];
        Task after = t;
        std::erase_if(after.predecessors, [&](const Dependency& d) { return removedIds.count(d.predecessor) > 0; });
        if (after.predecessors.size() != t.predecessors.size())
            touched.emplace_back(static_cast<int>(k), std::move(after));
    }
    std::vector<std::pair<int, Audit>> audits;
    for (std::size_t a = 0; a < plan.audits.size(); ++a)
        if (removedIds.count(plan.audits[a].task) || removedIds.count(plan.audits[a].decisionTask))
            audits.emplace_back(static_cast<int>(a), plan.audits[a]);
    const std::string label = removedIds.size() == 1 ? "Delete Task" : "Delete Tasks";
    return CommandPtr(std::make_unique<RemoveTasks>(label, std::move(blocks), std::move(touched), std::move(audits), plan));
}

CommandResult indentTask(const Plan& plan, const std::string& id)
{
    const int i = plan.taskIndex(id);
    if (i < 0)
        return fail("there is no task '" + id + "'");
    const TaskTree tree(plan.tasks);
    const Task& t = plan.tasks[static_cast<std::size_t>(i)];
    const auto siblings = tree.children(tree.parent(i));
    const auto it = std::find(siblings.begin(), siblings.end(), i);
    if (it == siblings.begin())
        return fail("Cannot indent " + quote(t) + ": there is no task above it at the same level to go under");
    const Task& newParent = plan.tasks[static_cast<std::size_t>(*(it - 1))];
    if (newParent.milestone)
        return fail("Cannot indent " + quote(t) + " under the milestone " + quote(newParent));
    return CommandPtr(std::make_unique<ShiftLevels>("Indent Task", i, tree.subtreeEnd(i), +1));
}

CommandResult outdentTask(const Plan& plan, const std::string& id)
{
    const int i = plan.taskIndex(id);
    if (i < 0)
        return fail("there is no task '" + id + "'");
    const Task& t = plan.tasks[static_cast<std::size_t>(i)];
    if (t.level == 0)
        return fail("Cannot outdent " + quote(t) + ": it is already at the top level");
    const TaskTree tree(plan.tasks);
    // Outdenting makes the later siblings subtasks, which a milestone cannot have
    // (indent refuses the same for the same reason).
    const int end = tree.subtreeEnd(i);
    if (t.milestone && end < static_cast<int>(plan.tasks.size()) && tree.parent(end) == tree.parent(i))
        return fail("Cannot outdent " + quote(t) + ": the tasks below it would go under the milestone");
    return CommandPtr(std::make_unique<ShiftLevels>("Outdent Task", i, tree.subtreeEnd(i), -1));
}

CommandResult moveTaskUp(const Plan& plan, const std::string& id)
{
    const int i = plan.taskIndex(id);
    if (i < 0)
        return fail("there is no task '" + id + "'");
    const TaskTree tree(plan.tasks);
    const auto siblings = tree.children(tree.parent(i));
    const auto it = std::find(siblings.begin(), siblings.end(), i);
    if (it == siblings.begin())
        return fail("Cannot move " + quote(plan.tasks[static_cast<std::size_t>(i)]) + " up: it is already first");
    return CommandPtr(std::make_unique<SwapBlocks>("Move Task Up", *(it - 1), i, tree.subtreeEnd(i)));
}

CommandResult moveTaskDown(const Plan& plan, const std::string& id)
{
    const int i = plan.taskIndex(id);
    if (i < 0)
        return fail("there is no task '" + id + "'");
    const TaskTree tree(plan.tasks);
    const auto siblings = tree.children(tree.parent(i));
    const auto it = std::find(siblings.begin(), siblings.end(), i);
    if (it + 1 == siblings.end())
        return fail("Cannot move " + quote(plan.tasks[static_cast<std::size_t>(i)]) + " down: it is already last");
    const int next = *(it + 1);
    return CommandPtr(std::make_unique<SwapBlocks>("Move Task Down", i, next, tree.subtreeEnd(next)));
}

CommandResult linkTasks(const Plan& plan, const std::string& predecessor, const std::string& successor,
                        DependencyType type, int lagDays)
{
    const Task* p = plan.findTask(predecessor);
    const Task* s = plan.findTask(successor);
    if (!p || !s)
        return fail("both tasks must exist to link them");
    if (p == s)
        return fail("a task cannot depend on itself");
    if (s->findPredecessor(predecessor))
        return fail(quote(*s) + " already depends on " + quote(*p));
    if (!limits::kLag.allows(lagDays))
        return fail("Cannot link to " + quote(*s) + ": " + limits::kLag.sentence());
    Task after = *s;
    after.predecessors.push_back({predecessor, type, lagDays});
    return CommandPtr(std::make_unique<ModifyTask>("Link Tasks", *s, std::move(after)));
}

CommandResult unlinkTasks(const Plan& plan, const std::string& predecessor, const std::string& successor)
{
    const Task* s = plan.findTask(successor);
    if (!s || !s->findPredecessor(predecessor))
        return fail("these tasks are not linked");
    Task after = *s;
    std::erase_if(after.predecessors, [&](const Dependency& d) { return d.predecessor == predecessor; });
    return CommandPtr(std::make_unique<ModifyTask>("Unlink Tasks", *s, std::move(after)));
}

} // namespace certplan
