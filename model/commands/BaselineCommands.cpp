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

Result<CommandPtr, std::string> saveBaselineNamed(const Plan& plan, const Schedule& sched, const std::string& name,
                                                  Date saved)
{
    const auto first = name.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return unexpected(std::string("a baseline needs a name"));
    const auto last = name.find_last_not_of(" \t\r\n");
    return saveBaseline(plan, sched, name.substr(first, last - first + 1), saved);
}

void DeleteBaseline::apply(Plan& plan)
{
    plan.baselines.erase(plan.baselines.begin() + m_position);
}

void DeleteBaseline::revert(Plan& plan)
{
    plan.baselines.insert(plan.baselines.begin() + m_position, m_removed);
}

ChangeSet DeleteBaseline::changes() const
{
    ChangeSet c;
    c.baselines = true;
    return c;
}

Result<CommandPtr, std::string> deleteBaseline(const Plan& plan, const std::string& name)
{
    std::string known;
    for (std::size_t k = 0; k < plan.baselines.size(); ++k) {
        if (plan.baselines[k].name == name)
            return CommandPtr(std::make_unique<DeleteBaseline>(plan.baselines[k], static_cast<int>(k)));
        known += (known.empty() ? "'" : ", '") + plan.baselines[k].name + "'";
    }
    return unexpected("the plan has no baseline named '" + name + "'" +
                      (known.empty() ? std::string("; it has no baselines") : "; it has " + known));
}

} // namespace certplan
