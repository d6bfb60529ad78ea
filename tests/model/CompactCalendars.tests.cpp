// SPDX-License-Identifier: MIT
// Compiled calendars and task day masks are bit sets with rank and select,
// shared between calendars with the same days. These tests check that every
// answer equals a plain day-by-day reference: correctness only, nothing timed.
#include "calendar/CalendarSet.h"
#include "schedule/Scheduler.h"
#include "schedule/TaskCalendars.h"

#include <catch2/catch.hpp>

#include <random>

using namespace certplan;

namespace {

Date day(int k) { return WorkCalendar::rangeFirst() + boost::gregorian::days(k); }
int rangeDays() { return static_cast<int>((WorkCalendar::rangeLast() - WorkCalendar::rangeFirst()).days()) + 1; }

// One bool per date, the way the calendar is defined.
std::vector<bool> referenceDays(WeekMask week, const std::vector<CalendarException>& exceptions)
{
    std::vector<bool> works(static_cast<std::size_t>(rangeDays()));
    for (int k = 0; k < rangeDays(); ++k)
        works[static_cast<std::size_t>(k)] = week.works((day(k).day_of_week().as_number() + 6) % 7);
    for (const auto& ex : exceptions)
        for (Date d = std::max(ex.from, WorkCalendar::rangeFirst()); d <= std::min(ex.to, WorkCalendar::rangeLast());
             d += boost::gregorian::days(1))
            works[static_cast<std::size_t>((d - WorkCalendar::rangeFirst()).days())] = ex.working;
    return works;
}

void checkAgainstReference(const WorkCalendar& cal, const std::vector<bool>& works, std::mt19937& rng)
{
    std::vector<int> before(works.size() + 1), workDays;
    for (std::size_t k = 0; k < works.size(); ++k) {
        before[k] = static_cast<int>(workDays.size());
        if (works[k])
            workDays.push_back(static_cast<int>(k));
    }
    before[works.size()] = static_cast<int>(workDays.size());
    REQUIRE(cal.workingDayCount() == static_cast<int>(workDays.size()));
    auto dateOf = [&](int i) {
        if (workDays.empty())
            return WorkCalendar::rangeFirst();
        return day(workDays[static_cast<std::size_t>(std::clamp(i, 0, static_cast<int>(workDays.size()) - 1))]);
    };
    std::vector<int> probes{0, 1, 2, 6, 7, 63, 64, 65, rangeDays() - 65, rangeDays() - 2, rangeDays() - 1};
    for (int k = 0; k < 3000; ++k)
        probes.push_back(static_cast<int>(rng() % static_cast<unsigned>(rangeDays())));
    for (int k : probes) {
        const Date d = day(k);
        REQUIRE(cal.isWorkingDay(d) == works[static_cast<std::size_t>(k)]);
        REQUIRE(cal.indexOf(d) == before[static_cast<std::size_t>(k)]);
        const int n = static_cast<int>(rng() % 4001) - 2000;
        REQUIRE(cal.addWorkingDays(d, n) == dateOf(before[static_cast<std::size_t>(k)] + n));
        REQUIRE(cal.nextWorkingDay(d) == dateOf(before[static_cast<std::size_t>(k)]));
        const int j = static_cast<int>(rng() % static_cast<unsigned>(rangeDays()));
        const int lo = std::min(j, k), hi = std::max(j, k);
        int between = 0;
        for (int x = lo; x <= hi; ++x)
            between += works[static_cast<std::size_t>(x)] ? 1 : 0;
        REQUIRE(cal.workingDaysBetween(day(lo), day(hi)) == between);
    }
    for (int i : {-5, 0, 1, 63, 64, 65, 1000, static_cast<int>(workDays.size()) - 1, static_cast<int>(workDays.size()) + 3})
        REQUIRE(cal.dateOf(i) == dateOf(i));
    // Dates outside the range are clamped to it.
    REQUIRE(cal.indexOf(WorkCalendar::rangeFirst() - boost::gregorian::days(10)) == 0);
    REQUIRE(cal.indexOf(WorkCalendar::rangeLast() + boost::gregorian::days(10)) == before[works.size() - 1]);
}

Calendar calendar(const std::string& id, const std::string& base = {})
{
    Calendar c;
    c.id = id;
    c.name = id;
    c.base = base;
    return c;
}

} // namespace

