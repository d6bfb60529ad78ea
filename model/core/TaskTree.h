// SPDX-License-Identifier: MIT
#pragma once
// Parent/child/WBS view of the outline-ordered task list, built in one O(n) pass.
// Cheap enough to rebuild after every structural edit.

#include "core/Task.h"

#include <string>
#include <vector>

namespace certplan {

class TaskTree {
public:
    static constexpr int kNone = -1;

    explicit TaskTree(const std::vector<Task>& tasks);

    int size() const { return static_cast<int>(m_parent.size()); }
    int parent(int i) const { return m_parent[static_cast<std::size_t>(i)]; }
    bool isSummary(int i) const { return m_childCount[static_cast<std::size_t>(i)] > 0; }
    int childCount(int i) const { return m_childCount[static_cast<std::size_t>(i)]; }
    // Index one past the last descendant of i.
    int subtreeEnd(int i) const { return m_subtreeEnd[static_cast<std::size_t>(i)]; }
    std::vector<int> children(int i) const;   // i = kNone: top-level tasks
    bool isAncestor(int ancestor, int i) const;
    std::string wbs(int i) const;              // "2.3.1"
    int positionAmongSiblings(int i) const { return m_siblingPos[static_cast<std::size_t>(i)]; }

private:
    std::vector<int> m_parent;
    std::vector<int> m_childCount;
    std::vector<int> m_subtreeEnd;
    std::vector<int> m_siblingPos;
};

} // namespace certplan
