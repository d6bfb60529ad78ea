// SPDX-License-Identifier: MIT
#include "schedule/Scheduler.h"

#include "calendar/CalendarSet.h"
#include "schedule/CriticalPaths.h"
#include "schedule/Engine.h"
#include "schedule/Instants.h"
#include "schedule/Network.h"
#include "schedule/ProjectScope.h"
#include "schedule/ScheduleConflicts.h"

#include <algorithm>

namespace certplan {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// Backward planning: the latest project start from which the anchor (or the
// whole plan) finishes on the target day. A task's finish moves by at most as
// much as the start does, so stepping by the miss converges from either side;
// where fixed dates hold the finish, stepping stops and a conflict says so.
int planBackward(Engine& eng, int anchor, int targetEnd)
{
    const int targetDay = dayOf(targetEnd);
    int p0 = eng.startOf(WorkCalendar::rangeFirst()) + 2 * targetDay;
    int best = kLowInstant;
    int prevReached = kLowInstant;
    int prevP0 = p0;
    for (int round = 0; round < 64; ++round) {
        eng.forward(p0);
        const int reached = dayOf(anchor >= 0 ? eng.ef(anchor) : eng.projectFinish());
        if (reached <= targetDay)
            best = std::max(best, p0);
        const int shift = targetDay - reached;
        if (shift == 0)
            return p0;
        if (reached == prevReached) { // fixed dates hold it: moving the start buys nothing
            p0 = prevP0;
            break;
        }
        prevReached = reached;
        prevP0 = p0;
        p0 += 2 * shift;
    }
    if (best != kLowInstant)
        p0 = best;
    eng.forward(p0);
    return p0;
}

// Working days of task i's own calendar (a mask: its assignees' days) it can
// slip when its finish (or start) may move `room` plan working days later;
// negative room gives the negative count. Slipping s of its own days moves a
// side to the s-th mask day after it, so the answer counts mask days in
// (day, day + room].
int ownDays(const DayMask* m, int day, int room)
{
    if (!m)
        return room;
    return room >= 0 ? m->countBetween(day + 1, day + 1 + room) : -m->countBetween(day + 1 + room, day + 1);
}

// Free float (PMBOK): how far a task can slip without moving the early dates
// of any successor, through its own links and those of the summaries around it
// (a summary's finish links bind all its subtasks; its start links the
// subtasks that start it); a task without successors may slip to the project
// finish. Bounds are work positions the task's finish (start) may reach; the
// result is in the task's own working days, like total float.
std::vector<int> freeFloats(const Network& net, const Engine& eng, const TaskCalendars& taskCals)
{
    const int n = net.taskCount();
    std::vector<int> ownFinish(idx(n), kHighInstant), ownStart(idx(n), kHighInstant);
    for (const auto& l : net.links()) {
        if (!eng.linkIsLive(l))
            continue;
        const int dst = workOf(targetsStart(l.type) ? eng.es(l.succ) : eng.ef(l.succ)) - l.lag;
        auto& bound = isFinishSource(l.type) ? ownFinish[idx(l.pred)] : ownStart[idx(l.pred)];
        bound = std::min(bound, dst);
    }
    std::vector<int> inhFinish(idx(n), kHighInstant), inhStart(idx(n), kHighInstant);
    std::vector<int> ff(idx(n));
    for (int i = 0; i < n; ++i) {
        const int p = net.parent(i);
        if (p >= 0) {
            inhFinish[idx(i)] = std::min(inhFinish[idx(p)], ownFinish[idx(p)]);
            // Every subtask that starts the summary counts as driving its
            // start links, also when several start it together (one could
            // slip alone): the backward pass reads them the same way, so the
            // float of each stays on the critical path the chart shows.
            if (workOf(eng.es(i)) == workOf(eng.es(p)))
                inhStart[idx(i)] = std::min(inhStart[idx(p)], ownStart[idx(p)]);
        }
        const int finishTo = std::min(ownFinish[idx(i)], inhFinish[idx(i)]);
        const int startTo = std::min(ownStart[idx(i)], inhStart[idx(i)]);
        const DayMask* m = net.isSummary(i) || eng.ef(i) == eng.es(i) ? nullptr : taskCals.of(i);
        const int last = workOf(eng.ef(i)) - 1, first = workOf(eng.es(i));
        int f = kHighInstant;
        if (finishTo != kHighInstant)
            f = ownDays(m, last, finishTo - (last + 1));
        if (startTo != kHighInstant)
            f = std::min(f, ownDays(m, first, startTo - first));
        if (f == kHighInstant)
            f = ownDays(m, last, workOf(eng.finishBoundOf(i)) - (last + 1));
        ff[idx(i)] = f;
    }
    return ff;
}

int totalFloat(const Engine& eng, const TaskCalendars& taskCals, const Network& net, int i)
{
    const DayMask* m = net.isSummary(i) ? nullptr : taskCals.of(i);
    if (!m || eng.ef(i) == eng.es(i))
        return workOf(eng.lf(i)) - workOf(eng.ef(i));
    const int early = dayOf(eng.ef(i)), late = dayOf(eng.lf(i));
    return late >= early ? m->countBetween(early + 1, late + 1) : -m->countBetween(late + 1, early + 1);
}

} // namespace

