// SPDX-License-Identifier: MIT
#include "presenters/Dashboard.h"

#include "calendar/CalendarSet.h"
#include "core/TaskTree.h"
#include "lifecycle/AuditCalendar.h"
#include "lifecycle/NonconformityDue.h"
#include "lifecycle/Readiness.h"
#include "progress/Progress.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

namespace certplan::present {

namespace {

std::size_t at(int i) { return static_cast<std::size_t>(i); }

std::string percentText(double v)
{
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(0);
    out << v << " %";
    return out.str();
}

std::string pointsText(double v)
{
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(0);
    out << v << " percentage points";
    return out.str();
}

// Work and work due by the status date, in working days, for one leaf (work
// done is progress/Progress.h's roll-up).
struct Work {
    double total = 0;
    double expected = 0;
};

// The dates progress is measured against: the baseline's when the task has
// one (the scheduler moves unfinished work past the status date, so the live
// dates can never show a task as late), else the live schedule's.
struct Reference {
    Date start;
    Date finish;
};

Work leafWork(const Task& t, Reference ref, const WorkCalendar& cal, Date status)
{
    Work w;
    const double days = progressWeight(t);
    w.total = days;
    if (days == 0) // milestones count as reached or not, not as work
        return w;
    // The status date's own work counts as due: progress is reported through it.
    if (status >= ref.finish)
        w.expected = days;
    else if (status >= ref.start)
        w.expected = std::min(days, static_cast<double>(cal.workingDaysBetween(ref.start, status)));
    return w;
}

// Working days from a to b, negative when b is earlier (finish variance).
int signedWorkDays(const WorkCalendar& cal, Date a, Date b)
{
    return cal.indexOf(b) - cal.indexOf(a);
}

const Baseline* findBaseline(const Plan& plan, const std::string& name)
{
    for (const auto& b : plan.baselines)
        if (name.empty() || b.name == name)
            return &b;
    return nullptr;
}

OptDate auditDate(const Plan& plan, const Schedule& s, const Audit& a)
{
    if (!a.task.empty()) {
        const int i = plan.taskIndex(a.task);
        if (i >= 0)
            return s.tasks[at(i)].start;
    }
    return a.planned;
}

// Audits of cycles that never start because the certificate lapsed before
// them: the body will not hold them, so they are not "what comes next".
bool afterLapse(const std::vector<CertificateProgramme>& programmes, const Plan& plan, const Audit& a)
{
    for (const auto& p : programmes) {
        const bool mine = a.certificate == p.certificate ||
                          (a.certificate.empty() && !plan.certificates.empty() &&
                           plan.certificates.front().id == p.certificate);
        if (mine && p.programme && p.programme->ended() && a.cycle > p.programme->cycles.back().number)
            return true;
    }
    return false;
}

} // namespace

std::string ragLabel(Rag r)
{
    switch (r) {
    case Rag::Green: return "Green";
    case Rag::Amber: return "Amber";
    case Rag::Red: return "Red";
    }
    return "?";
}

DashboardData buildDashboard(const Plan& plan, const Schedule& s, Date status, const DashboardOptions& opt)
{
    DashboardData d;
    d.statusDate = status;
    d.finish = s.projectFinish;
    if (s.projectFinishTask >= 0 && static_cast<std::size_t>(s.projectFinishTask) < plan.tasks.size())
        d.finishTask = plan.tasks[static_cast<std::size_t>(s.projectFinishTask)].name;
    if (s.laterCycleTasks > 0)
        d.programmeFinish = s.finish;
    d.target = plan.info.target;
    d.conflicts = static_cast<int>(s.conflicts.size());
    const CalendarSet calendars(plan);
    const WorkCalendar& cal = calendars.planCalendar();
    const TaskTree tree(plan.tasks);
    const PlanProgress progress(plan, tree);
    const int n = static_cast<int>(plan.tasks.size());

    const Baseline* base = findBaseline(plan, opt.baseline);
    d.baseline = base ? base->name : std::string();
    std::vector<Reference> ref(at(n));
    for (int i = 0; i < n; ++i) {
        ref[at(i)] = {s.tasks[at(i)].start, s.tasks[at(i)].finish};
        if (const BaselineEntry* e = base ? base->find(plan.tasks[at(i)].id) : nullptr)
            ref[at(i)] = {e->start, e->finish};
    }
    std::vector<Work> work(at(n));
    Work all;
    for (int i = 0; i < n; ++i) {
        if (tree.isSummary(i))
            continue;
        work[at(i)] = leafWork(plan.tasks[at(i)], ref[at(i)], cal, status);
        all.total += work[at(i)].total;
        all.expected += work[at(i)].expected;
    }
    d.percentComplete = progress.planPercent();
    if (all.total > 0)
        d.percentExpected = 100.0 * all.expected / all.total;

    for (int i = 0; i < n; ++i) {
        if (plan.tasks[at(i)].level != 0)
            continue;
        PhaseProgress p;
        p.task = i;
        p.name = plan.tasks[at(i)].name;
        p.start = s.tasks[at(i)].start;
        p.finish = s.tasks[at(i)].finish;
        p.critical = s.tasks[at(i)].critical;
        Work w;
        for (int j = i; j < tree.subtreeEnd(i); ++j) {
            w.total += work[at(j)].total;
            w.expected += work[at(j)].expected;
        }
        p.percentComplete = progress.percent(i);
        if (w.total > 0)
            p.percentExpected = 100.0 * w.expected / w.total;
        else // a phase of milestones only
            p.percentExpected = status >= p.finish ? 100 : 0;
        if (base) {
            if (const auto* bt = base->find(plan.tasks[at(i)].id)) {
                p.hasBaseline = true;
                p.finishVarianceDays = signedWorkDays(cal, bt->finish, p.finish);
            }
        }
        d.phases.push_back(p);
    }

    for (int i = 0; i < n; ++i) {
        const Task& t = plan.tasks[at(i)];
        const TaskTimes& tt = s.tasks[at(i)];
        if (tree.isSummary(i))
            continue;
        const bool done = progress.finished(i);
        if (tt.milestone && !done && tt.finish >= status)
            d.milestones.push_back({i, t.name, tt.finish, tt.totalFloat, tt.critical});
        if (!done && ref[at(i)].finish < status)
            d.late.push_back({i, t.name, ref[at(i)].finish, progress.percent(i), tt.critical, false});
        else if (!progress.started(i) && ref[at(i)].start < status && !tt.milestone)
            d.late.push_back({i, t.name, ref[at(i)].finish, progress.percent(i), tt.critical, true});
    }
    std::stable_sort(d.milestones.begin(), d.milestones.end(),
                     [](const UpcomingItem& a, const UpcomingItem& b) { return a.date < b.date; });
    if (static_cast<int>(d.milestones.size()) > opt.maxMilestones)
        d.milestones.resize(at(opt.maxMilestones));
    std::stable_sort(d.late.begin(), d.late.end(), [](const LateTask& a, const LateTask& b) {
        return a.critical != b.critical ? a.critical : a.finish < b.finish;
    });

    ProgrammeOptions programmeOptions;
    programmeOptions.statusDate = status;
    const std::vector<CertificateProgramme> programmes = planAuditProgrammes(plan, &s, programmeOptions);

    OptDate nextStage2;
    for (const Audit& a : plan.audits) {
        if (a.status == AuditStatus::Completed || a.status == AuditStatus::Cancelled)
            continue;
        if (afterLapse(programmes, plan, a))
            continue;
        const OptDate when = auditDate(plan, s, a);
        if (!when)
            continue;
        if (a.type == AuditType::Stage2 && (!nextStage2 || *when < *nextStage2))
            nextStage2 = when;
        if (*when < status)
            continue;
        UpcomingItem item;
        item.task = a.task.empty() ? -1 : plan.taskIndex(a.task);
        item.name = std::string(enumLabel(a.type)) + (a.cycle > 1 ? " (cycle " + std::to_string(a.cycle) + ")" : "");
        item.date = *when;
        if (item.task >= 0) {
            item.floatDays = s.tasks[at(item.task)].totalFloat;
            item.critical = s.tasks[at(item.task)].critical;
        }
        d.audits.push_back(item);
    }
    std::stable_sort(d.audits.begin(), d.audits.end(),
                     [](const UpcomingItem& a, const UpcomingItem& b) { return a.date < b.date; });
    if (static_cast<int>(d.audits.size()) > opt.maxAudits)
        d.audits.resize(at(opt.maxAudits));

    const NcDecisionBounds bounds(plan, &s, status);
    for (const Nonconformity& nc : plan.nonconformities) {
        // Unset due dates come from the certification body's rules and the decision they precede.
        const NcDue due = nonconformityDue(plan, &s, nc, status, bounds);
        if (!due.open)
            continue;
        OpenNc o{nc.id, nc.ncClass, nc.clause, nc.description, due.due, due.overdue};
        d.overdueNcs += o.overdue ? 1 : 0;
        d.openNcs.push_back(o);
    }
    std::stable_sort(d.openNcs.begin(), d.openNcs.end(), [](const OpenNc& a, const OpenNc& b) {
        if (a.ncClass != b.ncClass)
            return a.ncClass < b.ncClass; // majors first
        return a.due.value_or(Date(boost::gregorian::max_date_time)) <
               b.due.value_or(Date(boost::gregorian::max_date_time));
    });

    if (!plan.checklists.empty()) {
        d.readiness = computeReadiness(plan.checklists.front()).overall;
        const ReadinessSnapshot* last = nullptr;
        for (const auto& snap : plan.snapshots)
            if (snap.checklist == plan.checklists.front().id && snap.date <= status && (!last || snap.date > last->date))
                last = &snap;
        if (last) {
            d.previousSnapshot = last->date;
            d.readinessTrend = d.readiness - last->overall;
        }
    }

    // The verdict: the worst rule that fires wins; every rule that fires is a reason.
    auto raise = [&](Rag level, std::string why) {
        d.rag = std::max(d.rag, level);
        d.reasons.push_back(std::move(why));
    };
    // A certificate that is not valid on the status date outweighs any schedule figure.
    for (const auto& p : programmes) {
        if (!p.programme)
            continue;
        for (const auto& c : p.programme->cycles) {
            const std::string cert = "Certificate " + p.certificate;
            if (c.outcome == CycleOutcome::Lapsed && !c.decisionTaken && status > c.restoration.close)
                raise(Rag::Red, cert + " lapsed: it expired on " + formatIsoDate(c.expiry) +
                                    " and was not restored by " + formatIsoDate(c.restoration.close) +
                                    "; a new initial certification is needed");
            else if (c.outcome == CycleOutcome::Lapsed)
                raise(Rag::Red, cert + " lapses: the renewal decision (" + formatIsoDate(*c.recertDecision) +
                                    ") comes after the restoration window closes on " +
                                    formatIsoDate(c.restoration.close));
            else if (c.outcome == CycleOutcome::RestorationPlanned)
                raise(Rag::Red, cert + " lapses on " + formatIsoDate(addDays(c.expiry, 1)) +
                                    ": the renewal decision is planned for " + formatIsoDate(*c.recertDecision) +
                                    ", after expiry (" + std::to_string(c.uncertifiedDays) + " days not certified)");
            else if (c.outcome == CycleOutcome::Expired)
                raise(Rag::Red, cert + " expired on " + formatIsoDate(c.expiry) +
                                    " without a renewal decision; restorable until " +
                                    formatIsoDate(c.restoration.close) + " once the recertification is finished");
        }
    }
    for (const auto& p : programmes) {
        if (!p.suspendedNote.empty())
            raise(Rag::Red, "Certificate " + p.certificate + " is " + p.suspendedNote);
        if (const Certificate* c = plan.findCertificate(p.certificate); c && c->withdrawn && p.programme &&
                                                                         p.programme->withdrawn())
            raise(Rag::Red, "Certificate " + p.certificate +
                                (*c->withdrawn <= status ? " was withdrawn on " : " is to be withdrawn on ") +
                                formatIsoDate(*c->withdrawn) + ": a new initial certification is needed");
    }
    for (const auto& p : programmes)
        for (std::string concern : p.decisionConcerns) {
            concern[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(concern[0])));
            raise(Rag::Amber, concern);
        }
    for (const auto& c : s.conflicts)
        if (c.kind == ScheduleConflict::Kind::MissedTarget) {
            raise(Rag::Red, "The plan finishes after the target date " + formatIsoDate(plan.info.target));
            break;
        }
    const double behind = d.percentExpected - d.percentComplete;
    if (behind > opt.behindRedPoints)
        raise(Rag::Red, "Progress is " + pointsText(behind) + " behind plan");
    else if (behind > opt.behindAmberPoints)
        raise(Rag::Amber, "Progress is " + pointsText(behind) + " behind plan");
    int lateCritical = 0;
    for (const auto& l : d.late)
        lateCritical += l.critical ? 1 : 0;
    if (lateCritical > 0)
        raise(Rag::Red, std::to_string(lateCritical) + " critical task" + (lateCritical == 1 ? " is" : "s are") +
                            " late: the finish date slips with them");
    else if (!d.late.empty())
        raise(Rag::Amber, std::to_string(d.late.size()) + " task" + (d.late.size() == 1 ? " is" : "s are") +
                              " late (not on the critical path)");
    int overdueMajors = 0;
    for (const auto& nc : d.openNcs)
        overdueMajors += nc.overdue && nc.ncClass == NcClass::Major ? 1 : 0;
    if (overdueMajors > 0)
        raise(Rag::Red, std::to_string(overdueMajors) + " major nonconformit" + (overdueMajors == 1 ? "y is" : "ies are") +
                            " past due: the certificate is at risk");
    else if (d.overdueNcs > 0)
        raise(Rag::Amber, std::to_string(d.overdueNcs) + " nonconformit" + (d.overdueNcs == 1 ? "y is" : "ies are") + " past due");
    if (d.readiness >= 0 && nextStage2 && *nextStage2 >= status &&
        (*nextStage2 - status).days() <= opt.readinessWindowDays && d.readiness < opt.readinessAmber)
        raise(Rag::Amber, "Readiness is " + percentText(d.readiness) + " with stage 2 on " + formatIsoDate(*nextStage2));
    for (const auto& c : s.conflicts)
        if (c.kind == ScheduleConflict::Kind::MissedDeadline || c.kind == ScheduleConflict::Kind::ConstraintOverridesLink) {
            raise(Rag::Amber, std::to_string(d.conflicts) + " schedule conflict" + (d.conflicts == 1 ? "" : "s") +
                                  " need a decision");
            break;
        }
    if (d.reasons.empty())
        d.reasons.push_back("On plan: no late tasks, no overdue nonconformities, the finish holds");
    if (!base)
        d.reasons.push_back("No baseline saved: progress is measured against the current schedule");
    return d;
}

std::string finishText(const DashboardData& d, const DateFormat& dates)
{
    std::string out = "Finish " + dates.format(d.finish);
    if (!d.finishTask.empty())
        out += " (" + d.finishTask + ")";
    if (d.target)
        out += ", target " + dates.format(*d.target);
    // A line of its own: the dashboard's header has little width to spare at 1024 pixels.
    if (d.programmeFinish)
        out += "\nLater cycles' audits to " + dates.format(*d.programmeFinish);
    return out;
}

} // namespace certplan::present
