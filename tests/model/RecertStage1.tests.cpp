// SPDX-License-Identifier: MIT
// Recertification with a stage 1 (R16: the body asks for one after
// significant changes): a slot inside the recertification window, before the
// recertification audit, when the rules ask for it (recert-stage1) or the plan
// holds a stage 1 audit for the cycle; Plan Next Cycle's Audits creates it.
// Own case recert-stage1.certplan: decision 2027-06-30, renewal planned
// 2030-06-10; cycle 1 recertification window 2029-12-30 .. 2030-05-31, cycle 2
// (from 2030-06-10, expiry 2033-06-30) 2032-12-30 .. 2033-05-31.
#include "commands/AuditCommands.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "lifecycle/AuditProgramme.h"
#include "model/LifecycleCases.h"
#include "model/PlanBuilders.h"

#include <algorithm>

using namespace certplan;
using namespace certplan::test;

namespace {

std::string span(const DateWindow& w)
{
    return formatIsoDate(w.open) + ".." + formatIsoDate(w.close);
}

void removeAudit(Plan& plan, const std::string& id)
{
    plan.audits.erase(std::remove_if(plan.audits.begin(), plan.audits.end(),
                                     [&](const Audit& a) { return a.id == id; }),
                      plan.audits.end());
}

} // namespace

TEST_CASE("The recertification stage 1 window is the recertification window less its last day", "[lifecycle][recert-stage1]")
{
    ProgrammeRules r;
    r.recertStage1 = true;
    const auto p = computeProgramme(d(2027, 6, 30), r, 2, {d(2030, 6, 10)});
    REQUIRE(p.cycles.size() == 2);
    CHECK(p.cycles[0].recertStage1Required);
    CHECK(span(p.cycles[0].recertAudit) == "2029-12-30..2030-05-31");
    CHECK(span(p.cycles[0].recertStage1) == "2029-12-30..2030-05-30");
    CHECK(span(p.cycles[1].recertStage1) == "2032-12-30..2033-05-30");
    CHECK_FALSE(computeProgramme(d(2027, 6, 30), ProgrammeRules{}, 1).cycles[0].recertStage1Required);
}

TEST_CASE("Own case recert-stage1: each cycle's stage 1 audit is matched to its slot, not unscheduled",
          "[lifecycle][recert-stage1]")
{
    LoadedCase c = loadLifecycleCase("recert-stage1.certplan");
    CertificateProgramme p = programmeOf(c);
    REQUIRE(p.programme);
    CHECK(p.warnings.empty());
    const ProgrammeEvent* initial = findEvent(p, ProgrammeEventKind::Stage1, 1);
    REQUIRE(initial);
    CHECK(initial->audit == "st1");
    const ProgrammeEvent* rs1 = findEvent(p, ProgrammeEventKind::RecertStage1, 1);
    REQUIRE(rs1);
    CHECK(rs1->audit == "rs1");
    // Due the day before the recertification audit (rc, 2030-04-20) starts.
    CHECK(span(*rs1->window) == "2029-12-30..2030-04-19");
    CHECK(rs1->assessment.state == AuditState::Ok);
    CHECK(rs1->label() == "Recertification stage 1 (cycle 1)");
    // Cycle 2's stage 1 ends 2033-05-20, after its recertification audit starts on 2033-05-10.
    const ProgrammeEvent* rs2 = findEvent(p, ProgrammeEventKind::RecertStage1, 2);
    REQUIRE(rs2);
    CHECK(rs2->audit == "c2-rs1");
    CHECK(!rs2->unscheduled);
    CHECK(rs2->assessment.state == AuditState::AtRisk);
    CHECK(rs2->assessment.reason ==
          "ends on 2033-05-20, not before the recertification audit starts (2033-05-10)");
    for (const auto& e : p.events)
        CHECK_FALSE(e.unscheduled);

    // Without the rule a stage 1 the plan holds still asks for the slot in its
    // cycle alone; a cycle without one has none.
    c.plan.certificates[0].rules.recertStage1 = false;
    removeAudit(c.plan, "rs1");
    p = programmeOf(c);
    CHECK_FALSE(findEvent(p, ProgrammeEventKind::RecertStage1, 1));
    rs2 = findEvent(p, ProgrammeEventKind::RecertStage1, 2);
    REQUIRE(rs2);
    CHECK(rs2->audit == "c2-rs1");
    // With the rule, the empty slot waits for an audit.
    c.plan.certificates[0].rules.recertStage1 = true;
    p = programmeOf(c);
    rs1 = findEvent(p, ProgrammeEventKind::RecertStage1, 1);
    REQUIRE(rs1);
    CHECK(rs1->audit.empty());
    CHECK(rs1->assessment.state == AuditState::Unplanned);
    // A second stage 1 in the same later cycle has no slot.
    Audit extra = *c.plan.findAudit("c2-rs1");
    extra.id = "c2-rs1b";
    c.plan.audits.push_back(extra);
    p = programmeOf(c);
    bool found = false;
    for (const auto& e : p.events)
        if (e.audit == "c2-rs1b") {
            found = true;
            CHECK(e.unscheduled);
            CHECK(contains(e.assessment.reason, "unscheduled: another recertification stage 1 of cycle 2"));
        }
    CHECK(found);
}

