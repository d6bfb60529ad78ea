// SPDX-License-Identifier: MIT
#include "presenters/TaskOutline.h"

namespace certplan::present {

NameCellOutline nameCellOutline(const Plan& plan, const TaskTree& tree, const VisibleRows& rows, int task)
{
    const Task& t = plan.tasks[static_cast<std::size_t>(task)];
    NameCellOutline o;
    o.level = std::max(0, t.level);
    if (tree.isSummary(task))
        o.mark = rows.isCollapsed(t.id) ? OutlineMark::Folded : OutlineMark::Open;
    else if (t.milestone)
        o.mark = OutlineMark::Milestone;
    return o;
}

int outlineMarkLeft(const NameCellOutline& o)
{
    return 2 + o.level * kOutlineIndent;
}

int outlineTextLeft(const NameCellOutline& o)
{
    return outlineMarkLeft(o) + kOutlineMark + kOutlineGap;
}

bool hitsOutlineTriangle(const NameCellOutline& o, int x)
{
    if (o.mark != OutlineMark::Open && o.mark != OutlineMark::Folded)
        return false;
    const int left = outlineMarkLeft(o);
    return x >= left - 2 && x <= left + kOutlineMark + 2;
}

} // namespace certplan::present
