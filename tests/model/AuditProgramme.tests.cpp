// SPDX-License-Identifier: MIT
// The certification cycle rules, with every date worked out by hand from a
// certification decision on 2027-03-15 (default rules: 3-year cycle, first
// surveillance within 12 months, then yearly, recertification window opening
// 6 months before expiry and closing 30 days before it, 6-month restoration).
#include "commands/Document.h"
#include "commands/TaskEdits.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "lifecycle/AuditCalendar.h"
#include "lifecycle/AuditProgramme.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using certplan::test::d;

namespace {

const Date kD0 = d(2027, 3, 15);

std::string w(const DateWindow& x)
{
    return formatIsoDate(x.open) + ".." + formatIsoDate(x.close);
}

std::vector<std::string> survWindows(const ProgrammeCycle& c)
{
    std::vector<std::string> out;
    for (const auto& s : c.surveillances)
        out.push_back(w(s.window));
    return out;
}

} // namespace

TEST_CASE("Cycle 1 from a decision on 2027-03-15 with the default rules", "[lifecycle][programme]")
{
    const auto p = computeProgramme(kD0, ProgrammeRules{}, 1);
    REQUIRE(p.cycles.size() == 1);
    const ProgrammeCycle& c = p.cycles[0];
    CHECK(c.start == d(2027, 3, 15));
    CHECK(c.expiry == d(2030, 3, 15));
    CHECK(survWindows(c) == std::vector<std::string>{"2027-03-15..2028-03-15", "2028-03-16..2029-03-15"});
    CHECK(w(c.recertAudit) == "2029-09-15..2030-02-13");
    CHECK(c.recertDecisionDue == d(2030, 3, 15));
    CHECK(w(c.restoration) == "2030-03-16..2030-09-15");
    CHECK(c.outcome == CycleOutcome::Pending);
}

TEST_CASE("Two full cycles: exact due dates for each way the renewal can go", "[lifecycle][programme]")
{
    struct Row {
        const char* name;
        std::vector<OptDate> decisions;
        std::vector<CycleOutcome> outcomes;
        std::vector<std::string> cycle2Start; // empty: no second cycle
        std::vector<std::string> cycle2Surveillance;
        int uncertifiedDays;
    };
    const std::vector<Row> rows = {
        {"renewed on time, twice",
         {d(2030, 2, 20), d(2033, 3, 1)},
         {CycleOutcome::Renewed, CycleOutcome::Renewed},
         {"2030-02-20"},
         {"2030-02-20..2031-02-20", "2031-02-21..2032-02-20"},
         0},
        {"renewal decided on the expiry date itself is still on time",
         {d(2030, 3, 15), std::nullopt},
         {CycleOutcome::Renewed, CycleOutcome::Pending},
         {"2030-03-15"},
         {"2030-03-15..2031-03-15", "2031-03-16..2032-03-15"},
         0},
        {"late: lapsed on 2030-03-16, restored by a decision on 2030-05-01",
         {d(2030, 5, 1), std::nullopt},
         {CycleOutcome::Restored, CycleOutcome::Pending},
         {"2030-05-01"},
         {"2030-05-01..2031-05-01", "2031-05-02..2032-05-01"},
         46},
        {"restored on the last day of the restoration window",
         {d(2030, 9, 15), std::nullopt},
         {CycleOutcome::Restored, CycleOutcome::Pending},
         {"2030-09-15"},
         // 2032-09-15 is when the recertification window opens, but 2032 still
         // needs its surveillance: a calendar-year slot closing 2032-12-31.
         {"2030-09-15..2031-09-15", "2031-09-16..2032-12-31"},
         183},
        {"too late: not restored, a new initial certification is needed",
         {d(2030, 9, 16)},
         {CycleOutcome::Lapsed},
         {},
         {},
         0},
    };
    for (const auto& row : rows) {
        SECTION(row.name)
        {
            const auto p = computeProgramme(kD0, ProgrammeRules{}, 2, row.decisions);
            REQUIRE(p.cycles.size() == row.outcomes.size());
            for (std::size_t i = 0; i < row.outcomes.size(); ++i)
                CHECK(p.cycles[i].outcome == row.outcomes[i]);
            CHECK(p.cycles[0].uncertifiedDays == row.uncertifiedDays);
            CHECK(p.lapsed() == row.cycle2Start.empty());
            if (row.cycle2Start.empty())
                continue;
            const ProgrammeCycle& c2 = p.cycles[1];
            CHECK(c2.number == 2);
            CHECK(formatIsoDate(c2.start) == row.cycle2Start.front());
            // Restored or not, the second cycle keeps the original anniversary.
            CHECK(c2.expiry == d(2033, 3, 15));
            CHECK(survWindows(c2) == row.cycle2Surveillance);
            CHECK(w(c2.recertAudit) == "2032-09-15..2033-02-13");
            CHECK(c2.recertDecisionDue == d(2033, 3, 15));
            CHECK(w(c2.restoration) == "2033-03-16..2033-09-15");
        }
    }
}

