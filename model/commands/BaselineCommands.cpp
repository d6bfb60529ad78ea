// SPDX-License-Identifier: MIT
#include "commands/BaselineCommands.h"

#include "schedule/BaselineVariance.h"

#include <vector>

namespace certplan {

SaveBaseline::SaveBaseline(const Plan& plan, Baseline baseline) : m_after(std::move(baseline))
{
    for (std::size_t k = 0; k < plan.baselines.size(); ++k) {
        if (plan.baselines[k].name == m_after.name) {
            m_before = plan.baselines[k];
            m_position = static_cast<int>(k);
            break;
        }
    }
}

void SaveBaseline::apply(Plan& plan)
{
    if (m_before)
        plan.baselines[static_cast<std::size_t>(m_position)] = m_after;
    else
        plan.baselines.push_back(m_after);
}

void SaveBaseline::revert(Plan& plan)
{
    if (m_before)
        plan.baselines[static_cast<std::size_t>(m_position)] = *m_before;
    else
        std::erase_if(plan.baselines, [&](const Baseline& b) { return b.name == m_after.name; });
}

ChangeSet SaveBaseline::changes() const
{
    ChangeSet c;
    c.baselines = true;
    return c;
}

CommandPtr saveBaseline(const Plan& plan, const Schedule& sched, std::string name, Date saved)
{
    return std::make_unique<SaveBaseline>(plan, makeBaseline(plan, sched, std::move(name), saved));
}

} // namespace certplan
