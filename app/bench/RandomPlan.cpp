// SPDX-License-Identifier: MIT
#include "RandomPlan.h"

#include <random>

namespace certplan::bench {

namespace {

// Block of 20 rows: a phase, two work packages, 17 leaves.
int levelInBlock(int k)
{
    if (k == 0)
        return 0;
    if (k == 1 || k == 10)
        return 1;
    return 2;
}

} // namespace

Plan randomPlan(int tasks, unsigned seed)
{
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Plan p;
    p.info.title = "Generated plan of " + std::to_string(tasks) + " tasks";
    p.info.start = Date(2027, 1, 4);
    Calendar cal;
    cal.id = "std";
    cal.name = "Standard";
    for (int y = 2027; y < 2060; ++y) {
        for (int k = 0; k < 8; ++k) {
            const Date d = Date(static_cast<unsigned short>(y), 1, 1) + boost::gregorian::days(pick(0, 364));
            cal.exceptions.push_back({d, d, false, "Holiday"});
        }
        const Date shut(static_cast<unsigned short>(y), 12, 27);
        cal.exceptions.push_back({shut, shut + boost::gregorian::days(4), false, "Shutdown"});
    }
    p.calendars.push_back(cal);
    p.info.calendar = "std";

    p.tasks.reserve(static_cast<std::size_t>(tasks));
    std::vector<int> leaves;
    leaves.reserve(static_cast<std::size_t>(tasks));
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.id = "t" + std::to_string(i);
        t.name = "Task " + std::to_string(i);
        t.level = levelInBlock(i % 20);
        const bool leaf = t.level == 2 || i + 1 == tasks;
        if (leaf) {
            t.durationDays = pick(0, 19) == 0 ? 0 : pick(1, 10);
            t.milestone = t.durationDays == 0;
            // About 2.5 links to earlier leaves, mostly recent ones.
            const int links = leaves.empty() ? 0 : pick(1, 5);
            for (int k = 0; k < links; ++k) {
                const int back = std::min<int>(static_cast<int>(leaves.size()), 400);
                const int j = leaves[leaves.size() - 1 - static_cast<std::size_t>(pick(0, back - 1))];
                const std::string& id = p.tasks[static_cast<std::size_t>(j)].id;
                if (t.findPredecessor(id))
                    continue;
                const int r = pick(0, 9);
                const DependencyType type = r < 7 ? DependencyType::FinishToStart
                                          : r == 7 ? DependencyType::StartToStart
                                          : r == 8 ? DependencyType::FinishToFinish
                                                   : DependencyType::StartToFinish;
                t.predecessors.push_back({id, type, pick(-2, 3)});
            }
            if (pick(0, 49) == 0)
                t.constraint = {ConstraintType::StartNoEarlierThan, p.info.start + boost::gregorian::days(pick(0, 3000))};
            leaves.push_back(i);
        }
        p.tasks.push_back(std::move(t));
    }
    return p;
}

} // namespace certplan::bench