TEST_CASE("Expiry one day before the anniversary (a certification body setting)", "[lifecycle][programme]")
{
    ProgrammeRules r;
    r.expiryDayBefore = true;
    const auto p = computeProgramme(kD0, r, 2, {d(2030, 3, 14), std::nullopt});
    REQUIRE(p.cycles.size() == 2);
    CHECK(p.cycles[0].expiry == d(2030, 3, 14));
    CHECK(w(p.cycles[0].recertAudit) == "2029-09-14..2030-02-12");
    CHECK(w(p.cycles[0].restoration) == "2030-03-15..2030-09-14");
    CHECK(p.cycles[0].outcome == CycleOutcome::Renewed);
    CHECK(p.cycles[1].expiry == d(2033, 3, 14));
    // A decision on 2030-03-15 is one day late under this setting.
    const auto late = computeProgramme(kD0, r, 1, {d(2030, 3, 15)});
    CHECK(late.cycles[0].outcome == CycleOutcome::Restored);
    CHECK(late.cycles[0].uncertifiedDays == 0);
}

TEST_CASE("Six-monthly surveillance (a certification body setting)", "[lifecycle][programme]")
{
    ProgrammeRules r;
    r.firstSurveillanceMonths = 6;
    r.surveillanceIntervalMonths = 6;
    const auto p = computeProgramme(kD0, r, 1);
    CHECK(survWindows(p.cycles[0]) == std::vector<std::string>{"2027-03-15..2027-09-15", "2027-09-16..2028-03-15",
                                                               "2028-03-16..2028-09-15", "2028-09-16..2029-03-15"});
}

TEST_CASE("Month ends clamp and do not drift", "[lifecycle][programme]")
{
    ProgrammeRules r;
    r.firstSurveillanceMonths = 6;
    r.surveillanceIntervalMonths = 6;
    const auto p = computeProgramme(d(2027, 8, 31), r, 1);
    const auto& s = p.cycles[0].surveillances;
    REQUIRE(s.size() == 4);
    CHECK(s[0].window.close == d(2028, 2, 29)); // 2027-08-31 + 6 months, leap year
    CHECK(s[1].window.close == d(2028, 8, 31)); // counted from the start, not from Feb 29
    CHECK(s[2].window.close == d(2029, 2, 28));
    CHECK(p.cycles[0].expiry == d(2030, 8, 31));
    CHECK(p.cycles[0].recertAudit.open == d(2030, 2, 28));

    const auto leap = computeProgramme(d(2028, 2, 29), ProgrammeRules{}, 2);
    CHECK(leap.cycles[0].expiry == d(2031, 2, 28));
    CHECK(leap.cycles[1].expiry == d(2034, 2, 28));
}

TEST_CASE("Cycles up to a horizon date, as far as asked", "[lifecycle][programme]")
{
    const auto p = computeProgrammeUntil(kD0, ProgrammeRules{}, d(2036, 1, 1));
    REQUIRE(p.cycles.size() == 3);
    CHECK(p.cycles[1].start == d(2030, 3, 15)); // no decision known: the latest permitted one
    CHECK(p.cycles[2].start == d(2033, 3, 15));
    CHECK(p.cycles[2].expiry == d(2036, 3, 15));
    CHECK(computeProgrammeUntil(kD0, ProgrammeRules{}, d(2036, 3, 15)).cycles.size() == 4);
    CHECK(computeProgramme(kD0, ProgrammeRules{}, 10).cycles.back().expiry == d(2057, 3, 15));
}

