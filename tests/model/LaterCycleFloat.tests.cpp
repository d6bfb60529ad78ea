// SPDX-License-Identifier: MIT
// The audits of later certification cycles are the audit programme, not part
// of the certification project (schedule/ProjectScope.h): planning them must
// leave the project's finish, float and critical path as they were.
#include "TestPaths.h"
#include "model/ScheduleFixtures.h"

#include "commands/AuditCommands.h"
#include "commands/Document.h"
#include "io/PlanReader.h"

using namespace certplan;
using namespace certplan::test;

namespace {

std::vector<std::vector<std::string>> pathIds(const Plan& p, const Schedule& s)
{
    std::vector<std::vector<std::string>> out;
    for (const auto& path : s.criticalPaths) {
        out.emplace_back();
        for (int t : path)
            out.back().push_back(p.tasks[static_cast<std::size_t>(t)].id);
    }
    return out;
}

// The example with "Plan Next Cycle's Audits" run as the Audits tab runs it.
Document exampleWithCycle2()
{
    auto loaded = readPlanFile(templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    Document doc;
    doc.replace(loaded->plan, "");
    REQUIRE(doc.hasSchedule());
    return doc;
}

void planCycle2(Document& doc)
{
    CyclePlanSpec spec;
    spec.certificate = "cert-20000-1";
    spec.cycle = 2;
    spec.statusDate = Date(2026, 11, 24);
    REQUIRE(doc.execute(planCycleAudits(doc.plan(), &doc.schedule(), spec)));
    REQUIRE(doc.hasSchedule());
}

} // namespace

TEST_CASE("Planning the next cycle's audits keeps the example's critical path, float and finish",
          "[schedule][example][audits]")
{
    Document doc = exampleWithCycle2();
    const Schedule before = doc.schedule();
    const std::size_t n = doc.plan().tasks.size();
    REQUIRE(before.criticalCount == 35);
    CHECK(before.laterCycleTasks == 0);
    CHECK(formatIsoDate(before.projectFinish) == "2030-06-18");
    CHECK(before.finish == before.projectFinish);
    const auto pathsBefore = pathIds(doc.plan(), before);

    planCycle2(doc);
    const Plan& p = doc.plan();
    const Schedule& after = doc.schedule();
    // Before the rule: 3 critical tasks, the finish in 2033, 766 days of float
    // on the certification milestones.
    CHECK(after.criticalCount == 35);
    CHECK(pathIds(p, after) == pathsBefore);
    for (std::size_t i = 0; i < n; ++i) {
        INFO(p.tasks[i].id);
        CHECK(after.tasks[i].totalFloat == before.tasks[i].totalFloat);
        CHECK(after.tasks[i].freeFloat == before.tasks[i].freeFloat);
        CHECK(after.tasks[i].critical == before.tasks[i].critical);
        CHECK(after.tasks[i].start == before.tasks[i].start);
        CHECK(after.tasks[i].finish == before.tasks[i].finish);
        CHECK_FALSE(after.tasks[i].laterCycle);
    }
    CHECK(at(after, p, "ms-certified").totalFloat == 0);
    CHECK(formatIsoDate(after.projectFinish) == "2030-06-18");
    CHECK(p.tasks[static_cast<std::size_t>(after.projectFinishTask)].id == "ms-recert");
    // The plan itself now runs to the cycle 2 recertification audit.
    CHECK(formatIsoDate(after.finish) == "2033-06-03");
    // A summary and three milestones, fixed on the days agreed with the body.
    CHECK(after.laterCycleTasks == 4);
    for (std::size_t i = n; i < p.tasks.size(); ++i) {
        INFO(p.tasks[i].id);
        CHECK(after.tasks[i].laterCycle);
        CHECK_FALSE(after.tasks[i].critical);
        CHECK(after.tasks[i].totalFloat >= 0);
    }
    CHECK(after.conflicts.empty());
}

TEST_CASE("Which tasks are a later cycle's audit programme", "[schedule][audits]")
{
    PlanBuilder b;
    b.task("work", 5);
    b.milestone("decision").audit = "";
    b.link("work", "decision");
    b.summary("c2");
    b.task("prep", 3, 1);                 // leads up to the audit: still the project's
    b.link("decision", "prep");
    b.milestone("c2-surv", 1).audit = "a2";
    b.link("prep", "c2-surv");
    b.constrain("c2-surv", ConstraintType::MustStartOn, "2027-06-01");
    b.task("c2-findings", 4);             // follows the audit: the programme's
    b.link("c2-surv", "c2-findings");
    b.summary("c3");
    b.milestone("c3-recert", 1);          // named by the audit record only
    b.constrain("c3-recert", ConstraintType::MustStartOn, "2027-09-01");
    Audit a2;
    a2.id = "a2";
    a2.cycle = 2;
    a2.type = AuditType::Surveillance;
    Audit a3;
    a3.id = "a3";
    a3.cycle = 3;
    a3.type = AuditType::Recertification;
    a3.task = "c3-recert";
    Audit a1; // cycle 1: the project's own audit
    a1.id = "a1";
    a1.task = "decision";
    b.plan().audits = {a1, a2, a3};
    const Schedule s = b.schedule();
    const Plan& p = b.plan();
    CHECK_FALSE(at(s, p, "work").laterCycle);
    CHECK_FALSE(at(s, p, "decision").laterCycle);
    CHECK_FALSE(at(s, p, "prep").laterCycle);
    CHECK_FALSE(at(s, p, "c2").laterCycle); // holds project work too
    CHECK(at(s, p, "c2-surv").laterCycle);
    CHECK(at(s, p, "c2-findings").laterCycle);
    CHECK(at(s, p, "c3-recert").laterCycle);
    CHECK(at(s, p, "c3").laterCycle);
    CHECK(s.laterCycleTasks == 4);

    // The project ends with prep (it precedes the June audit): 5 + 3 days from
    // Mon 4 Jan, Wed 13 Jan 2027. Float runs to there, not to September.
    CHECK(formatIsoDate(s.projectFinish) == "2027-01-13");
    CHECK(p.tasks[static_cast<std::size_t>(s.projectFinishTask)].id == "prep");
    CHECK(formatIsoDate(s.finish) == "2027-09-01");
    for (const char* id : {"work", "decision", "prep"}) {
        INFO(id);
        CHECK(at(s, p, id).totalFloat == 0);
        CHECK(at(s, p, id).critical);
    }
    CHECK_FALSE(at(s, p, "c2-surv").critical);
    CHECK_FALSE(at(s, p, "c3-recert").critical);
    // The findings (4 days from 1 June) may slip to the plan's last day.
    CHECK(at(s, p, "c2-findings").totalFloat > 0);
    CHECK_FALSE(at(s, p, "c2-findings").critical);
    CHECK(s.criticalCount == 3);
}

TEST_CASE("A plan without later cycles' audits has its finish as the project finish", "[schedule][audits]")
{
    PlanBuilder b;
    b.task("a", 5);
    b.milestone("m");
    b.link("a", "m");
    Audit a1;
    a1.id = "a1";
    a1.task = "m";
    b.plan().audits = {a1};
    const Schedule s = b.schedule();
    CHECK(s.laterCycleTasks == 0);
    CHECK(s.projectFinish == s.finish);
    CHECK(b.plan().tasks[static_cast<std::size_t>(s.projectFinishTask)].id == "m");
    CHECK(s.criticalCount == 2);
}
