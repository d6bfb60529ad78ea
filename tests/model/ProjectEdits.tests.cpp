// SPDX-License-Identifier: MIT
// Project > Project Information, Change Working Time, Level Resources and
// File > New Blank Plan, below the GUI: what each command changes, what it
// refuses (the loader's rules) and that undo restores the plan exactly.
#include "model/ScheduleFixtures.h"

#include "commands/Document.h"
#include "commands/LevellingEdits.h"
#include "commands/ProjectEdits.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "templating/BlankPlan.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Plan withCalendars()
{
    PlanBuilder b;
    b.task("a", 5);
    b.resource("pat");
    Plan p = b.plan();
    Calendar standard;
    standard.id = "standard";
    standard.name = "Standard";
    standard.week = WeekMask{};
    p.calendars.push_back(standard);
    p.info.calendar = "standard";
    p.info.title = "Plan";
    return p;
}

std::string refusal(const CommandResult& r)
{
    REQUIRE_FALSE(r);
    return r.error();
}

} // namespace

TEST_CASE("Project Information edits every field in one undoable command, non-ASCII kept", "[commands][project]")
{
    Document doc(withCalendars());
    const Plan before = doc.plan();
    PlanInfo info = before.info;
    info.title = "Zertifizierung \u201eISO/IEC 20000-1\u201c \u2014 \u00d6sterreich";
    info.organization = "M\u00fcller & S\u00f6hne GmbH";
    info.scope = "Rechenzentrum \u0395\u03bb\u03bb\u03ac\u03b4\u03b1";
    info.certificationBody = "T\u00dcV";
    info.size = OrganizationSize::Large;
    info.start = day("2027-02-01");
    info.statusDate = day("2027-01-29");
    REQUIRE(doc.execute(editPlanInfo(doc.plan(), info)));
    CHECK(doc.plan().info == info);
    CHECK(doc.undoLabel() == "Project Information");
    auto back = readPlanText(writePlanToString(doc.plan()), "info.certplan");
    REQUIRE(back);
    CHECK(back->plan.info == info);
    CHECK(formatIsoDate(doc.schedule().tasks[0].start) == "2027-02-01"); // the schedule follows
    doc.undo();
    CHECK(doc.plan() == before);
}

TEST_CASE("Project Information refuses what the loader refuses", "[commands][project]")
{
    const Plan plan = withCalendars();
    PlanInfo info = plan.info;
    CHECK(refusal(editPlanInfo(plan, info)) == "nothing to change");
    info.title = "  ";
    CHECK(refusal(editPlanInfo(plan, info)).find("needs a title") != std::string::npos);
    info = plan.info;
    info.start = Date(1949, 12, 31);
    CHECK(refusal(editPlanInfo(plan, info)) == "the start date 1949-12-31 is not a date from 1950-01-01 to 2249-12-31");
    info = plan.info;
    info.direction = PlanningDirection::Backward;
    CHECK(refusal(editPlanInfo(plan, info)).find("needs a target date") != std::string::npos);
    info.target = day("2027-06-30");
    info.targetTask = "nope";
    CHECK(refusal(editPlanInfo(plan, info)) == "the target task 'nope' does not exist in this plan");
    info.targetTask = "a";
    info.calendar = "other";
    CHECK(refusal(editPlanInfo(plan, info)) == "the calendar 'other' does not exist in this plan");
    info.calendar = "standard";
    CHECK(editPlanInfo(plan, info));
}

TEST_CASE("Change Working Time replaces weekdays and holidays in one command and the schedule follows",
          "[commands][project][calendar]")
{
    Document doc(withCalendars());
    const Plan before = doc.plan();
    // a: 5 days from Mon 4 January 2027 ends Fri 8.
    CHECK(formatIsoDate(doc.schedule().tasks[0].finish) == "2027-01-08");
    WorkingTime w = workingTimeOf(doc.plan());
    w.calendars[0].week = WeekMask{0x0F}; // Monday to Thursday
    w.calendars[0].exceptions.push_back({day("2027-01-05"), day("2027-01-06"), false, "Dreik\u00f6nig"});
    REQUIRE(doc.execute(changeWorkingTime(doc.plan(), w)));
    CHECK(doc.undoLabel() == "Change Working Time");
    // Mon 4, Thu 7, Mon 11, Tue 12, Wed 13.
    CHECK(formatIsoDate(doc.schedule().tasks[0].finish) == "2027-01-13");
    doc.undo();
    CHECK(doc.plan() == before);
    CHECK(formatIsoDate(doc.schedule().tasks[0].finish) == "2027-01-08");
}

TEST_CASE("Change Working Time refuses calendars the file could not hold", "[commands][project][calendar]")
{
    const Plan plan = withCalendars();
    WorkingTime w = workingTimeOf(plan);
    CHECK(refusal(changeWorkingTime(plan, w)) == "nothing to change");
    w.calendars[0].week = WeekMask{0};
    CHECK(refusal(changeWorkingTime(plan, w)).find("no working weekday") != std::string::npos);
    w = workingTimeOf(plan);
    w.calendars[0].exceptions.push_back({day("2027-01-08"), day("2027-01-05"), false, "Backwards"});
    CHECK(refusal(changeWorkingTime(plan, w)).find("ends (2027-01-05) before it begins (2027-01-08)") != std::string::npos);
    w = workingTimeOf(plan);
    w.calendars[0].base = "standard";
    CHECK(refusal(changeWorkingTime(plan, w)).find("on itself") != std::string::npos);
    w = workingTimeOf(plan);
    w.resources[0].calendar = "missing";
    CHECK(refusal(changeWorkingTime(plan, w)).find("'missing'") != std::string::npos);
    w = workingTimeOf(plan);
    w.calendars.push_back(w.calendars[0]);
    CHECK(refusal(changeWorkingTime(plan, w)) == "two calendars have the id 'standard'");
}

