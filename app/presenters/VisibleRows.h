// SPDX-License-Identifier: MIT
#pragma once
// Which tasks are on screen, in order, given the summaries the user collapsed.
// The grid and the Gantt chart share one instance so their rows always align.

#include "core/Plan.h"

#include <set>
#include <string>
#include <vector>

namespace certplan::present {

class VisibleRows {
public:
    void rebuild(const Plan& plan);
    int count() const { return static_cast<int>(m_rows.size()); }
    int taskAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(int task) const; // -1 when hidden inside a collapsed summary
    const std::vector<int>& rows() const { return m_rows; }

    bool isCollapsed(const std::string& id) const { return m_collapsed.count(id) > 0; }
    void setCollapsed(const std::string& id, bool collapsed);
    void collapseAll(const Plan& plan);
    void expandAll() { m_collapsed.clear(); }
    // Expand the ancestors of a task so it becomes visible.
    void reveal(const Plan& plan, int task);

private:
    std::set<std::string> m_collapsed;
    std::vector<int> m_rows;
    std::vector<int> m_rowOfTask;
};

} // namespace certplan::present