TEST_CASE("Compact calendars answer as a day-by-day table would", "[calendar][compact]")
{
    std::mt19937 rng(20270104u);
    const std::vector<std::uint8_t> weeks{0x1F, 0x7F, 0x01, 0x40, 0x00, 0x3F, 0x15};
    for (std::uint8_t bits : weeks) {
        WeekMask week;
        week.bits = bits;
        std::vector<CalendarException> ex;
        for (int k = 0; k < 60; ++k) {
            const int from = static_cast<int>(rng() % static_cast<unsigned>(rangeDays()));
            const int len = static_cast<int>(rng() % 20);
            ex.push_back({day(from), day(from) + boost::gregorian::days(len), rng() % 3 == 0, "x"});
        }
        // A long shutdown, an exception before and one past the range.
        ex.push_back({Date(2030, 1, 1), Date(2031, 6, 30), false, "shutdown"});
        ex.push_back({Date(1900, 1, 1), Date(1950, 1, 3), true, "before"});
        ex.push_back({Date(2249, 12, 30), Date(2300, 1, 1), true, "after"});
        INFO("week bits " << int(bits));
        checkAgainstReference(WorkCalendar(week, ex), referenceDays(week, ex), rng);
        checkAgainstReference(WorkCalendar(week, {}), referenceDays(week, {}), rng);
    }
}

TEST_CASE("A calendar with no working day and one with a single working day", "[calendar][compact]")
{
    std::mt19937 rng(7u);
    WeekMask none;
    none.bits = 0;
    const WorkCalendar empty(none, {});
    CHECK_FALSE(empty.hasWorkingDays());
    CHECK(empty.dateOf(5) == WorkCalendar::rangeFirst());
    CHECK(empty.indexOf(Date(2027, 1, 4)) == 0);
    const std::vector<CalendarException> one{{Date(2100, 6, 1), Date(2100, 6, 1), true, "the day"}};
    const WorkCalendar single(none, one);
    CHECK(single.workingDayCount() == 1);
    CHECK(single.addWorkingDays(Date(1960, 1, 1), 0) == Date(2100, 6, 1));
    CHECK(single.addWorkingDays(Date(2200, 1, 1), -3) == Date(2100, 6, 1));
    checkAgainstReference(single, referenceDays(none, one), rng);
}

TEST_CASE("Calendars with the same days share one compiled calendar", "[calendar][compact]")
{
    Plan p;
    Calendar company = calendar("company");
    company.exceptions.push_back({Date(2027, 1, 6), Date(2027, 1, 6), false, "holiday"});
    p.calendars.push_back(company);
    // Same days by another route: the holiday written on a copy of the week.
    Calendar copy = calendar("copy");
    copy.week = WeekMask{};
    copy.exceptions.push_back({Date(2027, 1, 6), Date(2027, 1, 6), false, "same holiday"});
    p.calendars.push_back(copy);
    // Based on the company calendar with nothing of its own.
    p.calendars.push_back(calendar("person-a", "company"));
    Calendar withLeave = calendar("person-b", "company");
    withLeave.exceptions.push_back({Date(2027, 1, 11), Date(2027, 1, 12), false, "leave"});
    p.calendars.push_back(withLeave);
    Calendar sameLeave = calendar("person-c", "copy");
    sameLeave.exceptions.push_back({Date(2027, 1, 11), Date(2027, 1, 12), false, "leave"});
    p.calendars.push_back(sameLeave);
    p.info.calendar = "company";

    const CalendarSet set(p);
    const WorkCalendar& a = set.get("company");
    CHECK(&set.get("copy") == &a);
    CHECK(&set.get("person-a") == &a);
    CHECK(&set.planCalendar() == &a);
    CHECK(&set.get("person-c") == &set.get("person-b"));
    CHECK(&set.get("person-b") != &a);
    CHECK(set.compiledCount() == 2);

    // Shared or not, every answer is what each calendar compiles to alone.
    for (const auto& c : p.calendars) {
        const EffectiveCalendar eff = resolveCalendar(p, c);
        const WorkCalendar alone(eff.week, eff.exceptions);
        const WorkCalendar& shared = set.get(c.id);
        INFO(c.id);
        CHECK(alone.sameDays(shared));
        for (Date d = Date(2026, 12, 20); d <= Date(2027, 2, 10); d += boost::gregorian::days(1)) {
            REQUIRE(alone.isWorkingDay(d) == shared.isWorkingDay(d));
            REQUIRE(alone.indexOf(d) == shared.indexOf(d));
            REQUIRE(alone.addWorkingDays(d, 7) == shared.addWorkingDays(d, 7));
            REQUIRE(alone.workingDaysBetween(d, d + boost::gregorian::days(30)) ==
                    shared.workingDaysBetween(d, d + boost::gregorian::days(30)));
        }
    }
}

