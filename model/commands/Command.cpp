// SPDX-License-Identifier: MIT
#include "commands/Command.h"

namespace certplan {

void MacroCommand::apply(Plan& plan)
{
    for (auto& c : m_parts)
        c->apply(plan);
}

void MacroCommand::revert(Plan& plan)
{
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it)
        (*it)->revert(plan);
}

ChangeSet MacroCommand::changes() const
{
    ChangeSet out;
    for (const auto& c : m_parts)
        out.merge(c->changes());
    return out;
}

} // namespace certplan
