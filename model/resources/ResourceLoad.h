// SPDX-License-Identifier: MIT
#pragma once
// How much each resource is asked to work, day by day, in a schedule, and
// where that exceeds what it can give. Days are plan working days (the
// scheduler's time axis); a resource's capacity on a day is its max units when
// its own calendar works that day, else zero (vacation).

#include "core/Plan.h"
#include "schedule/Schedule.h"

#include <string>
#include <vector>

namespace certplan {

class CalendarSet;
class TaskCalendars;

struct ResourceDayLoad {
    int day = 0;      // plan working-day index
    Date date;
    int load = 0;     // percent of a working day, summed over assignments
    int capacity = 0; // percent the resource can give that day
};

// A run of consecutive plan working days on which one resource is over-allocated.
struct OverAllocation {
    int resource = -1;       // index into Plan::resources
    Date from, to;           // first and last over-allocated day
    int days = 0;            // over-allocated working days in the run
    int peakLoad = 0;        // highest load in the run (percent)
    int capacity = 0;        // capacity on the peak day
    int excess = 0;          // peakLoad - capacity: by how much
    std::vector<int> tasks;  // tasks working on the resource during the run, in plan order
    std::string message;
};

struct ResourceUsage {
    int resource = -1;
    int assignedTasks = 0;
    int workUnitDays = 0;             // sum of load, in percent-days (100 = one person-day)
    int peakLoad = 0;
    std::vector<ResourceDayLoad> days; // days with load, ascending
};

struct ResourceLoadReport {
    std::vector<ResourceUsage> resources; // parallel to Plan::resources
    std::vector<OverAllocation> overAllocations; // by resource, then date
};

// The plan working days a scheduled leaf task works on (its own calendar),
// ascending. Empty for summaries and milestones.
std::vector<int> workedDays(const Schedule& sched, const TaskCalendars& taskCals, int task);

// Load of every resource and its over-allocations. Days on or before the
// schedule's status date are history: they count in the load but are not
// reported as over-allocated, since nothing can be done about them any more.
ResourceLoadReport computeResourceLoad(const Plan& plan, const Schedule& sched);

} // namespace certplan
