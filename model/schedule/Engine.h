// SPDX-License-Identifier: MIT
#pragma once
// The forward and backward passes over the network, on the instants of
// Instants.h. Internal to the scheduler: computeSchedule() is the interface.
//
// Rules decided here (MS Project is the reference at day granularity):
//  - A link is honoured in working days: the successor's side (start or
//    finish) is at least the predecessor's side plus the lag, counted on the
//    plan calendar. Negative lag is a lead.
//  - SNET/FNET only delay a task. SNLT/FNLT/MSO/MFO win over links ("tasks
//    always honour their constraint dates", Project's default); a link they
//    override is reported as a conflict naming both tasks and shows as
//    negative float on the predecessors.
//  - Progress (started and finished as progress/Progress.h defines them): a
//    task with an actual start keeps it; a finished task keeps its actual
//    dates and constrains nothing before it (it happened). Work done lies
//    before the status date: a finished task without an actual finish, or a
//    started one without an actual start, that the links would place after it
//    is placed by it and reported (ProgressAfterStatusDate). Remaining
//    work of a task in progress starts on the first working day after the
//    status date: finish = max(planned finish, status + remaining), with
//    remaining = ceil(duration * (100 - percent) / 100). A task not started
//    cannot start on or before the status date. Milestones with any progress
//    count as done.
//  - ALAP tasks take the latest dates that delay no successor's scheduled
//    dates, the project finish, a deadline or an enclosing summary's limits
//    (Project's ALAP would also delay ASAP successors into their float; we
//    never move a task the user did not mark). Chains of ALAP tasks move
//    together. Float is always measured on the early dates.

#include "schedule/Network.h"
#include "schedule/Schedule.h"
#include "schedule/TaskCalendars.h"

#include <climits>
#include <optional>
#include <vector>

namespace certplan {

constexpr int kLowInstant = INT_MIN / 4;
constexpr int kHighInstant = INT_MAX / 4;

inline bool isFinishSource(DependencyType t)
{
    return t == DependencyType::FinishToStart || t == DependencyType::FinishToFinish;
}

inline bool targetsStart(DependencyType t)
{
    return t == DependencyType::FinishToStart || t == DependencyType::StartToStart;
}

class Engine {
public:
    Engine(const Plan& plan, const Network& net, const WorkCalendar& cal, const TaskCalendars& taskCals,
           OptDate statusDate);

    int startOf(Date d) const { return 2 * m_cal.indexOf(d); }
    int endOf(Date d) const { return 2 * m_cal.indexOf(d) + (m_cal.isWorkingDay(d) ? 1 : -1); }

    // Earliest start instants per task (levelling delays); empty: none.
    void setStartFloors(std::vector<int> floors) { m_floor = std::move(floors); }
    // Tasks of a later cycle's audit programme (schedule/ProjectScope.h), one
    // flag per task: they are left out of projectFinish(), and their late
    // dates are bounded by the end of the whole plan instead. Before forward().
    void setLaterCycle(std::vector<char> laterCycle);
    void forward(int projectStart);
    // finishBound: latest finish instant for every task (the project finish,
    // or the target in backward planning); the anchor task gets anchorFinish.
    void backward(int finishBound, int anchor, int anchorFinish);
    // Scheduled dates: early dates, ALAP tasks moved late. Call after backward().
    void placeAlap();

