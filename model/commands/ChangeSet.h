// SPDX-License-Identifier: MIT
#pragma once
// What one command (or its undo) touched, so views refresh only what they show.
// Sent once per command, after the schedule has been recomputed.

#include <string>
#include <vector>

namespace certplan {

struct ChangeSet {
    bool structure = false;      // tasks inserted, removed, moved, indented
    bool tasks = false;          // task fields (dates, names, links, progress)
    std::vector<std::string> taskIds;
    bool resources = false;
    bool calendars = false;
    bool info = false;
    bool checklists = false;
    bool certification = false;  // certificates, audits, nonconformities
    bool documents = false;
    bool baselines = false;
    bool replaced = false;       // a different plan was opened or reverted

    static ChangeSet everything();
    void merge(const ChangeSet& other);
    bool empty() const;
};

} // namespace certplan
