// SPDX-License-Identifier: MIT
#pragma once
// Baselines as undoable edits.

#include "commands/Command.h"
#include "schedule/Schedule.h"
#include "util/Result.h"

#include <optional>

namespace certplan {

// "Save Baseline": adds a named baseline taken from the current schedule, or
// replaces the one with that name in place (so its position in the list, and
// hence in the file, stays put).
class SaveBaseline : public Command {
public:
    SaveBaseline(const Plan& plan, Baseline baseline);
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return "Save Baseline"; }
    ChangeSet changes() const override;

private:
    Baseline m_after;
    std::optional<Baseline> m_before; // the baseline it replaces
    int m_position = -1;              // where the replaced one sits; -1: appended
};

// The command that snapshots `sched` as baseline `name`, dated `saved`.
CommandPtr saveBaseline(const Plan& plan, const Schedule& sched, std::string name, Date saved);

// The same for a name typed by the user: blanks around it are dropped, and an
// empty name is refused (the file requires one: certplan-1.xsd NonEmpty).
Result<CommandPtr, std::string> saveBaselineNamed(const Plan& plan, const Schedule& sched, const std::string& name,
                                                  Date saved);

// "Delete Baseline" (MS Project: Clear Baseline): removes the named baseline;
// undo puts it back at its place in the list. Refused, naming the baselines
// the plan has, when there is none of that name.
class DeleteBaseline : public Command {
public:
    DeleteBaseline(Baseline removed, int position) : m_removed(std::move(removed)), m_position(position) {}
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return "Delete Baseline"; }
    ChangeSet changes() const override;

private:
    Baseline m_removed;
    int m_position;
};

Result<CommandPtr, std::string> deleteBaseline(const Plan& plan, const std::string& name);

} // namespace certplan