    int projectStart() const { return m_p0; }
    // The certification project's finish (every task when the plan has no
    // later cycle's audits), and the finish of everything scheduled.
    int projectFinish() const { return m_pf; }
    int planFinish() const { return m_allFinish; }
    bool laterCycle(int i) const { return !m_laterCycle.empty() && m_laterCycle[idx(i)] != 0; }
    // The latest finish instant the backward pass allows task i without
    // successors or limits of its own: the finish bound, or for the audit
    // programme of later cycles (and summaries holding some of it) the plan's finish.
    int finishBoundOf(int i) const;
    int es(int i) const { return m_es[idx(i)]; }
    int ef(int i) const { return m_ef[idx(i)]; }
    int ls(int i) const { return m_ls[idx(i)]; }
    int lf(int i) const { return m_lf[idx(i)]; }
    int ss(int i) const { return m_ss[idx(i)]; }
    int sf(int i) const { return m_sf[idx(i)]; }
    bool complete(int i) const { return m_complete[idx(i)] != 0; }
    bool started(int i) const { return m_started[idx(i)] != 0; }
    // Working days the task works in its scheduled span (its own calendar).
    int workedDays(int i) const;
    // The plan working day from which links, constraints, summaries and the
    // status date let a leaf task start, before its own calendar is applied;
    // -1 for tasks placed by their actual dates and for summaries.
    int readyDay(int i) const { return m_ready[idx(i)]; }
    const WorkCalendar& calendar() const { return m_cal; }
    std::vector<ScheduleConflict>& conflicts() { return m_conflicts; }

    // How far (plan working days) the predecessor side could move before it
    // pushes the successor side, on the early dates; negative when a
    // constraint won. Zero: the link drives the successor.
    int linkSlack(const ResolvedLink& l) const;
    // Whether a link still binds: links into finished work (or into the
    // actual start of a started task) are history.
    bool linkIsLive(const ResolvedLink& l) const;

private:
    struct Span {
        int first; // working-day index of the first day
        int last;  // and of the last day
    };
    static std::size_t idx(int i) { return static_cast<std::size_t>(i); }
    const Task& task(int i) const { return m_plan.tasks[idx(i)]; }
    const DayMask* mask(int i) const { return m_taskCals.of(i); }
    Span fromStart(int i, int first) const;      // earliest, first >= given
    Span finishAtLeast(int i, int last) const;   // earliest, last >= given
    Span finishAtMost(int i, int last) const;    // latest, last <= given
    Span startAtMost(int i, int first) const;    // latest, first <= given
    void setEarly(int i, Span s);

    void forwardGate(int i);
    void rollUpEarly(int i);
    void forwardLeaf(int i);
    void placeActual(int i);
    void placeProgressByStatus(int i); // Progress.h rules 2 and 4
    int applyHardConstraint(int i); // working days the constraint moved it earlier
    void reportOverride(int i, int late, int driver, const char* driverWhat);

    void backwardPass(bool alap);
    void backwardGate(int i, bool alap);
    void rollUpBack(int i, bool alap);
    void backwardLeaf(int i, bool alap);

    const Plan& m_plan;
    const Network& m_net;
    const WorkCalendar& m_cal;
    const TaskCalendars& m_taskCals;
    int m_n;
    std::vector<int> m_dur;
    std::vector<int> m_es, m_ef, m_ls, m_lf, m_ss, m_sf;
    std::vector<int> m_gate, m_lateGate, m_startCap;
    std::vector<int> m_floor;
    std::vector<int> m_ready;
    std::vector<char> m_complete, m_started, m_fixedStart, m_alap;
    // Each task's own dates as instants, gathered in one pass in the
    // constructor: the passes visit tasks in topological order, and reading
    // the Task records there cost a cache miss per task on large plans.
    std::vector<int> m_ownStartLo, m_ownFinishLo, m_ownStartHi, m_ownFinishHi;
    std::vector<char> m_hard; // a hard constraint (SNLT, FNLT, MSO, MFO) with a date
    std::vector<char> m_laterCycle; // empty: none
    std::vector<char> m_widerBound; // later cycle, or a summary holding some of it
    bool m_anyAlap = false;
    std::optional<int> m_status; // first instant after the status date
    OptDate m_statusDate;
    int m_p0 = 0;
    int m_pf = 0;
    int m_allFinish = 0;
    int m_finishBound = 0;
    int m_anchor = -1;
    int m_anchorFinish = 0;
    std::vector<ScheduleConflict> m_conflicts;
};

} // namespace certplan
