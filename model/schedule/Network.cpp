// SPDX-License-Identifier: MIT
#include "schedule/Network.h"

#include "core/TaskTree.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>

namespace certplan {

namespace {

std::string quoteTask(const Task& t)
{
    return "'" + t.name + "' (" + t.id + ")";
}

NetworkIssue linkIssue(NetworkIssue::Kind kind, int task, int dep, std::string msg)
{
    NetworkIssue issue;
    issue.kind = kind;
    issue.task = task;
    issue.depIndex = dep;
    issue.message = std::move(msg);
    return issue;
}

// Start unit of the successor, or the unit the link leaves from on the predecessor.
int sourceUnit(const Network& net, const ResolvedLink& l)
{
    const bool fromFinish = l.type == DependencyType::FinishToStart || l.type == DependencyType::FinishToFinish;
    // A summary's start is a roll-up of its children: known only at its finish unit.
    return 2 * l.pred + ((fromFinish || net.isSummary(l.pred)) ? 1 : 0);
}

// Task id -> index, open addressing over 8-byte slots (a hash tag and the
// index), with the ids copied into one arena. Resolving a link then touches a
// small table and the arena instead of a hash node and the task record (300
// bytes apart per task): with std::unordered_map those cache misses were most
// of the time of scheduling a 100,000-task plan.
class IdIndex {
public:
    explicit IdIndex(const std::vector<Task>& tasks)
    {
        std::size_t bytes = 0;
        for (const Task& t : tasks)
            bytes += t.id.size();
        m_arena.reserve(bytes);
        m_offset.reserve(tasks.size() + 1);
        for (const Task& t : tasks) {
            m_offset.push_back(static_cast<std::uint32_t>(m_arena.size()));
            m_arena += t.id;
        }
        m_offset.push_back(static_cast<std::uint32_t>(m_arena.size()));
        std::size_t cap = 16;
        while (cap < tasks.size() * 2)
            cap *= 2;
        m_mask = cap - 1;
        m_slots.assign(cap, Slot{0, -1});
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            const std::size_t h = std::hash<std::string_view>{}(tasks[i].id);
            const auto tag = static_cast<std::uint32_t>(h >> 32);
            std::size_t k = h & m_mask;
            while (m_slots[k].index >= 0 && !(m_slots[k].tag == tag && idAt(m_slots[k].index) == tasks[i].id))
                k = (k + 1) & m_mask;
            if (m_slots[k].index < 0) // a repeated id keeps its first task, as std::map::emplace did
                m_slots[k] = Slot{tag, static_cast<std::int32_t>(i)};
        }
    }
    // Every predecessor id of every task, in order. Slots are prefetched a few
    // links ahead so that the table's cache misses overlap.
    std::vector<int> resolveAll(const std::vector<Task>& tasks, std::size_t total) const
    {
        std::vector<std::string_view> ids;
        ids.reserve(total);
        for (const Task& t : tasks)
            for (const Dependency& d : t.predecessors)
                ids.push_back(d.predecessor);
        constexpr std::size_t kAhead = 16;
        std::vector<std::size_t> hashes(ids.size());
        std::vector<int> out(ids.size());
        for (std::size_t j = 0; j < ids.size() + kAhead; ++j) {
            if (j < ids.size()) {
                hashes[j] = std::hash<std::string_view>{}(ids[j]);
                __builtin_prefetch(&m_slots[hashes[j] & m_mask]);
            }
            if (j >= kAhead)
                out[j - kAhead] = find(ids[j - kAhead], hashes[j - kAhead]);
        }
        return out;
    }

private:
    int find(std::string_view id, std::size_t h) const
    {
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        for (std::size_t k = h & m_mask;; k = (k + 1) & m_mask) {
            const Slot& s = m_slots[k];
            if (s.index < 0)
                return -1;
            if (s.tag == tag && idAt(s.index) == id)
                return s.index;
        }
    }

