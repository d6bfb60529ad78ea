// SPDX-License-Identifier: MIT
#include "commands/LevellingEdits.h"

#include "commands/TaskCommands.h"
#include "core/Enums.h"

namespace certplan {

namespace {
std::size_t idx(int i) { return static_cast<std::size_t>(i); }
} // namespace

Result<LevellingEdit, std::string> levelResourcesEdit(const Plan& plan, const ScheduleOptions& options)
{
    const auto before = computeSchedule(plan, options);
    if (!before)
        return unexpected("the plan cannot be scheduled: " + before.error().message);
    auto levelled = levelResources(plan, options);
    if (!levelled)
        return unexpected("the plan cannot be levelled: " + levelled.error().message);

    LevellingEdit out;
    out.remaining = levelled->remaining;
    auto macro = std::make_unique<MacroCommand>("Level Resources");
    Plan after = plan;
    for (std::size_t i = 0; i < plan.tasks.size() && i < levelled->startFloors.size(); ++i) {
        const OptDate& floor = levelled->startFloors[i];
        if (!floor)
            continue;
        const Task& t = plan.tasks[i];
        Task changed = t;
        using CT = ConstraintType;
        if (t.constraint.type == CT::AsSoonAsPossible) {
            changed.constraint = {CT::StartNoEarlierThan, *floor};
        } else if (t.constraint.type == CT::StartNoEarlierThan) {
            if (t.constraint.date && *t.constraint.date >= *floor)
                continue;
            changed.constraint.date = *floor;
        } else {
            out.notKept.push_back("'" + t.name + "' (" + t.id + "): keeps its " +
                                  std::string(enumLabel(t.constraint.type)) +
                                  " constraint, so it is not delayed; move it by hand if it must wait");
            continue;
        }
        after.tasks[i] = changed;
        macro->add(std::make_unique<ModifyTask>("Level Resources", t, std::move(changed)));
    }
    if (macro->empty())
        return out;
    // What the user will see is what the kept constraints give, compared with now.
    const auto result = computeSchedule(after, options);
    if (!result)
        return unexpected("the levelled plan cannot be scheduled: " + result.error().message);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const TaskTimes& was = before->tasks[i];
        const TaskTimes& now = result->tasks[i];
        if (was.summary || now.start == was.start)
            continue;
        LevellingMove m;
        m.taskId = plan.tasks[i].id;
        m.from = was.start;
        m.to = now.start;
        m.delayDays = now.startIndex - was.startIndex; // both count from the plan start
        for (const LevellingDelay& d : levelled->delays) {
            if (idx(d.task) != i)
                continue;
            m.delayDays = d.delayDays;
            m.reason = d.reason;
            if (d.direct && d.resource >= 0 && idx(d.resource) < plan.resources.size())
                m.resource = plan.resources[idx(d.resource)].name;
        }
        if (m.reason.empty())
            m.reason = "moved with the tasks it depends on";
        out.moves.push_back(std::move(m));
    }
    out.finishDelayDays = levelled->finishDelayDays;
    out.command = std::move(macro);
    return out;
}

} // namespace certplan
