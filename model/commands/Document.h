// SPDX-License-Identifier: MIT
#pragma once
// An open plan: the plan itself, its file, its undo history and its current
// schedule. Every change goes through execute(), undo() or redo(); after each
// one the schedule is recomputed and listeners hear about it exactly once.

#include "commands/Command.h"
#include "commands/UndoStack.h"
#include "schedule/Schedule.h"
#include "util/Result.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace certplan {

class PlanListener {
public:
    virtual ~PlanListener() = default;
    virtual void planChanged(const ChangeSet& changes) = 0;
};

class Document {
public:
    Document();
    explicit Document(Plan plan, std::string path = {});

    const Plan& plan() const { return m_plan; }
    const std::string& path() const { return m_path; }
    void setPath(std::string path) { m_path = std::move(path); }

    // The schedule of the current plan; never stale.
    bool hasSchedule() const { return m_schedule.has_value(); }
    const Schedule& schedule() const { return *m_schedule; }
    const std::string& scheduleError() const { return m_scheduleError; }

    // Applies the command, reschedules, records it for undo and notifies. An
    // edit that breaks the dependency network (a cycle, a link into a summary's
    // own subtask...) is reverted at once and never reaches the history: the
    // error says why.
    Result<Ok, std::string> execute(CommandPtr cmd);
    Result<Ok, std::string> execute(Result<CommandPtr, std::string> cmd);

    bool canUndo() const { return m_undo.canUndo(); }
    bool canRedo() const { return m_undo.canRedo(); }
    std::string undoLabel() const { return m_undo.undoLabel(); }
    std::string redoLabel() const { return m_undo.redoLabel(); }
    void undo();
    void redo();

    bool isModified() const { return !m_undo.isClean(); }
    void markSaved() { m_undo.setClean(); }
    void markUnsaved() { m_undo.setDirty(); }

    // Opens a different plan in this document (history cleared). `unsaved` is
    // for a plan that exists only in memory (a new plan): listeners must already
    // see it as modified when they are notified.
    void replace(Plan plan, std::string path, bool unsaved = false);

    // Status date used for progress; unset means the plan's own.
    void setStatusDateOverride(OptDate d);

    // Tells every listener that everything changed, with nothing changed:
    // views rebuild from the plan (after an action failed half-way in a view).
    void notifyEverythingChanged() { notify(ChangeSet::everything()); }

    void addListener(PlanListener* l) { m_listeners.push_back(l); }
    void removeListener(PlanListener* l);

private:
    Result<Ok, std::string> executeUnguarded(CommandPtr cmd);
    void rescheduleAfterFailure() noexcept;
    void reschedule();
    void notify(const ChangeSet& changes);

    Plan m_plan;
    std::string m_path;
    UndoStack m_undo;
    std::optional<Schedule> m_schedule;
    std::string m_scheduleError;
    OptDate m_statusOverride;
    std::vector<PlanListener*> m_listeners;
};

} // namespace certplan
