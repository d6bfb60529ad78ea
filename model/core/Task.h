// SPDX-License-Identifier: MIT
#pragma once
#include "core/Date.h"
#include "core/Enums.h"

#include <string>
#include <vector>

namespace certplan {

// Stored on the successor, as MS Project and GNOME Planner do. Lag in working days;
// negative lag is a lead.
struct Dependency {
    std::string predecessor;
    DependencyType type = DependencyType::FinishToStart;
    int lagDays = 0;
    bool operator==(const Dependency&) const = default;
};

struct Assignment {
    std::string resource;
    int units = 100; // percent of the resource's working day
    bool operator==(const Assignment&) const = default;
};

struct Constraint {
    ConstraintType type = ConstraintType::AsSoonAsPossible;
    OptDate date; // required for every type except ASAP and ALAP
    bool operator==(const Constraint&) const = default;
};

// Templates carry a duration per organization size; a plan made from a template
// keeps only the chosen one.
struct Sizing {
    int small = 0;
    int medium = 0;
    int large = 0;
    int forSize(OrganizationSize s) const;
    bool operator==(const Sizing&) const = default;
};

// One row of the work breakdown. The tree is the order of the task list plus each
// task's outline level (like MSPDI's OutlineLevel): indent, outdent and move are
// then edits of levels and positions, and the pre-order is the display order.
// Whether a task is a summary follows from the next task being deeper.
struct Task {
    std::string id;
    std::string name;
    int level = 0;
    int durationDays = 0;
    bool milestone = false;
    Constraint constraint;
    OptDate deadline;
    int percentComplete = 0;
    OptDate actualStart;
    OptDate actualFinish;
    std::vector<Dependency> predecessors;
    std::vector<Assignment> assignments;
    std::string notes;
    // Cross-links into the certification side of the plan (ids, may be empty).
    std::string requirement;   // checklist item this task closes a gap for
    std::string nonconformity; // nonconformity this task corrects
    std::string audit;         // audit this task or milestone stands for
    std::optional<Sizing> sizing;

    const Dependency* findPredecessor(const std::string& taskId) const;
    bool operator==(const Task&) const = default;
};

} // namespace certplan
