// SPDX-License-Identifier: MIT
#include "presenters/VisibleRows.h"

#include "core/TaskTree.h"

namespace certplan::present {

void VisibleRows::rebuild(const Plan& plan)
{
    m_rows.clear();
    m_rowOfTask.assign(plan.tasks.size(), -1);
    const TaskTree tree(plan.tasks);
    for (int i = 0; i < tree.size();) {
        m_rowOfTask[static_cast<std::size_t>(i)] = static_cast<int>(m_rows.size());
        m_rows.push_back(i);
        const bool skip = tree.isSummary(i) && isCollapsed(plan.tasks[static_cast<std::size_t>(i)].id);
        i = skip ? tree.subtreeEnd(i) : i + 1;
    }
}

int VisibleRows::rowOf(int task) const
{
    return task >= 0 && task < static_cast<int>(m_rowOfTask.size()) ? m_rowOfTask[static_cast<std::size_t>(task)] : -1;
}

void VisibleRows::setCollapsed(const std::string& id, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(id);
    else
        m_collapsed.erase(id);
}

void VisibleRows::collapseAll(const Plan& plan)
{
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (isSummary(plan.tasks, i))
            m_collapsed.insert(plan.tasks[i].id);
}

void VisibleRows::reveal(const Plan& plan, int task)
{
    const TaskTree tree(plan.tasks);
    for (int p = tree.parent(task); p != TaskTree::kNone; p = tree.parent(p))
        m_collapsed.erase(plan.tasks[static_cast<std::size_t>(p)].id);
}

} // namespace certplan::present