TEST_CASE("A long chain of based-on calendars resolves to all its exceptions, root first", "[calendar][compact]")
{
    Plan p;
    const int n = 400;
    for (int k = 0; k < n; ++k) {
        Calendar c = calendar("c" + std::to_string(k), k ? "c" + std::to_string(k - 1) : std::string());
        const Date d = Date(2027, 1, 4) + boost::gregorian::days(k);
        // Each calendar closes its own day and reopens the previous one's, but
        // only for every third: later exceptions win.
        c.exceptions.push_back({d, d, false, "closed"});
        if (k % 3 == 0 && k > 0)
            c.exceptions.push_back({d - boost::gregorian::days(1), d - boost::gregorian::days(1), true, "reopened"});
        if (k == 200)
            c.week = WeekMask{0x7F}; // from here on, seven days a week
        p.calendars.push_back(c);
    }
    p.info.calendar = "c" + std::to_string(n - 1);
    const CalendarSet set(p);
    for (int k : {0, 1, 3, 199, 200, 201, n - 1}) {
        const WorkCalendar& cal = set.get("c" + std::to_string(k));
        INFO("calendar c" << k);
        const WeekMask week{static_cast<std::uint8_t>(k >= 200 ? 0x7F : 0x1F)};
        for (int j = -3; j < n + 3; ++j) {
            const Date d = Date(2027, 1, 4) + boost::gregorian::days(j);
            bool works = week.works((d.day_of_week().as_number() + 6) % 7);
            if (j >= 0 && j <= k)
                works = false;                                   // closed by c_j
            if (j >= 0 && j < k && (j + 1) % 3 == 0 && j + 1 <= k)
                works = true;                                    // reopened by c_(j+1)
            REQUIRE(cal.isWorkingDay(d) == works);
        }
        const EffectiveCalendar eff = resolveCalendar(p, p.calendars[static_cast<std::size_t>(k)]);
        CHECK(eff.exceptions.size() == static_cast<std::size_t>(k + 1 + k / 3));
        CHECK(WorkCalendar(eff.week, eff.exceptions).sameDays(cal));
    }
}

TEST_CASE("A calendar chain that loops stops at the repeat", "[calendar][compact]")
{
    Plan p;
    Calendar a = calendar("a", "b");
    a.exceptions.push_back({Date(2027, 1, 5), Date(2027, 1, 5), false, "a"});
    Calendar b = calendar("b", "a");
    b.exceptions.push_back({Date(2027, 1, 5), Date(2027, 1, 5), true, "b"});
    p.calendars = {a, b};
    const CalendarSet set(p);
    CHECK_FALSE(set.get("a").isWorkingDay(Date(2027, 1, 5))); // b's, then a's on top
    CHECK(set.get("b").isWorkingDay(Date(2027, 1, 5)));       // a's, then b's on top
}