TEST_CASE("A resource's own calendar layers leave on its base and moves only its tasks",
          "[commands][project][calendar]")
{
    Plan p = withCalendars();
    p.tasks[0].assignments.push_back({"pat", 100});
    Document doc(p);
    const Resource& pat = doc.plan().resources[0];
    CHECK(personalCalendarOf(doc.plan(), pat) == nullptr);
    WorkingTime w = workingTimeOf(doc.plan());
    Calendar own;
    own.id = newCalendarId(w.calendars, "cal-pat");
    own.name = "Resource pat";
    own.base = "standard";
    own.exceptions.push_back({day("2027-01-06"), day("2027-01-06"), false, "Urlaub"});
    w.calendars.push_back(own);
    w.resources[0].calendar = own.id;
    REQUIRE(doc.execute(changeWorkingTime(doc.plan(), w, "Change Working Time of Pat")));
    CHECK(personalCalendarOf(doc.plan(), doc.plan().resources[0]) != nullptr);
    CHECK(formatIsoDate(doc.schedule().tasks[0].finish) == "2027-01-11"); // a waits one day for Pat
    CHECK(newCalendarId(doc.plan().calendars, "cal-pat") == "cal-pat-2");
    // The file holds it: saved and read back, the same plan.
    auto back = readPlanText(writePlanToString(doc.plan()), "own-calendar.certplan");
    REQUIRE(back);
    CHECK(back->plan == doc.plan());
    doc.undo();
    CHECK(doc.plan() == p);
}

TEST_CASE("Level Resources keeps the levelled starts as one undoable command and says why each task moved",
          "[commands][project][levelling]")
{
    PlanBuilder b;
    b.resource("pm");
    b.task("a", 3);
    b.task("b", 2);
    b.task("c", 5);
    b.assign("a", "pm").assign("b", "pm");
    Document doc(b.plan());
    const Plan before = doc.plan();
    auto edit = levelResourcesEdit(doc.plan());
    REQUIRE(edit);
    REQUIRE(edit->command);
    REQUIRE(edit->moves.size() == 1);
    const LevellingMove& m = edit->moves[0];
    CHECK(m.taskId == "b");
    CHECK(formatIsoDate(m.from) == "2027-01-04");
    CHECK(formatIsoDate(m.to) == "2027-01-07");
    CHECK(m.delayDays == 3);
    CHECK(m.resource == "Resource pm");
    CHECK(m.reason.find("booked on 2027-01-04 to 2027-01-05 by 'Task a'") != std::string::npos);
    REQUIRE(doc.execute(std::move(edit->command)));
    CHECK(doc.undoLabel() == "Level Resources");
    CHECK(formatIsoDate(at(doc.schedule(), doc.plan(), "b").start) == "2027-01-07");
    const Task& bt = *doc.plan().findTask("b");
    CHECK(bt.constraint.type == ConstraintType::StartNoEarlierThan);
    CHECK(formatIsoDate(bt.constraint.date) == "2027-01-07");
    // Levelled again: nothing left to move.
    auto again = levelResourcesEdit(doc.plan());
    REQUIRE(again);
    CHECK_FALSE(again->command);
    CHECK(again->moves.empty());
    doc.undo();
    CHECK(doc.plan() == before);
}

TEST_CASE("Level Resources on a plan without over-allocations moves nothing", "[commands][project][levelling]")
{
    PlanBuilder b;
    b.resource("pm");
    b.task("a", 3);
    b.task("b", 2);
    b.link("a", "b");
    b.assign("a", "pm").assign("b", "pm");
    auto edit = levelResourcesEdit(b.plan());
    REQUIRE(edit);
    CHECK_FALSE(edit->command);
    CHECK(edit->moves.empty());
    CHECK(edit->remaining.empty());
}

TEST_CASE("A blank plan starts today on a working day, else the next Monday, and saves to a file that loads",
          "[commands][project][blank]")
{
    CHECK(formatIsoDate(blankPlanStart(day("2027-01-06"))) == "2027-01-06"); // Wednesday
    CHECK(formatIsoDate(blankPlanStart(day("2027-01-09"))) == "2027-01-11"); // Saturday -> Monday
    CHECK(formatIsoDate(blankPlanStart(day("2027-01-10"))) == "2027-01-11"); // Sunday -> Monday
    const Plan p = blankPlan(day("2027-01-09"));
    CHECK(p.tasks.empty());
    CHECK(p.info.title == "Untitled plan");
    REQUIRE(p.defaultCalendar());
    CHECK(p.defaultCalendar()->week == WeekMask{});
    CHECK(p.defaultCalendar()->exceptions.empty());
    CHECK(computeSchedule(p));
    const std::string xml = writePlanToString(p);
    auto back = readPlanText(xml, "blank.certplan");
    REQUIRE(back);
    CHECK(back->plan == p);
}
