// SPDX-License-Identifier: MIT
#pragma once
// Small plans written in a few lines, for hand-computed scheduling tests.
// Dates in the tests are January 2027 unless said: Monday 4 is the project start.

#include "core/Plan.h"
#include "schedule/Scheduler.h"

#include <catch2/catch.hpp>

#include <string>

namespace certplan::test {

inline Date day(const char* iso)
{
    const OptDate d = parseIsoDate(iso);
    REQUIRE(d.has_value());
    return *d;
}

class PlanBuilder {
public:
    explicit PlanBuilder(const char* start = "2027-01-04") { m_plan.info.start = day(start); }

    Task& task(const std::string& id, int days, int level = 0)
    {
        Task t;
        t.id = id;
        t.name = "Task " + id;
        t.durationDays = days;
        t.level = level;
        m_plan.tasks.push_back(t);
        return m_plan.tasks.back();
    }
    Task& milestone(const std::string& id, int level = 0)
    {
        Task& t = task(id, 0, level);
        t.milestone = true;
        return t;
    }
    // A summary is a task followed by deeper tasks.
    Task& summary(const std::string& id, int level = 0) { return task(id, 0, level); }

    PlanBuilder& link(const std::string& pred, const std::string& succ, DependencyType type = DependencyType::FinishToStart,
                      int lag = 0)
    {
        Task* s = m_plan.findTask(succ);
        REQUIRE(s != nullptr);
        s->predecessors.push_back({pred, type, lag});
        return *this;
    }
    PlanBuilder& constrain(const std::string& id, ConstraintType type, const char* date = nullptr)
    {
        Task* t = m_plan.findTask(id);
        REQUIRE(t != nullptr);
        t->constraint = {type, date ? OptDate(day(date)) : std::nullopt};
        return *this;
    }
    Calendar& calendar(const std::string& id, const std::string& base = {})
    {
        Calendar c;
        c.id = id;
        c.name = id;
        c.base = base;
        m_plan.calendars.push_back(c);
        if (m_plan.info.calendar.empty())
            m_plan.info.calendar = id;
        return m_plan.calendars.back();
    }
    Resource& resource(const std::string& id, const std::string& calendarId = {})
    {
        Resource r;
        r.id = id;
        r.name = "Resource " + id;
        r.calendar = calendarId;
        m_plan.resources.push_back(r);
        return m_plan.resources.back();
    }
    PlanBuilder& assign(const std::string& task, const std::string& resource, int units = 100)
    {
        m_plan.findTask(task)->assignments.push_back({resource, units});
        return *this;
    }
    Plan& plan() { return m_plan; }
    Task& operator[](const std::string& id) { return *m_plan.findTask(id); }

    Schedule schedule(OptDate status = std::nullopt) const
    {
        ScheduleOptions o;
        o.statusDate = status;
        auto r = computeSchedule(m_plan, o);
        if (!r)
            FAIL("schedule failed: " << r.error().message);
        return std::move(r).value();
    }

private:
    Plan m_plan;
};

inline CalendarException holiday(const char* from, const char* to = nullptr, bool working = false)
{
    return {day(from), day(to ? to : from), working, "exception"};
}

// The times of one task by id.
inline const TaskTimes& at(const Schedule& s, const Plan& p, const std::string& id)
{
    const int i = p.taskIndex(id);
    REQUIRE(i >= 0);
    return s.tasks[static_cast<std::size_t>(i)];
}

} // namespace certplan::test

#define CHECK_DATES(tt, s, f)                                                                                      \
    do {                                                                                                           \
        CHECK(formatIsoDate((tt).start) == (s));                                                                   \
        CHECK(formatIsoDate((tt).finish) == (f));                                                                  \
    } while (false)
