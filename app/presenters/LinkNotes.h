// SPDX-License-Identifier: MIT
#pragma once
// A link added to a task with actual dates does not move it: the scheduler
// keeps what happened (schedule/Engine.cpp: a task with an actual start
// ignores links into its start, a finished one all links). The edit itself is
// kept, since the link matters again if the progress is cleared, but the user
// is told rather than left to wonder why nothing moved.

#include "core/Plan.h"
#include "presenters/DateFormat.h"

#include <string>
#include <vector>

namespace certplan::present {

struct LinkSnapshot {
    std::string task; // task id
    std::vector<Dependency> predecessors;
};

// The predecessors of the tasks an edit may link, taken before it runs.
std::vector<LinkSnapshot> snapshotLinks(const Plan& plan, const std::vector<std::string>& taskIds);

// After the edit: one sentence about the first new link the scheduler ignores,
// naming tasks by row number (ID) as the grid does; empty when there is none.
std::string ignoredLinkNote(const Plan& after, const std::vector<LinkSnapshot>& before, const DateFormat& dates);

} // namespace certplan::present
