// SPDX-License-Identifier: MIT
#pragma once
// How the task grid's Name cell shows the outline, as MS Project and
// GanttProject do: indented by outline level, a triangle on summaries (open
// or folded), a diamond before milestones. No wx: the grid's renderer draws
// what this says, and the grid's click handler asks it what was hit.

#include "core/Plan.h"
#include "core/TaskTree.h"
#include "presenters/VisibleRows.h"

namespace certplan::present {

enum class OutlineMark { None, Open, Folded, Milestone };

struct NameCellOutline {
    int level = 0; // outline level (0: top)
    OutlineMark mark = OutlineMark::None;
};

NameCellOutline nameCellOutline(const Plan& plan, const TaskTree& tree, const VisibleRows& rows, int task);

// Geometry in pixels at the default font, from the cell's left edge: each
// level indents by kOutlineIndent; the mark is a kOutlineMark-wide square
// after the indentation; the name starts kOutlineGap after it.
inline constexpr int kOutlineIndent = 16;
inline constexpr int kOutlineMark = 14;
inline constexpr int kOutlineGap = 4;
int outlineMarkLeft(const NameCellOutline& o);
int outlineTextLeft(const NameCellOutline& o);
// True when a click at x pixels from the cell's left edge falls on a summary's
// triangle (with 2 pixels of slack either side, for a pointer that misses a little).
bool hitsOutlineTriangle(const NameCellOutline& o, int x);

} // namespace certplan::present
