// SPDX-License-Identifier: MIT
// The journey template's checklist against the clause list of the domain brief
// (clauses 4 to 10 with every sub-clause, 8.1 to 8.7 included).
#include "TestPaths.h"
#include "io/PlanReader.h"
#include "lifecycle/Readiness.h"

#include <catch2/catch.hpp>

using namespace certplan;

TEST_CASE("The ISO/IEC 20000-1:2018 template checklist covers every clause 4 to 10", "[lifecycle][gap][template]")
{
    const std::vector<std::string> expected = {
        "4", "4.1", "4.2", "4.3", "4.4",
        "5", "5.1", "5.2", "5.2.1", "5.2.2", "5.3",
        "6", "6.1", "6.2", "6.2.1", "6.2.2", "6.3",
        "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3", "7.5.4", "7.6",
        "8", "8.1",
        "8.2", "8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6",
        "8.3", "8.3.1", "8.3.2", "8.3.3", "8.3.4", "8.3.4.1", "8.3.4.2",
        "8.4", "8.4.1", "8.4.2", "8.4.3",
        "8.5", "8.5.1", "8.5.1.1", "8.5.1.2", "8.5.1.3", "8.5.2", "8.5.2.1", "8.5.2.2", "8.5.2.3", "8.5.3",
        "8.6", "8.6.1", "8.6.2", "8.6.3",
        "8.7", "8.7.1", "8.7.2", "8.7.3", "8.7.3.1", "8.7.3.2", "8.7.3.3",
        "9", "9.1", "9.2", "9.3", "9.4",
        "10", "10.1", "10.2",
    };
    const auto r = readPlanFile(certplan::test::templatePath("iso20000-1-2018.certplan"));
    REQUIRE(r.ok());
    REQUIRE(r->plan.checklists.size() == 1);
    const Checklist& list = r->plan.checklists[0];
    std::vector<std::string> clauses;
    const std::vector<bool> heading = headingFlags(list);
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Requirement& item = list.items[i];
        INFO(item.clause);
        clauses.push_back(item.clause);
        CHECK_FALSE(item.title.empty());
        if (!heading[i]) // what an auditor asks to see, for everything that is assessed
            CHECK_FALSE(item.guidance.empty());
        CHECK(item.status == RequirementStatus::NotAssessed);
    }
    CHECK(clauses == expected);

    const ReadinessReport rep = computeReadiness(list);
    CHECK(rep.counts.total() == 57); // 77 items less 20 headings
    CHECK(rep.topClauses.size() == 7);
    CHECK(rep.overall == 0.0);
}

TEST_CASE("The template links stage 2 and recertification to their decision milestones", "[lifecycle][template]")
{
    const auto r = readPlanFile(certplan::test::templatePath("iso20000-1-2018.certplan"));
    REQUIRE(r.ok());
    const Audit* s2 = r->plan.findAudit("stage2");
    const Audit* rc = r->plan.findAudit("recert");
    REQUIRE(s2);
    REQUIRE(rc);
    CHECK(s2->decisionTask == "ms-certified");
    CHECK(rc->decisionTask == "ms-recert");
}
