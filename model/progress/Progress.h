// SPDX-License-Identifier: MIT
#pragma once
// The progress rules: what percent complete, started and finished mean for a
// task, how summaries and the whole plan roll up, and which progress data
// contradict each other or the status date. The scheduler, the reports, the
// CLI tables and CSV, the dashboard, the task grid and the Gantt chart all
// count progress through this file, so they cannot disagree.
//
// MS Project is the reference users know; where we differ it says why.
//  1. An actual finish means the task is finished: its percent complete
//     counts as 100 whatever is stored (Project sets 100 % when an actual
//     finish is entered). A stored percent below 100 is reported on load.
//  2. 100 % complete means finished. Without an actual finish the task
//     finished on its scheduled finish, which cannot be after the status date:
//     the scheduler places it to finish by the status date (keeping its actual
//     start, else its duration, not starting before the project start where
//     that fits) and reports the move; so does loading. Enter actual dates.
//     (Project would keep a future finish; a finished task in the future is
//     what this rule exists to rule out.) A 100 % task that the links finish
//     by the status date is not reported.
//  3. An actual start or finish after the status date contradicts it: the
//     schedule keeps the date entered (it is the user's data) and loading
//     reports both dates. An actual finish before the actual start is refused
//     on load.
//  4. A percent above 0 without an actual start means the task started: its
//     actual start is taken as its scheduled start. Work done lies before the
//     status date, so a started task without an actual start that the links
//     would start after the status date starts on the status date instead
//     (reported like rule 2). Started without actual dates is not itself
//     reported: it is how progress is usually entered.
//  5. A milestone (no duration: marked so, or 0 days) with any progress
//     (percent or actual date) is reached: 100 %. A percent between 0 and
//     100 on a milestone is reported on load.
//  6. A summary's percent is the duration-weighted mean of the effective
//     percents of all the leaf tasks under it: sum(pct * duration) /
//     sum(duration), durations in working days as entered (Project weights by
//     duration too; it uses the actual duration of a finished task, we keep the
//     planned one so the figure does not depend on the calendars). Milestones
//     weigh nothing unless every leaf is one; then it is the plain mean. The
//     whole plan rolls up the same way over all its leaf tasks; an empty plan
//     is 0 %.
//  7. Rounding: down to a whole percent (floor), everywhere, so 99.6 % shows
//     99 %; and a summary shows 100 % only when every leaf under it is
//     finished (an open milestone keeps it at 99 %), so "100 %" and "done"
//     always agree. Leaf percents are whole numbers already.
// The remaining work of a started task is scheduled after the status date
// (schedule/Engine.h).

#include "core/Plan.h"
#include "core/TaskTree.h"

#include <string>
#include <vector>

namespace certplan {

// The progress of a task that is not a summary, by rules 1, 2, 4 and 5.
struct LeafProgress {
    bool started = false;
    bool finished = false;
    int percent = 0; // effective percent complete, 0..100; 100 exactly when finished
};
LeafProgress leafProgress(const Task& t);

// A milestone for progress and scheduling: marked so, or no duration.
bool isZeroDuration(const Task& t);

// The weight of a leaf in roll-ups (rule 6): its duration in working days, 0
// for a milestone.
int progressWeight(const Task& t);

// Percent complete, started and finished of every task (leaves by
// leafProgress, summaries by roll-up) and of the whole plan. O(n); build it
// once per plan change.
class PlanProgress {
public:
    explicit PlanProgress(const Plan& plan);
    PlanProgress(const Plan& plan, const TaskTree& tree); // tree: of plan.tasks

    int percent(int task) const { return m_percent[at(task)]; } // 0..100
    bool started(int task) const { return m_started[at(task)] != 0; }
    bool finished(int task) const { return m_finished[at(task)] != 0; }
    int planPercent() const { return m_planPercent; } // 0..100
    int size() const { return static_cast<int>(m_percent.size()); }

private:
    static std::size_t at(int i) { return static_cast<std::size_t>(i); }
    std::vector<int> m_percent;
    std::vector<char> m_started;
    std::vector<char> m_finished;
    int m_planPercent = 0;
};

// Why the scheduler moved a task (rules 2 and 4): finished says whether its
// finish (else its start) would have been on `would`, after `status`; it was
// placed on `placed`. Names the task and the dates.
std::string placedByStatusMessage(const Task& t, bool finished, Date would, Date placed, Date status);

// One contradiction in a plan's progress data (rules 1, 3, 5 from the task's
// own fields; 2 and 4 as placed by the scheduler against the plan's own status
// date), for load warnings.
struct ProgressContradiction {
    int task = -1;       // index in plan.tasks
    std::string message; // names the task and the dates involved, says what is counted
};

// In task order. Schedules the plan (only when a task has progress without
// the actual dates that would pin it and the plan has a status date); a plan
// that cannot be scheduled gets only the field checks.
std::vector<ProgressContradiction> progressContradictions(const Plan& plan);

} // namespace certplan