TEST_CASE("Judging an audit against its window on the status date", "[lifecycle][programme]")
{
    const DateWindow win{d(2028, 3, 16), d(2029, 3, 15)};
    struct Row {
        const char* name;
        AuditFacts facts;
        Date status;
        AuditState expected;
    };
    AuditFacts planned;
    planned.planned = d(2029, 2, 1);
    planned.plannedEnd = d(2029, 2, 2);
    AuditFacts march;
    march.planned = d(2029, 3, 1);
    march.plannedEnd = d(2029, 3, 2);
    AuditFacts confirmed = march;
    confirmed.confirmed = true;
    AuditFacts done = planned;
    done.done = true;
    AuditFacts late;
    late.planned = d(2029, 3, 14);
    late.plannedEnd = d(2029, 3, 16);
    AuditFacts early;
    early.planned = d(2028, 3, 1);
    const std::vector<Row> rows = {
        {"planned in the window, months ahead", planned, d(2028, 6, 1), AuditState::Ok},
        {"planned, window closes in 30 days, not confirmed", march, d(2029, 2, 13), AuditState::AtRisk},
        {"planned, window closes in 31 days, not confirmed", march, d(2029, 2, 12), AuditState::Ok},
        {"confirmed and due soon", confirmed, d(2029, 2, 20), AuditState::Ok},
        {"planned date passed, not held", planned, d(2029, 2, 3), AuditState::AtRisk},
        {"held", done, d(2029, 3, 20), AuditState::Done},
        {"ends after the window", late, d(2028, 6, 1), AuditState::AtRisk},
        {"starts before the window", early, d(2027, 6, 1), AuditState::AtRisk},
        {"not planned, far off", AuditFacts{}, d(2028, 6, 1), AuditState::Unplanned},
        {"not planned, due soon", AuditFacts{}, d(2029, 3, 1), AuditState::AtRisk},
        {"window closed", planned, d(2029, 3, 16), AuditState::Overdue},
    };
    for (const auto& row : rows) {
        INFO(row.name);
        CHECK(assessAudit(row.facts, win, row.status, 30).state == row.expected);
    }
}

namespace {

Plan certifiedPlan(const std::string& title, Date decision)
{
    Plan p = certplan::test::minimalPlan();
    p.info.title = title;
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.edition = "2018";
    c.decisionDate = decision;
    p.certificates.push_back(c);
    auto audit = [&](std::string id, AuditType t, OptDate planned, AuditStatus st) {
        Audit a;
        a.id = std::move(id);
        a.certificate = "cert";
        a.type = t;
        a.planned = planned;
        a.durationDays = 2;
        a.status = st;
        p.audits.push_back(a);
    };
    audit("s1", AuditType::Surveillance, d(2028, 2, 10), AuditStatus::Completed);
    audit("s2", AuditType::Surveillance, d(2029, 3, 14), AuditStatus::Confirmed); // ends 03-15: last permitted day
    audit("rc", AuditType::Recertification, std::nullopt, AuditStatus::Planned);
    return p;
}

const ProgrammeEvent& eventOf(const CertificateProgramme& p, ProgrammeEventKind k, int cycle, int index = 0)
{
    for (const auto& e : p.events)
        if (e.kind == k && e.cycle == cycle && e.index == index)
            return e;
    FAIL("no such event");
    return p.events.front();
}

} // namespace

TEST_CASE("A plan's audits are matched to the programme and flagged", "[lifecycle][programme]")
{
    const Plan plan = certifiedPlan("Acme", kD0);
    ProgrammeOptions o;
    o.statusDate = d(2029, 3, 16);
    o.cycles = 2;
    const auto progs = planAuditProgrammes(plan, nullptr, o);
    REQUIRE(progs.size() == 1);
    const auto& p = progs[0];
    CHECK(p.standard == "ISO/IEC 20000-1:2018");
    CHECK(p.warnings.empty());
    CHECK(eventOf(p, ProgrammeEventKind::Surveillance, 1, 1).assessment.state == AuditState::Done);
    const auto& s2 = eventOf(p, ProgrammeEventKind::Surveillance, 1, 2);
    CHECK(s2.audit == "s2");
    CHECK(s2.plannedEnd == d(2029, 3, 15));
    CHECK(s2.assessment.state == AuditState::Overdue); // the window closed and it is not recorded as held
    const auto& rc = eventOf(p, ProgrammeEventKind::RecertAudit, 1);
    CHECK(rc.audit == "rc");
    CHECK(rc.assessment.state == AuditState::Unplanned);
    CHECK(eventOf(p, ProgrammeEventKind::Surveillance, 2, 1).window->close == d(2031, 3, 15));
    // Sorted by date: planned dates, else the window's last day.
    for (std::size_t i = 1; i < p.events.size(); ++i)
        CHECK(p.events[i - 1].sortDate() <= p.events[i].sortDate());

    o.statusDate = d(2029, 3, 1);
    const auto before = planAuditProgrammes(plan, nullptr, o);
    CHECK(eventOf(before[0], ProgrammeEventKind::Surveillance, 1, 2).assessment.state == AuditState::Ok);
}

