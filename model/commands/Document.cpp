// SPDX-License-Identifier: MIT
#include "commands/Document.h"

#include "schedule/Scheduler.h"

#include <algorithm>

namespace certplan {

Document::Document() : Document(Plan{}, {}) {}

Document::Document(Plan plan, std::string path) : m_plan(std::move(plan)), m_path(std::move(path))
{
    reschedule();
}

Result<Ok, std::string> Document::execute(Result<CommandPtr, std::string> cmd)
{
    if (!cmd)
        return unexpected(cmd.error());
    return execute(std::move(cmd).value());
}

Result<Ok, std::string> Document::execute(CommandPtr cmd)
{
    // A command or the scheduler that throws leaves the plan as it was before
    // the command (reverted, rescheduled) and the history untouched; the
    // exception goes on to the caller (the app's safety net shows it).
    try {
        return executeUnguarded(std::move(cmd));
    } catch (...) {
        rescheduleAfterFailure();
        throw;
    }
}

void Document::rescheduleAfterFailure() noexcept
{
    try {
        reschedule();
    } catch (...) {
        m_schedule.reset();
        m_scheduleError = "the plan cannot be scheduled";
    }
}

Result<Ok, std::string> Document::executeUnguarded(CommandPtr cmd)
{
    struct RevertOnThrow {
        Command* cmd;
        Plan& plan;
        bool armed = true;
        ~RevertOnThrow()
        {
            if (!armed)
                return;
            try {
                cmd->revert(plan);
            } catch (...) {
            }
        }
    } guard{cmd.get(), m_plan};
    cmd->apply(m_plan);
    ScheduleOptions options;
    options.statusDate = m_statusOverride;
    auto s = computeSchedule(m_plan, options);
    guard.armed = false; // applied and scheduled: from here the command stands
    if (!s && !s.error().cycle.empty()) {
        cmd->revert(m_plan);
        return unexpected("Cannot " + cmd->label() + ": it would create a " + s.error().message);
    }
    if (!s && s.error().task >= 0) {
        cmd->revert(m_plan);
        return unexpected("Cannot " + cmd->label() + ": " + s.error().message);
    }
    if (s) {
        m_schedule = std::move(s).value();
        m_scheduleError.clear();
    } else {
        m_schedule.reset();
        m_scheduleError = s.error().message;
    }
    const ChangeSet changes = cmd->changes();
    m_undo.push(std::move(cmd));
    notify(changes);
    return Ok{};
}

void Document::undo()
{
    Command* c = m_undo.undoTarget();
    if (!c)
        return;
    c->revert(m_plan);
    m_undo.stepBack();
    reschedule();
    notify(c->changes());
}

void Document::redo()
{
    Command* c = m_undo.redoTarget();
    if (!c)
        return;
    c->apply(m_plan);
    m_undo.stepForward();
    reschedule();
    notify(c->changes());
}

void Document::replace(Plan plan, std::string path, bool unsaved)
{
    m_plan = std::move(plan);
    m_path = std::move(path);
    m_undo.clear();
    if (unsaved)
        m_undo.setDirty();
    reschedule();
    notify(ChangeSet::everything());
}

void Document::setStatusDateOverride(OptDate d)
{
    m_statusOverride = d;
    reschedule();
    ChangeSet c;
    c.tasks = true;
    notify(c);
}

void Document::removeListener(PlanListener* l)
{
    m_listeners.erase(std::remove(m_listeners.begin(), m_listeners.end(), l), m_listeners.end());
}

void Document::reschedule()
{
    ScheduleOptions options;
    options.statusDate = m_statusOverride;
    auto s = computeSchedule(m_plan, options);
    if (s) {
        m_schedule = std::move(s).value();
        m_scheduleError.clear();
    } else {
        m_schedule.reset();
        m_scheduleError = s.error().message;
    }
}

void Document::notify(const ChangeSet& changes)
{
    // Copy: a listener may remove itself while being notified.
    const auto listeners = m_listeners;
    for (auto* l : listeners)
        l->planChanged(changes);
}

} // namespace certplan
