// SPDX-License-Identifier: MIT
// Readiness roll-up per clause and overall, and what is ready for re-assessment.
#include "lifecycle/Readiness.h"
#include "lifecycle/Reassessment.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using certplan::test::d;

namespace {

Requirement req(std::string clause, RequirementStatus s)
{
    Requirement r;
    r.id = "c" + clause;
    r.clause = std::move(clause);
    r.title = "Title " + r.clause;
    r.status = s;
    return r;
}

Checklist sample()
{
    using RS = RequirementStatus;
    Checklist c;
    c.id = "list";
    c.items = {req("4", RS::NotAssessed),   req("4.1", RS::Conforming),  req("4.2", RS::PartiallyConforming),
               req("4.3", RS::NotApplicable), req("4.4", RS::Nonconforming), req("8", RS::NotAssessed),
               req("8.1", RS::PartiallyConforming), req("8.2", RS::NotAssessed), req("8.2.1", RS::Conforming),
               req("8.2.2", RS::Conforming)};
    c.items[3].justification = "Test only";
    return c;
}

} // namespace

TEST_CASE("Readiness rolls up per clause and overall, headings and N/A left out", "[lifecycle][gap]")
{
    const ReadinessReport r = computeReadiness(sample());
    // Leaves: 4.1 C, 4.2 P, 4.3 N/A, 4.4 N, 8.1 P, 8.2.1 C, 8.2.2 C -> (1 + .5 + 0 + .5 + 1 + 1) / 6
    CHECK(r.counts.total() == 7);
    CHECK(r.counts.conforming == 3);
    CHECK(r.counts.partial == 2);
    CHECK(r.counts.nonconforming == 1);
    CHECK(r.counts.notApplicable == 1);
    CHECK(r.counts.notAssessed == 0);
    CHECK(r.applicable == 6);
    CHECK(r.overall == Approx(400.0 / 6));
    REQUIRE(r.topClauses.size() == 2);
    CHECK(r.topClauses[0].clause == "4");
    CHECK(r.topClauses[0].readiness == Approx(50.0)); // 1.5 of 3
    CHECK(r.topClauses[1].clause == "8");
    CHECK(r.topClauses[1].readiness == Approx(250.0 / 3)); // 2.5 of 3
    CHECK(rollupClause(sample(), "8.2").readiness == Approx(100.0));
    CHECK(rollupClause(sample(), "8.2").counts.total() == 2);

    const ReadinessSnapshot s = takeSnapshot(sample(), d(2027, 1, 15));
    CHECK(s.overall == Approx(66.7));
    CHECK(s.clauses == std::vector<ClauseReadiness>{{"4", 50.0}, {"8", 83.3}});
}

TEST_CASE("A gap is ready for re-assessment once its tasks are complete and new evidence is attached",
          "[lifecycle][gap]")
{
    Plan p = certplan::test::minimalPlan();
    p.checklists.push_back(sample());
    Requirement& gap = p.checklists[0].items[4]; // 4.4 nonconforming
    gap.assessed = d(2027, 1, 10);
    Task fix = certplan::test::makeTask("fix", "Fix 4.4", 0, 3);
    fix.requirement = gap.id;
    p.tasks.push_back(fix);
    CHECK(readyForReassessment(p).empty()); // task open, no evidence

    p.tasks.back().percentComplete = 100;
    CHECK(readyForReassessment(p).empty()); // no evidence yet
    p.checklists[0].items[4].evidence.push_back({EvidenceKind::Url, "https://x/old", d(2027, 1, 5), ""});
    CHECK(readyForReassessment(p).empty()); // older than the assessment
    p.checklists[0].items[4].evidence.push_back({EvidenceKind::Url, "https://x/new", d(2027, 2, 1), ""});
    const auto ready = readyForReassessment(p);
    REQUIRE(ready.size() == 1);
    CHECK(ready[0].requirement == "c4.4");
    CHECK(ready[0].tasks == std::vector<std::string>{"fix"});

    Task second = certplan::test::makeTask("fix2", "More on 4.4", 0, 3);
    second.requirement = "c4.4";
    p.tasks.push_back(second);
    CHECK(readyForReassessment(p).empty()); // every corrective task must be done
}