    struct Slot {
        std::uint32_t tag;
        std::int32_t index;
    };
    std::string_view idAt(std::int32_t i) const
    {
        const auto k = static_cast<std::size_t>(i);
        return std::string_view(m_arena).substr(m_offset[k], m_offset[k + 1] - m_offset[k]);
    }
    std::string m_arena;
    std::vector<std::uint32_t> m_offset;
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace

std::pair<const ResolvedLink*, const ResolvedLink*> Network::linksInto(int i) const
{
    const auto b = static_cast<std::size_t>(m_inBegin[static_cast<std::size_t>(i)]);
    const auto e = static_cast<std::size_t>(m_inBegin[static_cast<std::size_t>(i) + 1]);
    return {m_links.data() + b, m_links.data() + e};
}

std::string describeTaskPath(const Plan& plan, const std::vector<int>& tasks)
{
    std::string out;
    for (int t : tasks) {
        if (!out.empty())
            out += " \u2192 ";
        out += quoteTask(plan.tasks[static_cast<std::size_t>(t)]);
    }
    return out;
}

Result<Network, NetworkIssue> buildNetwork(const Plan& plan)
{
    using Kind = NetworkIssue::Kind;
    const int n = static_cast<int>(plan.tasks.size());
    Network net;
    const TaskTree tree(plan.tasks);
    net.m_parent.resize(static_cast<std::size_t>(n));
    net.m_summary.resize(static_cast<std::size_t>(n));
    net.m_children.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        net.m_parent[static_cast<std::size_t>(i)] = tree.parent(i);
        net.m_summary[static_cast<std::size_t>(i)] = tree.isSummary(i) ? 1 : 0;
        if (tree.parent(i) != TaskTree::kNone)
            net.m_children[static_cast<std::size_t>(tree.parent(i))].push_back(i);
    }

    const IdIndex index(plan.tasks);

    net.m_inBegin.resize(static_cast<std::size_t>(n) + 1);
    net.m_out.resize(static_cast<std::size_t>(n));
    std::size_t total = 0;
    for (const auto& t : plan.tasks)
        total += t.predecessors.size();
    net.m_links.reserve(total);
    const std::vector<int> resolved = index.resolveAll(plan.tasks, total);
    std::size_t nextLink = 0;

    for (int s = 0; s < n; ++s) {
        const Task& succ = plan.tasks[static_cast<std::size_t>(s)];
        net.m_inBegin[static_cast<std::size_t>(s)] = static_cast<int>(net.m_links.size());
        for (int d = 0; d < static_cast<int>(succ.predecessors.size()); ++d) {
            const Dependency& dep = succ.predecessors[static_cast<std::size_t>(d)];
            const int p = resolved[nextLink++];
            if (p < 0)
                return unexpected(linkIssue(Kind::MissingTask, s, d,
                    "task " + quoteTask(succ) + " depends on '" + dep.predecessor + "', which is not a task in this plan"));
            if (p == s)
                return unexpected(linkIssue(Kind::SelfLink, s, d, "task " + quoteTask(succ) + " depends on itself"));
            for (int e = 0; e < d; ++e)
                if (succ.predecessors[static_cast<std::size_t>(e)].predecessor == dep.predecessor)
                    return unexpected(linkIssue(Kind::DuplicateLink, s, d,
                        "task " + quoteTask(succ) + " is linked to '" + dep.predecessor + "' twice; keep one link"));
            if (tree.isAncestor(p, s) || tree.isAncestor(s, p))
                return unexpected(linkIssue(Kind::AncestorLink, s, d,
                    "task " + quoteTask(succ) + " is linked to " + quoteTask(plan.tasks[static_cast<std::size_t>(p)]) +
                    ", but one contains the other; link tasks inside a summary, not the summary itself"));
            if (net.isSummary(s) &&
                (dep.type == DependencyType::FinishToFinish || dep.type == DependencyType::StartToFinish))
                return unexpected(linkIssue(Kind::SummaryFinishLink, s, d,
                    "summary task " + quoteTask(succ) + " cannot have a " + std::string(enumKey(dep.type)) +
                    " predecessor; a summary's finish comes from its subtasks (use FS or SS, or link a subtask)"));
            net.m_out[static_cast<std::size_t>(p)].push_back(static_cast<int>(net.m_links.size()));
            net.m_links.push_back({p, s, dep.type, dep.lagDays, d});
        }
    }
    net.m_inBegin[static_cast<std::size_t>(n)] = static_cast<int>(net.m_links.size());

