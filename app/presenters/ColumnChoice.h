// SPDX-License-Identifier: MIT
#pragma once
// Which task-grid columns are shown (View > Columns..., the header's context
// menu). Every column the column model offers (TaskColumn, up to Count) can be
// chosen, except the task name, which the grid cannot do without. Remembered
// as the titles of the hidden columns, so a column added to the model later
// shows until the user hides it, and one renamed or removed is forgotten.

#include "presenters/TaskColumns.h"

#include <string>
#include <vector>

namespace certplan::present {

// The columns frozen at the left while the grid scrolls sideways (WBS and
// Name, like MS Project's ID and Task Name): columns 0 to kFrozenColumns - 1.
inline constexpr int kFrozenColumns = 2;

class ColumnChoice {
public:
    ColumnChoice(); // every column shown

    static int columnCount() { return static_cast<int>(TaskColumn::Count); }
    static bool canHide(TaskColumn c) { return c != TaskColumn::Name; }
    bool shown(TaskColumn c) const { return m_shown[static_cast<std::size_t>(c)]; }
    // Hiding a column that cannot be hidden is ignored.
    void setShown(TaskColumn c, bool shown);

    // The config text: hidden columns' titles separated by '|'. Reading it
    // ignores titles no column has (a column renamed or gone since).
    std::string toConfig() const;
    static ColumnChoice fromConfig(const std::string& text);

    bool operator==(const ColumnChoice&) const = default;

private:
    std::vector<bool> m_shown;
};

} // namespace certplan::present
