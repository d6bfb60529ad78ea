// SPDX-License-Identifier: MIT
#pragma once
// The plan's tasks and links resolved to indices, with a topological order.
// Each task has a start unit and a finish unit (unit = 2*task + side):
//  - a leaf's start unit computes the whole task; its finish unit follows it;
//  - a summary's start unit is the gate its children start after, and its
//    finish unit rolls its children up, so links out of a summary leave from it.
// Loader validation, the scheduler and edit commands all use this one graph,
// so "is this a cycle?" has a single answer.

#include "core/Plan.h"
#include "util/Result.h"

#include <string>
#include <vector>

namespace certplan {

struct ResolvedLink {
    int pred = 0;
    int succ = 0;
    DependencyType type = DependencyType::FinishToStart;
    int lag = 0;
    int depIndex = 0; // position in the successor's predecessor list
};

struct NetworkIssue {
    enum class Kind { MissingTask, SelfLink, DuplicateLink, SummaryFinishLink, AncestorLink, Cycle };
    Kind kind = Kind::MissingTask;
    int task = -1;             // successor task holding the offending link
    int depIndex = -1;         // which of its predecessors
    std::vector<int> cycle;    // for Cycle: tasks in order, first repeated at the end
    std::string message;
};

class Network {
public:
    int taskCount() const { return static_cast<int>(m_parent.size()); }
    int parent(int i) const { return m_parent[static_cast<std::size_t>(i)]; }
    bool isSummary(int i) const { return m_summary[static_cast<std::size_t>(i)] != 0; }
    const std::vector<int>& children(int i) const { return m_children[static_cast<std::size_t>(i)]; }

    // Links into task i (i is the successor) and out of task i (i is the predecessor).
    std::pair<const ResolvedLink*, const ResolvedLink*> linksInto(int i) const;
    const std::vector<int>& linksOutOf(int i) const { return m_out[static_cast<std::size_t>(i)]; }
    const std::vector<ResolvedLink>& links() const { return m_links; }

    // Units in topological order (unit = 2*task + 0 for start, + 1 for finish).
    const std::vector<int>& order() const { return m_order; }

    friend Result<Network, NetworkIssue> buildNetwork(const Plan& plan);

private:
    std::vector<int> m_parent;
    std::vector<char> m_summary;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_inBegin;          // CSR into m_links, grouped by successor
    std::vector<ResolvedLink> m_links;
    std::vector<std::vector<int>> m_out; // link indices by predecessor
    std::vector<int> m_order;
};

Result<Network, NetworkIssue> buildNetwork(const Plan& plan);

// "'Gap report' (t3) → 'Review' (t4) → 'Gap report' (t3)"
std::string describeTaskPath(const Plan& plan, const std::vector<int>& tasks);

} // namespace certplan