TEST_CASE("Day masks of many resource calendars answer as day-by-day tables would", "[schedule][calendar][compact]")
{
    std::mt19937 rng(99u);
    Plan p;
    Calendar company = calendar("company");
    for (int y = 2027; y < 2040; ++y)
        for (int k = 0; k < 8; ++k) {
            const Date d = Date(static_cast<unsigned short>(y), 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 365));
            company.exceptions.push_back({d, d, false, "holiday"});
        }
    p.calendars.push_back(company);
    p.info.calendar = "company";
    for (int r = 0; r < 40; ++r) {
        Calendar c = calendar("cal" + std::to_string(r), "company");
        for (int v = 0; v < 15; ++v) {
            const Date d = Date(2027, 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 4000));
            c.exceptions.push_back({d, d + boost::gregorian::days(static_cast<long>(rng() % 10)), rng() % 5 == 0, "leave"});
        }
        p.calendars.push_back(c);
        Resource res;
        res.id = "r" + std::to_string(r);
        res.calendar = c.id;
        p.resources.push_back(res);
    }
    for (int t = 0; t < 60; ++t) {
        Task task;
        task.id = "t" + std::to_string(t);
        task.durationDays = 3;
        for (int a = 0; a < 1 + t % 3; ++a)
            task.assignments.push_back({"r" + std::to_string(static_cast<int>(rng() % 40)), 100});
        p.tasks.push_back(task);
    }
    const CalendarSet set(p);
    const TaskCalendars taskCals(p, set);
    const WorkCalendar& planCal = set.planCalendar();
    const int n = planCal.workingDayCount();
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        const DayMask* mask = taskCals.of(static_cast<int>(t));
        REQUIRE(mask);
        std::vector<int> days, before(static_cast<std::size_t>(n) + 1);
        for (int d = 0; d < n; ++d) {
            before[static_cast<std::size_t>(d)] = static_cast<int>(days.size());
            bool all = true;
            for (const auto& a : p.tasks[t].assignments)
                all = all && set.get("cal" + a.resource.substr(1)).isWorkingDay(planCal.dateOf(d));
            if (all)
                days.push_back(d);
        }
        before[static_cast<std::size_t>(n)] = static_cast<int>(days.size());
        REQUIRE_FALSE(days.empty());
        // Outside the range a mask counts every plan day (an overflow stays visible).
        const int count = static_cast<int>(days.size());
        auto b = [&](int d) { return d < 0 ? d : d > n ? count + (d - n) : before[static_cast<std::size_t>(d)]; };
        auto at = [&](int k) { return k < 0 ? k : k >= count ? n + (k - count) : days[static_cast<std::size_t>(k)]; };
        for (int probe = 0; probe < 2000; ++probe) {
            const int d = static_cast<int>(rng() % static_cast<unsigned>(n + 20)) - 10;
            const int k = static_cast<int>(rng() % 600) - 300;
            INFO("task " << t << " day " << d << " n " << k);
            REQUIRE(mask->works(d) == (d >= 0 && d < n && b(d) < static_cast<int>(days.size()) && at(b(d)) == d));
            REQUIRE(mask->firstOnOrAfter(d) == at(b(d)));
            REQUIRE(mask->lastOnOrBefore(d) == at(b(d + 1) - 1));
            REQUIRE(mask->advance(d, k) == at(b(d) + k));
            REQUIRE(mask->countBetween(d, d + k) == (d + k <= d ? 0 : b(d + k) - b(d)));
        }
    }
}

TEST_CASE("Resource calendars shared after compiling schedule each task on its person's days", "[schedule][calendar][compact]")
{
    // Thirty people, each with a calendar of their own; persons r and r+3
    // have the same leave, so their calendars are one compiled calendar.
    auto build = [] {
        Plan p;
        p.info.start = Date(2027, 1, 4);
        Calendar company = calendar("company");
        company.exceptions.push_back({Date(2027, 1, 6), Date(2027, 1, 6), false, "holiday"});
        p.calendars.push_back(company);
        p.info.calendar = "company";
        for (int r = 0; r < 30; ++r) {
            Calendar c = calendar("cal" + std::to_string(r), "company");
            c.exceptions.push_back({Date(2027, 1, 11 + r % 3), Date(2027, 1, 14 + r % 3), false, "leave"});
            p.calendars.push_back(c);
            Resource res;
            res.id = "r" + std::to_string(r);
            res.calendar = c.id;
            p.resources.push_back(res);
        }
        for (int t = 0; t < 90; ++t) {
            Task task;
            task.id = "t" + std::to_string(t);
            task.durationDays = 2 + t % 5;
            task.assignments.push_back({"r" + std::to_string(t % 30), 100});
            if (t >= 30)
                task.predecessors.push_back({"t" + std::to_string(t - 30), DependencyType::FinishToStart, 0});
            p.tasks.push_back(task);
        }
        return p;
    };
    const Plan copies = build();
    const CalendarSet set(copies);
    CHECK(&set.get("cal0") == &set.get("cal3"));
    CHECK(&set.get("cal0") != &set.get("cal1"));
    auto s = computeSchedule(copies);
    REQUIRE(s);
    // Reference: every person's calendar compiled alone, the task stretched over its leave day by day.
    for (std::size_t t = 0; t < copies.tasks.size(); ++t) {
        const auto& task = copies.tasks[t];
        const int r = std::stoi(task.assignments.front().resource.substr(1));
        const EffectiveCalendar eff = resolveCalendar(copies, copies.calendars[static_cast<std::size_t>(r) + 1]);
        const WorkCalendar own(eff.week, eff.exceptions);
        INFO(task.id);
        CHECK(own.isWorkingDay(s->tasks[t].start));
        CHECK(own.isWorkingDay(s->tasks[t].finish));
        CHECK(own.workingDaysBetween(s->tasks[t].start, s->tasks[t].finish) == task.durationDays);
        if (t >= 30)
            CHECK(s->tasks[t].start > s->tasks[t - 30].finish);
    }
}
