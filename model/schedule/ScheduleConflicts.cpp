// SPDX-License-Identifier: MIT
#include "schedule/ScheduleConflicts.h"

#include "calendar/OffPlanDays.h"
#include "schedule/Instants.h"

namespace certplan {

namespace {

std::string quote(const Task& t)
{
    return "'" + t.name + "' (" + t.id + ")";
}

std::string days(int n)
{
    return std::to_string(n) + (n == 1 ? " working day" : " working days");
}

// The predecessors that drive a task (links without slack), to name them.
std::vector<int> drivers(const Network& net, const Engine& eng, int i)
{
    std::vector<int> out;
    auto [b, e] = net.linksInto(i);
    for (auto* l = b; l != e; ++l)
        if (eng.linkIsLive(*l) && eng.linkSlack(*l) == 0)
            out.push_back(l->pred);
    return out;
}

std::string namesOf(const Plan& plan, const std::vector<int>& tasks)
{
    std::string out;
    for (int t : tasks)
        out += (out.empty() ? "" : ", ") + quote(plan.tasks[static_cast<std::size_t>(t)]);
    return out;
}

// A day the task's assignees all work but the plan calendar does not, between
// the moment the task could start and its finish: the task would use it if the
// time axis were its resources' calendar (calendar/OffPlanDays.h says why it
// is not). Empty when there is none.
OptDate unusedResourceDay(const Plan& plan, const Engine& eng, const TaskCalendars& taskCals, OptDate status, int i)
{
    const auto& cals = taskCals.calendarsOf(i);
    const int ready = eng.readyDay(i);
    if (cals.empty() || ready < 0 || eng.complete(i))
        return std::nullopt;
    const WorkCalendar& cal = eng.calendar();
    Date from = ready > 0 ? cal.dateOf(ready - 1) + boost::gregorian::days(1) : WorkCalendar::rangeFirst();
    // Nothing happens before the project starts (in backward planning: the start it found).
    from = std::max(from, plan.info.direction == PlanningDirection::Backward ? cal.dateOf(workOf(eng.projectStart()))
                                                                              : plan.info.start);
    const Constraint& k = plan.tasks[static_cast<std::size_t>(i)].constraint;
    if (k.date && (k.type == ConstraintType::StartNoEarlierThan || k.type == ConstraintType::MustStartOn))
        from = std::max(from, *k.date);
    if (status && *status < WorkCalendar::rangeLast())
        from = std::max(from, *status + boost::gregorian::days(1));
    return firstCommonDayOffPlan(cal, cals, from, cal.dateOf(dayOf(eng.ef(i))));
}

} // namespace

void addScheduleConflicts(const Plan& plan, const Network& net, const Engine& eng, const TaskCalendars& taskCals,
                          const ScheduleTarget& target, OptDate status, std::vector<ScheduleConflict>& out)
{
    for (int i = 0; i < net.taskCount(); ++i) {
        const Task& t = plan.tasks[static_cast<std::size_t>(i)];
        if (eng.complete(i))
            continue;
        const int finish = workOf(eng.ef(i));
        if (t.deadline && finish > workOf(eng.endOf(*t.deadline))) {
            ScheduleConflict c;
            c.kind = ScheduleConflict::Kind::MissedDeadline;
            c.task = i;
            c.involved = drivers(net, eng, i);
            c.daysLate = finish - workOf(eng.endOf(*t.deadline));
            c.message = quote(t) + " finishes " + days(c.daysLate) + " after its deadline " + formatIsoDate(*t.deadline);
            if (!c.involved.empty())
                c.message += "; driven by " + namesOf(plan, c.involved);
            out.push_back(std::move(c));
        }
        const Constraint& k = t.constraint;
        if (net.isSummary(i) && k.date && k.type == ConstraintType::FinishNoLaterThan &&
            finish > workOf(eng.endOf(*k.date))) {
            ScheduleConflict c;
            c.kind = ScheduleConflict::Kind::MissedConstraint;
            c.task = i;
            c.daysLate = finish - workOf(eng.endOf(*k.date));
            for (int ch : net.children(i))
                if (workOf(eng.ef(ch)) > workOf(eng.endOf(*k.date)))
                    c.involved.push_back(ch);
            c.message = "summary " + quote(t) + " should finish no later than " + formatIsoDate(*k.date) +
                        " but its subtasks " + namesOf(plan, c.involved) + " finish up to " + days(c.daysLate) +
                        " later";
            out.push_back(std::move(c));
        }
    }
    if (target.active) {
        const int reached = target.anchor >= 0 ? eng.ef(target.anchor) : eng.projectFinish();
        if (workOf(reached) > workOf(target.end)) {
            ScheduleConflict c;
            c.kind = ScheduleConflict::Kind::MissedTarget;
            c.task = target.anchor;
            c.daysLate = workOf(reached) - workOf(target.end);
            const std::string who =
                target.anchor >= 0 ? quote(plan.tasks[static_cast<std::size_t>(target.anchor)]) : "the plan";
            if (target.anchor >= 0)
                c.involved = drivers(net, eng, target.anchor);
            c.message = who + " cannot finish by the target date " + formatIsoDate(*plan.info.target) +
                        ": fixed dates (constraints, actual dates or the status date) push it " + days(c.daysLate) +
                        " later";
            out.push_back(std::move(c));
        }
    }
    for (int i = 0; i < net.taskCount(); ++i) {
        if (net.isSummary(i))
            continue;
        const OptDate d = unusedResourceDay(plan, eng, taskCals, status, i);
        if (!d)
            continue;
        ScheduleConflict c;
        c.kind = ScheduleConflict::Kind::ResourceDayNotUsed;
        c.task = i;
        const Date start = eng.calendar().dateOf(dayOf(eng.es(i)));
        const Date finish = eng.calendar().dateOf(dayOf(eng.ef(i)));
        c.message = "the assignees of " + quote(plan.tasks[static_cast<std::size_t>(i)]) + " work on " +
                    formatIsoDate(*d) + " but the plan calendar does not, so the task cannot use that day (it is " +
                    (start == finish ? "scheduled on " + formatIsoDate(start)
                                     : "scheduled " + formatIsoDate(start) + " to " + formatIsoDate(finish)) +
                    "); CertPlan schedules on plan working days only: make " + formatIsoDate(*d) +
                    " a working day of the plan calendar to use it";
        out.push_back(std::move(c));
    }
    for (int i : taskCals.unworkable()) {
        ScheduleConflict c;
        c.kind = ScheduleConflict::Kind::NoCommonWorkingDay;
        c.task = i;
        c.message = "the resources assigned to " + quote(plan.tasks[static_cast<std::size_t>(i)]) +
                    " share no working day; it is scheduled on the plan calendar";
        out.push_back(std::move(c));
    }
}

ScheduleConflict outOfRangeConflict(const Plan& plan, const std::vector<int>& tasks)
{
    ScheduleConflict c;
    c.kind = ScheduleConflict::Kind::OutOfRange;
    const std::string range =
        "the supported dates (" + formatIsoDate(WorkCalendar::rangeFirst()) + " to " + formatIsoDate(WorkCalendar::rangeLast()) + ")";
    if (tasks.empty()) {
        c.message = "the schedule reaches beyond " + range + "; its dates are shown clamped to that range";
        return c;
    }
    c.task = tasks.front();
    c.involved.assign(tasks.begin() + 1, tasks.end());
    constexpr std::size_t kNamed = 5; // a plan pushed out of range may have thousands
    std::string who;
    for (std::size_t k = 0; k < tasks.size() && k < kNamed; ++k)
        who += (k == 0 ? "" : ", ") + quote(plan.tasks[static_cast<std::size_t>(tasks[k])]);
    if (tasks.size() > kNamed)
        who += " and " + std::to_string(tasks.size() - kNamed) + " more tasks";
    c.message = who + (tasks.size() == 1 ? " runs" : " run") + " beyond " + range + "; " +
                (tasks.size() == 1 ? "its" : "their") + " dates are shown clamped to that range";
    return c;
}

} // namespace certplan
