// SPDX-License-Identifier: MIT
// libFuzzer target: the text users type into the grid's Predecessors column
// ("3FS+2d; 5SS", task ids or WBS numbers) against a small plan. A refusal is
// fine; a crash, a sanitizer report or an escaping exception is a finding, and
// so is an accepted link to a task that does not exist.
#include "presenters/PredecessorText.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace certplan;

namespace {
Plan smallPlan()
{
    Plan p;
    p.info.start = Date(2027, 1, 4);
    for (int i = 1; i <= 6; ++i) {
        Task t;
        t.id = "t" + std::to_string(i);
        t.name = "Task " + std::to_string(i);
        t.level = i == 2 || i == 3 ? 1 : 0;
        t.durationDays = i;
        p.tasks.push_back(t);
    }
    return p;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096)
        return 0;
    static const Plan plan = smallPlan();
    auto deps = present::parsePredecessors(plan, std::string(reinterpret_cast<const char*>(data), size));
    if (!deps)
        return 0;
    for (const auto& d : *deps)
        if (!plan.findTask(d.predecessor)) {
            std::fprintf(stderr, "FINDING: accepted a link to unknown task '%s'\n", d.predecessor.c_str());
            std::abort();
        }
    return 0;
}
