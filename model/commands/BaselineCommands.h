// SPDX-License-Identifier: MIT
#pragma once
// Baselines as undoable edits.

#include "commands/Command.h"
#include "schedule/Schedule.h"

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

} // namespace certplan