TEST_CASE("A repeated initial stage 1 before the decision is not taken for a recertification stage 1",
          "[lifecycle][recert-stage1]")
{
    LoadedCase c = loadLifecycleCase("recert-stage1.certplan");
    c.plan.certificates[0].rules.recertStage1 = false;
    removeAudit(c.plan, "rs1");
    Audit again = *c.plan.findAudit("st1");
    again.id = "st1-again";
    again.planned = d(2027, 4, 1);
    c.plan.audits.push_back(again);
    const CertificateProgramme p = programmeOf(c);
    CHECK_FALSE(findEvent(p, ProgrammeEventKind::RecertStage1, 1));
    bool unscheduled = false;
    for (const auto& e : p.events)
        unscheduled = unscheduled || (e.audit == "st1-again" && e.unscheduled);
    CHECK(unscheduled);
}

TEST_CASE("Plan Next Cycle's Audits creates the recertification stage 1 six weeks before the recertification",
          "[lifecycle][recert-stage1][commands]")
{
    LoadedCase c = loadLifecycleCase("recert-stage1.certplan");
    for (const char* id : {"c2-s1", "c2-s2", "c2-rs1", "c2-rc"})
        removeAudit(c.plan, id);
    CyclePlanSpec spec;
    spec.certificate = "cert";
    spec.cycle = 2;
    spec.statusDate = c.status;
    const auto cmd = planCycleAudits(c.plan, nullptr, spec);
    REQUIRE(cmd);
    Plan planned = c.plan;
    (*cmd)->apply(planned);
    std::vector<std::string> added;
    for (const auto& a : planned.audits)
        if (a.cycle == 2)
            added.push_back(a.id + " " + std::string(enumKey(a.type)) + " " + formatIsoDate(*a.planned));
    // Cycle 2 starts 2030-06-10: surveillance due 2031-06-10 and 2032-06-10,
    // recertification window closes 2033-05-31; each planned 30 days before.
    // On working days of the plan calendar: 2031-05-11 and 2033-05-01 are Sundays,
    // so the Friday before. The stage 1: 2033-04-29 - 42 days (a Friday too).
    CHECK(added == std::vector<std::string>{"c2-surv1 surveillance 2031-05-09", "c2-surv2 surveillance 2032-05-11",
                                            "c2-recert-stage1 stage1 2033-03-18", "c2-recert recertification 2033-04-29"});
    // The programme matches the new stage 1 to its slot, on track.
    ProgrammeOptions o;
    o.statusDate = c.status;
    o.cycles = 2;
    const auto all = planAuditProgrammes(planned, nullptr, o);
    const ProgrammeEvent* rs2 = findEvent(all.front(), ProgrammeEventKind::RecertStage1, 2);
    REQUIRE(rs2);
    CHECK(rs2->audit == "c2-recert-stage1");
    CHECK(rs2->assessment.state == AuditState::Ok);
    CHECK(rs2->assessment.reason.empty());
    // Without the rule nothing but surveillance and recertification is planned.
    c.plan.certificates[0].rules.recertStage1 = false;
    const auto plain = planCycleAudits(c.plan, nullptr, spec);
    REQUIRE(plain);
    Plan p2 = c.plan;
    (*plain)->apply(p2);
    CHECK(std::none_of(p2.audits.begin(), p2.audits.end(),
                       [](const Audit& a) { return a.cycle == 2 && a.type == AuditType::Stage1; }));
}

