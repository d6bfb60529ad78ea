// SPDX-License-Identifier: MIT
#pragma once
// The undo history. "Modified" means "not at the index where the file was last
// saved", so undoing back to the saved state clears the modified marker.

#include "commands/Command.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

class UndoStack {
public:
    // Takes an already-applied command. Drops any redo history.
    void push(CommandPtr cmd);
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_commands.size(); }
    std::string undoLabel() const;
    std::string redoLabel() const;
    Command* undoTarget(); // the command undo() will revert
    Command* redoTarget();
    void stepBack() { --m_index; }
    void stepForward() { ++m_index; }

    void setClean() { m_clean = m_index; }
    void setDirty() { m_clean.reset(); } // no point in the history matches the file
    bool isClean() const { return m_clean && *m_clean == m_index; }
    void clear();
    std::size_t size() const { return m_commands.size(); }
    std::size_t index() const { return m_index; }

private:
    std::vector<CommandPtr> m_commands;
    std::size_t m_index = 0;
    std::optional<std::size_t> m_clean = 0; // nullopt: the saved state was dropped from history
};

} // namespace certplan