Result<Schedule, ScheduleError> computeSchedule(const Plan& plan, const ScheduleOptions& options)
{
    auto network = buildNetwork(plan);
    if (!network) {
        const NetworkIssue& issue = network.error();
        return unexpected(ScheduleError{issue.message, issue.task, issue.depIndex, issue.cycle});
    }
    const Network& net = *network;
    const CalendarSet calendars(plan);
    const WorkCalendar& cal = calendars.planCalendar();
    if (!cal.hasWorkingDays())
        return unexpected(ScheduleError{"the plan calendar has no working days; add working weekdays", -1, -1, {}});
    const TaskCalendars taskCals(plan, calendars);

    const OptDate statusDate = options.statusDate ? options.statusDate : plan.info.statusDate;
    Engine eng(plan, net, cal, taskCals, statusDate);
    const int n = net.taskCount();
    if (!options.startFloors.empty()) {
        std::vector<int> floors(idx(n), kLowInstant);
        for (std::size_t i = 0; i < options.startFloors.size() && i < idx(n); ++i)
            if (options.startFloors[i])
                floors[i] = eng.startOf(*options.startFloors[i]);
        eng.setStartFloors(std::move(floors));
    }
    std::vector<char> laterCycle = laterCycleTasks(plan, net);
    const int laterCount = static_cast<int>(std::count(laterCycle.begin(), laterCycle.end(), 1));
    if (laterCount > 0)
        eng.setLaterCycle(std::move(laterCycle));

    ScheduleTarget target;
    if (plan.info.direction == PlanningDirection::Backward && plan.info.target) {
        target.active = true;
        target.anchor = plan.info.targetTask.empty() ? -1 : plan.taskIndex(plan.info.targetTask);
        target.end = eng.endOf(*plan.info.target);
        planBackward(eng, target.anchor, target.end);
    } else {
        eng.forward(eng.startOf(plan.info.start));
    }
    int finishBound = eng.projectFinish();
    if (target.active && target.anchor < 0 && workOf(target.end) < workOf(finishBound))
        finishBound = target.end; // the plan misses the target: its tasks show negative float
    eng.backward(finishBound, target.anchor, target.active ? target.end : kHighInstant);
    eng.placeAlap();

    Schedule sched;
    sched.statusDate = statusDate;
    sched.tasks.resize(idx(n));
    bool outOfRange = false;     // some date left the calendars' range
    bool taskOutOfRange = false; // one of the current task's dates did
    std::vector<int> outside;    // the tasks that did, for the conflict
    auto dateAt = [&](int instant) {
        const int day = dayOf(instant);
        if (day < 0 || day >= cal.workingDayCount())
            outOfRange = taskOutOfRange = true;
        return cal.dateOf(day);
    };
    const std::vector<int> ff = freeFloats(net, eng, taskCals);
    // Work positions count from the plan's first instant so callers need no calendar.
    int origin = eng.projectStart();
    for (int i = 0; i < n; ++i)
        origin = std::min(origin, eng.ss(i));
    const int originWork = workOf(origin);
    for (int i = 0; i < n; ++i) {
        TaskTimes& tt = sched.tasks[idx(i)];
        const Task& t = plan.tasks[idx(i)];
        taskOutOfRange = false;
        tt.summary = net.isSummary(i);
        tt.milestone = !tt.summary && (t.milestone || t.durationDays == 0);
        tt.complete = eng.complete(i);
        tt.start = dateAt(eng.ss(i));
        tt.finish = dateAt(eng.sf(i));
        tt.earlyStart = dateAt(eng.es(i));
        tt.earlyFinish = dateAt(eng.ef(i));
        // Named when its own dates leave the range; late dates past the end
        // only mean float (a task before one pushed out of range).
        if (taskOutOfRange)
            outside.push_back(i);
        tt.lateStart = dateAt(eng.ls(i));
        tt.lateFinish = dateAt(eng.lf(i));
        tt.startIndex = dayOf(eng.ss(i));
        tt.finishIndex = dayOf(eng.sf(i));
        tt.startWork = workOf(eng.ss(i)) - originWork;
        tt.finishWork = workOf(eng.sf(i)) - originWork;
        tt.durationDays = eng.workedDays(i);
        // A summary's days are those of its printed span, first and last day
        // included, also when a milestone at the end of a day opens it (it
        // then starts on that day, as in MS Project) or one at the start of a
        // day closes it; a summary of milestones at one instant has none.
        if (tt.summary && eng.ss(i) != eng.sf(i))
            tt.durationDays = dayOf(eng.sf(i)) - dayOf(eng.ss(i)) + 1;
        tt.totalFloat = totalFloat(eng, taskCals, net, i);
        // Free float cannot exceed total float, nor go below zero: it is room to slip.
        tt.freeFloat = std::clamp(ff[idx(i)], 0, std::max(0, tt.totalFloat));
        tt.laterCycle = eng.laterCycle(i);
        tt.critical = !tt.summary && !tt.complete && !tt.laterCycle && tt.totalFloat <= 0;
        if (!tt.summary && !tt.laterCycle && eng.ef(i) == eng.projectFinish())
            sched.projectFinishTask = i; // the last in the list of those that end it
    }
    // Summaries show the float of their most critical subtask and are critical
    // when one is (what a phase view needs; Project would use the roll-up).
    for (int i = n - 1; i >= 0; --i) {
        if (!net.isSummary(i))
            continue;
        auto& tt = sched.tasks[idx(i)];
        tt.totalFloat = kHighInstant;
        tt.critical = false;
        for (int c : net.children(i)) {
            tt.totalFloat = std::min(tt.totalFloat, sched.tasks[idx(c)].totalFloat);
            tt.critical = tt.critical || sched.tasks[idx(c)].critical;
        }
        tt.freeFloat = std::clamp(tt.freeFloat, 0, std::max(0, tt.totalFloat));
    }
    for (int i = 0; i < n; ++i)
        if (sched.tasks[idx(i)].critical && !net.isSummary(i))
            ++sched.criticalCount;

    sched.start = dateAt(origin);
    sched.finish = n > 0 ? dateAt(eng.planFinish()) : sched.start;
    sched.projectFinish = n > 0 ? dateAt(eng.projectFinish()) : sched.start;
    sched.laterCycleTasks = laterCount;

    sched.conflicts = std::move(eng.conflicts());
    addScheduleConflicts(plan, net, eng, taskCals, target, statusDate, sched.conflicts);
    if (outOfRange)
        sched.conflicts.push_back(outOfRangeConflict(plan, outside));
    collectCriticalPaths(net, eng, sched.tasks, options.maxCriticalPaths, sched.criticalPaths);
    return sched;
}

} // namespace certplan