TEST_CASE("A missing calendar year and a long stage 1 to stage 2 gap are warned about", "[lifecycle][programme]")
{
    Plan plan = certifiedPlan("Acme", kD0);
    plan.audits[1].planned = d(2030, 1, 10); // the second surveillance slips out of 2029
    Audit s1;
    s1.id = "st1";
    s1.certificate = "cert";
    s1.type = AuditType::Stage1;
    s1.planned = d(2026, 6, 1);
    s1.durationDays = 2;
    Audit s2 = s1;
    s2.id = "st2";
    s2.type = AuditType::Stage2;
    s2.planned = d(2026, 12, 3); // 184 days after stage 1 ends on 2026-06-02
    plan.audits.push_back(s1);
    plan.audits.push_back(s2);
    ProgrammeOptions o;
    o.statusDate = d(2027, 1, 1);
    const auto p = planAuditProgrammes(plan, nullptr, o)[0];
    CHECK(p.warnings == std::vector<std::string>{
                            "stage 2 starts 184 days after stage 1 ends (more than 183): the certification body may "
                            "no longer rely on the stage 1 results",
                            "cycle 1: no surveillance audit planned in 2029 (at least one per calendar year)"});
}

TEST_CASE("The decision comes from the stage 2 audit's decision milestone when the certificate has none",
          "[lifecycle][programme]")
{
    Plan plan = certifiedPlan("Acme", kD0);
    plan.certificates[0].decisionDate.reset();
    ProgrammeOptions o;
    o.statusDate = d(2027, 1, 1);
    CHECK_FALSE(planAuditProgrammes(plan, nullptr, o)[0].programme.has_value());
    Audit s2;
    s2.id = "st2";
    s2.certificate = "cert";
    s2.type = AuditType::Stage2;
    s2.decision = d(2027, 4, 30);
    plan.audits.push_back(s2);
    plan.audits[2].decision = d(2030, 6, 1); // the recertification decision: late, a restoration (planned on 2027-01-01)
    const auto p = planAuditProgrammes(plan, nullptr, o)[0];
    REQUIRE(p.programme.has_value());
    CHECK(p.programme->initialDecision == d(2027, 4, 30));
    CHECK(p.programme->cycles[0].expiry == d(2030, 4, 30));
    CHECK(p.programme->cycles[0].outcome == CycleOutcome::RestorationPlanned);
    CHECK(p.programme->cycles[0].uncertifiedDays == 31);
    CHECK(eventOf(p, ProgrammeEventKind::RestorationEnd, 1).window->close == d(2030, 10, 30));
}

TEST_CASE("Programmes of several plans merge into one date-sorted calendar", "[lifecycle][programme]")
{
    ProgrammeOptions o;
    o.statusDate = d(2027, 1, 1);
    o.cycles = 1;
    o.source = "b.certplan";
    auto all = planAuditProgrammes(certifiedPlan("B", d(2027, 6, 1)), nullptr, o);
    o.source = "a.certplan";
    for (auto& p : planAuditProgrammes(certifiedPlan("A", kD0), nullptr, o))
        all.push_back(std::move(p));
    const auto cal = combinedCalendar(all);
    REQUIRE(cal.size() == all[0].events.size() + all[1].events.size());
    CHECK(cal[0].source == "a.certplan");
    CHECK(cal[0].kind == ProgrammeEventKind::InitialDecision);
    CHECK(cal[1].source == "b.certplan");
    CHECK(cal[1].kind == ProgrammeEventKind::InitialDecision);
    for (std::size_t i = 1; i < cal.size(); ++i)
        CHECK(cal[i - 1].sortDate() <= cal[i].sortDate());
}

TEST_CASE("An audit's decision date and decision task round-trip", "[lifecycle][io][roundtrip]")
{
    Plan plan = certifiedPlan("Acme", kD0);
    plan.tasks.push_back(certplan::test::makeMilestone("ms", "Certified", 0));
    plan.audits[2].decision = d(2030, 2, 1);
    plan.audits[2].decisionTask = "ms";
    const LoadResult r = readPlanText(writePlanToString(plan), "rt.certplan");
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
    CHECK(r->plan.audits == plan.audits);
    CHECK(r->plan == plan);
}

TEST_CASE("Deleting an audit's decision milestone clears the link, and undo restores it", "[lifecycle][commands]")
{
    Plan plan = certifiedPlan("Acme", kD0);
    plan.tasks.push_back(certplan::test::makeMilestone("ms", "Certified", 0));
    plan.audits[2].decisionTask = "ms";
    Document doc(plan);
    REQUIRE(doc.execute(deleteTasks(doc.plan(), {"ms"})).ok());
    CHECK(doc.plan().audits[2].decisionTask.empty());
    CHECK(doc.plan().audits[2].task.empty());
    CHECK(readPlanText(writePlanToString(doc.plan()), "after.certplan").ok());
    doc.undo();
    CHECK(doc.plan() == plan);
}
