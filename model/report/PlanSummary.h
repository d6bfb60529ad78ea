// SPDX-License-Identifier: MIT
#pragma once
// The facts `certplan-cli show` and the dashboard present: phases with task
// counts, spans and progress; milestones; the team; checklist progress.

#include "core/Plan.h"
#include "lifecycle/Readiness.h"
#include "schedule/Schedule.h"

#include <string>
#include <vector>

namespace certplan {

struct PhaseSummary {
    int task = -1; // index of the phase (a top-level task)
    std::string name;
    int leafTasks = 0;
    int milestones = 0;
    Date start, finish;
    int percentComplete = 0; // rolled up by progress/Progress.h
    bool critical = false;
};

struct MilestoneSummary {
    int task = -1;
    std::string name;
    Date date;
    bool done = false;
    bool critical = false;
};

struct ResourceSummary {
    std::string id, name, role;
    ResourceKind kind = ResourceKind::Person;
    int assignedTasks = 0;
};

struct PlanSummary {
    int taskCount = 0;      // leaf tasks, milestones included
    int milestoneCount = 0;
    int percentComplete = 0; // the whole plan, by progress/Progress.h
    std::vector<PhaseSummary> phases;
    std::vector<MilestoneSummary> milestones;
    std::vector<ResourceSummary> resources;
    std::vector<ReadinessReport> checklists;
};

PlanSummary summarizePlan(const Plan& plan, const Schedule& schedule);

} // namespace certplan
