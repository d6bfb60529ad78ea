// SPDX-License-Identifier: MIT
#pragma once
// What differs between the plan in memory and the one now on disk, for the
// "the file was changed by another program" prompt.

#include "core/Plan.h"

#include <string>
#include <vector>

namespace certplan::safety {

struct TaskChange {
    std::string id;
    std::string name;                // the name on disk (for removed: in mine)
    std::vector<std::string> fields; // edited only: "name", "duration", "position", ... in Task's field order
};

struct PlanDiff {
    // Tasks matched by id. added: on disk, not in mine; removed: in mine, not
    // on disk; edited: in both with any field different (outline level and
    // order count as "outline" and "position"). Each list in the order of its plan.
    std::vector<TaskChange> added;
    std::vector<TaskChange> removed;
    std::vector<TaskChange> edited;
    // Other sections, compared as wholes.
    bool infoChanged = false;            // info and template information
    bool calendarsChanged = false;
    bool resourcesChanged = false;
    bool baselinesChanged = false;
    bool checklistChanged = false;       // checklists and readiness snapshots
    bool certificatesChanged = false;
    bool auditsChanged = false;
    bool nonconformitiesChanged = false;
    bool documentsChanged = false;

    bool empty() const;
};

// mine: the plan in memory; onDisk: the file's plan as loaded now.
PlanDiff describePlanChanges(const Plan& mine, const Plan& onDisk);

// Short lines for people, tasks first, from the file's point of view:
//   "2 tasks added: Scoping, Inventory services"
//   "1 task removed: Kick-off"
//   "3 tasks edited: Gap analysis (duration), ..."
//   "Resources changed", "Checklist changed", ...
// At most `maxNames` names per line, then "and N more". Empty when nothing differs.
std::vector<std::string> describePlanDiff(const PlanDiff& diff, int maxNames = 5);

} // namespace certplan::safety
