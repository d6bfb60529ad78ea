// SPDX-License-Identifier: MIT
#include "core/TaskTree.h"

#include <algorithm>

namespace certplan {

TaskTree::TaskTree(const std::vector<Task>& tasks)
    : m_parent(tasks.size(), kNone), m_childCount(tasks.size(), 0), m_subtreeEnd(tasks.size(), 0),
      m_siblingPos(tasks.size(), 0)
{
    // Stack of open ancestors; levels that jump by more than one are clamped
    // to "child of the previous task", and negative levels to the top level,
    // so a damaged list still yields a tree.
    std::vector<int> stack;
    std::vector<int> nextSiblingPos{0};
    for (std::size_t k = 0; k < tasks.size(); ++k) {
        const int i = static_cast<int>(k);
        const int level = std::max(tasks[k].level, 0);
        while (static_cast<int>(stack.size()) > level) {
            m_subtreeEnd[static_cast<std::size_t>(stack.back())] = i;
            stack.pop_back();
            nextSiblingPos.pop_back();
        }
        const int p = stack.empty() ? kNone : stack.back();
        m_parent[k] = p;
        if (p != kNone)
            ++m_childCount[static_cast<std::size_t>(p)];
        m_siblingPos[k] = nextSiblingPos.back()++;
        stack.push_back(i);
        nextSiblingPos.push_back(0);
    }
    for (int open : stack)
        m_subtreeEnd[static_cast<std::size_t>(open)] = static_cast<int>(tasks.size());
}

std::vector<int> TaskTree::children(int i) const
{
    std::vector<int> out;
    if (i == kNone) {
        for (int k = 0; k < size(); ++k)
            if (m_parent[static_cast<std::size_t>(k)] == kNone)
                out.push_back(k);
        return out;
    }
    for (int k = i + 1; k < subtreeEnd(i); k = subtreeEnd(k))
        out.push_back(k);
    return out;
}

bool TaskTree::isAncestor(int ancestor, int i) const
{
    return ancestor != kNone && i > ancestor && i < subtreeEnd(ancestor);
}

std::string TaskTree::wbs(int i) const
{
    std::string out;
    for (int k = i; k != kNone; k = parent(k)) {
        std::string part = std::to_string(positionAmongSiblings(k) + 1);
        out = out.empty() ? part : part + "." + out;
    }
    return out;
}

} // namespace certplan
