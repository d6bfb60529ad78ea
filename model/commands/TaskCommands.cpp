// SPDX-License-Identifier: MIT
#include "commands/TaskCommands.h"

#include <algorithm>
#include <iterator>
#include <string_view>

namespace certplan {

namespace {

ChangeSet taskChange(const std::string& id)
{
    ChangeSet c;
    c.tasks = true;
    c.taskIds.push_back(id);
    return c;
}

ChangeSet structureChange()
{
    ChangeSet c;
    c.structure = true;
    c.tasks = true;
    return c;
}

} // namespace

ModifyTask::ModifyTask(std::string label, Task before, Task after)
    : m_label(std::move(label)), m_before(std::move(before)), m_after(std::move(after))
{
}

void ModifyTask::apply(Plan& plan)
{
    *plan.findTask(m_before.id) = m_after;
}

void ModifyTask::revert(Plan& plan)
{
    *plan.findTask(m_after.id) = m_before;
}

ChangeSet ModifyTask::changes() const
{
    ChangeSet c = taskChange(m_after.id);
    c.checklists = m_before.requirement != m_after.requirement;
    c.certification = m_before.nonconformity != m_after.nonconformity || m_before.audit != m_after.audit;
    return c;
}

bool ModifyTask::mergeWith(const Command& other)
{
    // Repeated edits of the same field of the same task (e.g. nudging a bar
    // with the keyboard) collapse into one undo step. Only such continuous
    // adjustments merge: two links into one task, or two dialog edits, are
    // separate decisions and each keeps its own undo step.
    static constexpr std::string_view kContinuous[] = {"Move Task", "Change Duration"};
    const auto* o = dynamic_cast<const ModifyTask*>(&other);
    if (!o || o->m_label != m_label || o->m_before.id != m_after.id || o->m_before != m_after ||
        std::find(std::begin(kContinuous), std::end(kContinuous), m_label) == std::end(kContinuous))
        return false;
    m_after = o->m_after;
    return true;
}

InsertTasks::InsertTasks(std::string label, int position, std::vector<Task> tasks)
    : m_label(std::move(label)), m_position(position), m_tasks(std::move(tasks))
{
}

void InsertTasks::apply(Plan& plan)
{
    plan.tasks.insert(plan.tasks.begin() + m_position, m_tasks.begin(), m_tasks.end());
}

void InsertTasks::revert(Plan& plan)
{
    plan.tasks.erase(plan.tasks.begin() + m_position,
                     plan.tasks.begin() + m_position + static_cast<std::ptrdiff_t>(m_tasks.size()));
}

ChangeSet InsertTasks::changes() const
{
    ChangeSet c = structureChange();
    for (const auto& t : m_tasks)
        c.taskIds.push_back(t.id);
    return c;
}

RemoveTasks::RemoveTasks(std::string label, std::vector<Block> blocks, std::vector<std::pair<int, Task>> touchedTasks,
                         std::vector<std::pair<int, Audit>> touchedAudits, const Plan& plan)
    : m_label(std::move(label)), m_blocks(std::move(blocks)), m_touchedAfter(std::move(touchedTasks)),
      m_auditsBefore(std::move(touchedAudits))
{
    for (const auto& [index, after] : m_touchedAfter)
        m_touchedBefore.emplace_back(index, plan.tasks[static_cast<std::size_t>(index)]);
    // A target task that no longer exists would make the saved file unreadable;
    // without it the target date binds the whole plan.
    for (const auto& b : m_blocks)
        for (const auto& t : b.tasks)
            if (!t.id.empty() && t.id == plan.info.targetTask)
                m_targetBefore = t.id;
}

void RemoveTasks::apply(Plan& plan)
{
    // Repair the survivors while indices still refer to the original list.
    for (const auto& [index, after] : m_touchedAfter)
        plan.tasks[static_cast<std::size_t>(index)] = after;
    for (auto it = m_blocks.rbegin(); it != m_blocks.rend(); ++it)
        plan.tasks.erase(plan.tasks.begin() + it->position,
                         plan.tasks.begin() + it->position + static_cast<std::ptrdiff_t>(it->tasks.size()));
    // An audit may lose its own task, its decision task or both.
    for (const auto& [index, before] : m_auditsBefore) {
        Audit& a = plan.audits[static_cast<std::size_t>(index)];
        if (!plan.findTask(a.task))
            a.task.clear();
        if (!plan.findTask(a.decisionTask))
            a.decisionTask.clear();
    }
    if (!m_targetBefore.empty())
        plan.info.targetTask.clear();
}

void RemoveTasks::revert(Plan& plan)
{
    for (const auto& b : m_blocks)
        plan.tasks.insert(plan.tasks.begin() + b.position, b.tasks.begin(), b.tasks.end());
    for (const auto& [index, before] : m_touchedBefore)
        plan.tasks[static_cast<std::size_t>(index)] = before;
    for (const auto& [index, before] : m_auditsBefore)
        plan.audits[static_cast<std::size_t>(index)] = before;
    if (!m_targetBefore.empty())
        plan.info.targetTask = m_targetBefore;
}

ChangeSet RemoveTasks::changes() const
{
    ChangeSet c = structureChange();
    c.certification = !m_auditsBefore.empty();
    c.info = !m_targetBefore.empty();
    return c;
}

ShiftLevels::ShiftLevels(std::string label, int begin, int end, int delta)
    : m_label(std::move(label)), m_begin(begin), m_end(end), m_delta(delta)
{
}

void ShiftLevels::apply(Plan& plan)
{
    for (int i = m_begin; i < m_end; ++i)
        plan.tasks[static_cast<std::size_t>(i)].level += m_delta;
}

void ShiftLevels::revert(Plan& plan)
{
    for (int i = m_begin; i < m_end; ++i)
        plan.tasks[static_cast<std::size_t>(i)].level -= m_delta;
}

ChangeSet ShiftLevels::changes() const
{
    return structureChange();
}

SwapBlocks::SwapBlocks(std::string label, int a, int b, int c) : m_label(std::move(label)), m_a(a), m_b(b), m_c(c) {}

void SwapBlocks::apply(Plan& plan)
{
    std::rotate(plan.tasks.begin() + m_a, plan.tasks.begin() + m_b, plan.tasks.begin() + m_c);
}

void SwapBlocks::revert(Plan& plan)
{
    std::rotate(plan.tasks.begin() + m_a, plan.tasks.begin() + m_a + (m_c - m_b), plan.tasks.begin() + m_c);
}

ChangeSet SwapBlocks::changes() const
{
    return structureChange();
}

} // namespace certplan