    // Unit graph in CSR form: count, then fill.
    const int units = 2 * n;
    std::vector<int> outCount(static_cast<std::size_t>(units) + 1, 0);
    auto forEachEdge = [&](auto&& edge) {
        for (int i = 0; i < n; ++i) {
            if (net.isSummary(i)) {
                for (int c : net.children(i)) {
                    edge(2 * i, 2 * c);         // gate before children
                    edge(2 * c + 1, 2 * i + 1); // children before roll-up
                }
            } else {
                edge(2 * i, 2 * i + 1);
            }
        }
        for (const auto& l : net.m_links)
            edge(sourceUnit(net, l), 2 * l.succ);
    };
    forEachEdge([&](int from, int) { ++outCount[static_cast<std::size_t>(from) + 1]; });
    for (int u = 0; u < units; ++u)
        outCount[static_cast<std::size_t>(u) + 1] += outCount[static_cast<std::size_t>(u)];
    std::vector<int> adj(static_cast<std::size_t>(outCount[static_cast<std::size_t>(units)]));
    std::vector<int> fill(outCount.begin(), outCount.end() - 1);
    std::vector<int> indeg(static_cast<std::size_t>(units), 0);
    forEachEdge([&](int from, int to) {
        adj[static_cast<std::size_t>(fill[static_cast<std::size_t>(from)]++)] = to;
        ++indeg[static_cast<std::size_t>(to)];
    });

    // Kahn's algorithm; seeding in unit order keeps the order deterministic.
    net.m_order.reserve(static_cast<std::size_t>(units));
    for (int u = 0; u < units; ++u)
        if (indeg[static_cast<std::size_t>(u)] == 0)
            net.m_order.push_back(u);
    for (std::size_t head = 0; head < net.m_order.size(); ++head) {
        const int u = net.m_order[head];
        for (int k = outCount[static_cast<std::size_t>(u)]; k < outCount[static_cast<std::size_t>(u) + 1]; ++k) {
            const int v = adj[static_cast<std::size_t>(k)];
            if (--indeg[static_cast<std::size_t>(v)] == 0)
                net.m_order.push_back(v);
        }
    }
    if (static_cast<int>(net.m_order.size()) == units)
        return net;

    // A cycle remains among the units with indegree left. Walk backwards along
    // remaining in-edges until a unit repeats: that loop is a cycle.
    std::vector<std::vector<int>> inAdj(static_cast<std::size_t>(units));
    for (int u = 0; u < units; ++u) {
        if (indeg[static_cast<std::size_t>(u)] == 0)
            continue;
        for (int k = outCount[static_cast<std::size_t>(u)]; k < outCount[static_cast<std::size_t>(u) + 1]; ++k) {
            const int v = adj[static_cast<std::size_t>(k)];
            if (indeg[static_cast<std::size_t>(v)] > 0)
                inAdj[static_cast<std::size_t>(v)].push_back(u);
        }
    }
    int start = 0;
    while (indeg[static_cast<std::size_t>(start)] == 0)
        ++start;
    std::vector<int> seenAt(static_cast<std::size_t>(units), -1);
    std::vector<int> walk;
    int u = start;
    while (seenAt[static_cast<std::size_t>(u)] < 0) {
        seenAt[static_cast<std::size_t>(u)] = static_cast<int>(walk.size());
        walk.push_back(u);
        u = inAdj[static_cast<std::size_t>(u)].front();
    }
    std::vector<int> loop(walk.begin() + seenAt[static_cast<std::size_t>(u)], walk.end());
    std::reverse(loop.begin(), loop.end()); // now in link direction

    // Rotate so the cycle starts on a real link, then collapse units to tasks.
    NetworkIssue issue;
    issue.kind = Kind::Cycle;
    const auto isLinkEdge = [&](int from, int to, const ResolvedLink** found) {
        if (to % 2 != 0)
            return false;
        auto [b, e] = net.linksInto(to / 2);
        for (auto* l = b; l != e; ++l)
            if (sourceUnit(net, *l) == from) {
                *found = l;
                return true;
            }
        return false;
    };
    for (std::size_t k = 0; k < loop.size(); ++k) {
        const ResolvedLink* l = nullptr;
        if (isLinkEdge(loop[k], loop[(k + 1) % loop.size()], &l)) {
            std::rotate(loop.begin(), loop.begin() + static_cast<std::ptrdiff_t>(k), loop.end());
            issue.task = l->succ;
            issue.depIndex = l->depIndex;
            break;
        }
    }
    for (int unit : loop)
        if (issue.cycle.empty() || issue.cycle.back() != unit / 2)
            issue.cycle.push_back(unit / 2);
    if (issue.cycle.size() > 1 && issue.cycle.front() == issue.cycle.back())
        issue.cycle.pop_back();
    issue.cycle.push_back(issue.cycle.front());
    issue.message = "dependency cycle: " + describeTaskPath(plan, issue.cycle);
    return unexpected(std::move(issue));
}

} // namespace certplan
