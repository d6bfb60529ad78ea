// SPDX-License-Identifier: MIT
#include "presenters/ConflictList.h"

namespace certplan::present {

std::string conflictKindLabel(ScheduleConflict::Kind kind)
{
    using K = ScheduleConflict::Kind;
    switch (kind) {
    case K::ConstraintOverridesLink: return "Constraint wins over a link";
    case K::MissedDeadline: return "Deadline missed";
    case K::MissedTarget: return "Target date missed";
    case K::MissedConstraint: return "Summary constraint missed";
    case K::NoCommonWorkingDay: return "Assignees share no working day";
    case K::ResourceDayNotUsed: return "Resource day the plan does not work";
    case K::OutOfRange: return "Beyond the supported dates";
    case K::ProgressAfterStatusDate: return "Progress placed by the status date";
    }
    return "Conflict";
}

std::vector<ConflictRow> conflictRows(const Plan& plan, const Schedule& schedule)
{
    std::vector<ConflictRow> rows;
    rows.reserve(schedule.conflicts.size());
    for (const ScheduleConflict& c : schedule.conflicts) {
        ConflictRow r;
        if (c.task >= 0 && static_cast<std::size_t>(c.task) < plan.tasks.size()) {
            const Task& t = plan.tasks[static_cast<std::size_t>(c.task)];
            r.taskId = t.id;
            r.task = t.name + " (" + t.id + ")";
        } else {
            r.task = "Whole plan";
        }
        r.kind = conflictKindLabel(c.kind);
        r.message = c.message;
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace certplan::present