TEST_CASE("The new rules survive a save and a load, and are written only when set", "[lifecycle][io][anniversary]")
{
    Plan plan = minimalPlan();
    Certificate cert;
    cert.id = "cert";
    cert.standard = "ISO/IEC 20000-1";
    cert.decisionDate = d(2027, 6, 30);
    plan.certificates.push_back(cert);
    std::string text = writePlanToString(plan);
    CHECK_FALSE(contains(text, "anniversary"));
    CHECK_FALSE(contains(text, "recert-stage1"));

    ProgrammeRules& r = plan.certificates[0].rules;
    r.anniversarySurveillance = true;
    r.anniversaryBeforeMonths = 0;
    r.anniversaryAfterMonths = 12;
    r.recertStage1 = true;
    text = writePlanToString(plan);
    CHECK(contains(text, "anniversary-surveillance=\"true\""));
    CHECK(contains(text, "anniversary-before-months=\"0\""));
    CHECK(contains(text, "anniversary-after-months=\"12\""));
    CHECK(contains(text, "recert-stage1=\"true\""));
    const auto back = readPlanText(text, "round-trip.certplan");
    REQUIRE(back);
    CHECK(back->plan.certificates[0].rules == r);
}

TEST_CASE("A tolerance outside 0 to 12 months is refused with the range", "[lifecycle][io][anniversary]")
{
    const std::string good = "<?xml version=\"1.0\"?><plan xmlns=\"urn:certplan:plan\" format=\"1\"><info><title>t</title>"
                             "<schedule start=\"2027-01-04\"/></info><certificates><certificate id=\"c\" "
                             "standard=\"ISO/IEC 20000-1\"><rules anniversary-after-months=\"VALUE\"/></certificate>"
                             "</certificates></plan>";
    auto with = [&](const std::string& v) {
        std::string s = good;
        s.replace(s.find("VALUE"), 5, v);
        return readPlanText(s, "t.certplan");
    };
    REQUIRE(with("12"));
    CHECK(with("12")->plan.certificates[0].rules.anniversaryAfterMonths == 12);
    const auto bad = with("13");
    REQUIRE_FALSE(bad);
    CHECK(contains(bad.error().message, "a tolerance is a whole number of months from 0 to 12"));
}

TEST_CASE("A tolerance without anniversary timing is read but warned about as unused", "[lifecycle][io][anniversary]")
{
    const std::string head = "<?xml version=\"1.0\"?><plan xmlns=\"urn:certplan:plan\" format=\"1\"><info><title>t</title>"
                             "<schedule start=\"2027-01-04\"/></info><certificates><certificate id=\"c\" "
                             "standard=\"ISO/IEC 20000-1\"><rules ";
    const std::string tail = "/></certificate></certificates></plan>";
    const auto alone = readPlanText(head + "anniversary-before-months=\"5\"" + tail, "t.certplan");
    REQUIRE(alone);
    REQUIRE(alone->warnings.size() == 1);
    CHECK(alone->warnings[0].code == LoadIssue::Code::Contradiction);
    CHECK(contains(alone->warnings[0].message, "anniversary-before-months is set but anniversary-surveillance is not "
                                               "true"));
    const auto used =
        readPlanText(head + "anniversary-surveillance=\"true\" anniversary-before-months=\"5\"" + tail, "t.certplan");
    REQUIRE(used);
    CHECK(used->warnings.empty());
}
