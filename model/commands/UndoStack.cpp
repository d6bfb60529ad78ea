// SPDX-License-Identifier: MIT
#include "commands/UndoStack.h"

namespace certplan {

void UndoStack::push(CommandPtr cmd)
{
    if (m_index < m_commands.size()) {
        m_commands.erase(m_commands.begin() + static_cast<std::ptrdiff_t>(m_index), m_commands.end());
        if (m_clean && *m_clean > m_index)
            m_clean.reset(); // the saved state can no longer be reached
    }
    if (m_index > 0 && (!m_clean || *m_clean != m_index) && m_commands.back()->mergeWith(*cmd))
        return;
    m_commands.push_back(std::move(cmd));
    ++m_index;
}

std::string UndoStack::undoLabel() const
{
    return canUndo() ? m_commands[m_index - 1]->label() : std::string();
}

std::string UndoStack::redoLabel() const
{
    return canRedo() ? m_commands[m_index]->label() : std::string();
}

Command* UndoStack::undoTarget()
{
    return canUndo() ? m_commands[m_index - 1].get() : nullptr;
}

Command* UndoStack::redoTarget()
{
    return canRedo() ? m_commands[m_index].get() : nullptr;
}

void UndoStack::clear()
{
    m_commands.clear();
    m_index = 0;
    m_clean = 0;
}

} // namespace certplan
