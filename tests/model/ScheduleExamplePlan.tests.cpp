// SPDX-License-Identifier: MIT
// The bundled Northwind example (status date 2026-11-24) schedules cleanly and
// its critical path is the one checked by hand:
//  - dd-sla (12 days, 60 % done) and dd-continuity (8 days, 40 % done) each
//    have ceil(0.4 * d) = 5 days left from Wed 25 Nov: both end Tue 1 Dec, so
//    two paths tie and both feed dd-review (6 days: 2-9 Dec);
//  - ms-docs (9 Dec) -> im-rollout (10 days: 10-23 Dec, the shutdown starts
//    24 Dec) -> ms-golive (23 Dec) -> im-operate from Mon 4 Jan 2027 (28-31 Dec
//    shutdown, 1 Jan holiday), and so on by finish-to-start links through the
//    audits to ms-recert, the last task (18 Jun 2030), every link without slack.
// The first days were counted on the calendar in the file; the rest of the
// chain was checked link by link against the schedule's printed dates.
#include "TestPaths.h"
#include "model/ScheduleFixtures.h"

#include "io/PlanReader.h"

using namespace certplan;
using namespace certplan::test;

TEST_CASE("The Northwind example schedules with the hand-checked critical path", "[schedule][example]")
{
    auto loaded = readPlanFile(templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    const Plan& p = loaded->plan;
    auto r = computeSchedule(p);
    REQUIRE(r);
    const Schedule& s = *r;
    CHECK(s.conflicts.empty());
    CHECK(formatIsoDate(s.finish) == "2030-06-18");
    CHECK_DATES(at(s, p, "dd-sla"), "2026-09-28", "2026-12-01");
    CHECK_DATES(at(s, p, "dd-continuity"), "2026-09-14", "2026-12-01");
    CHECK_DATES(at(s, p, "dd-review"), "2026-12-02", "2026-12-09");
    CHECK_DATES(at(s, p, "im-rollout"), "2026-12-10", "2026-12-23");
    CHECK(formatIsoDate(at(s, p, "im-operate").start) == "2027-01-04");

    const std::vector<std::string> tail = {
        "dd-review", "ms-docs", "im-rollout", "ms-golive", "im-operate", "ia-audit", "ia-report", "ms-ia",
        "mr-inputs", "mr-meeting", "ms-mr", "ap-evidence-pack", "ap-rehearsal", "ms-ready", "ca-stage1",
        "ca-stage1-report", "ms-stage1", "ca-stage1-fix", "ca-stage2", "ms-stage2", "ca-nc-response", "ca-nc-close",
        "ms-majors-closed", "ca-decision", "ms-certified", "sv1-audit", "ms-surv1", "sv2-audit", "ms-surv2",
        "rc-audit", "rc-findings", "rc-decision", "ms-recert"};
    REQUIRE(s.criticalPaths.size() == 2);
    for (const auto& path : s.criticalPaths) {
        std::vector<std::string> ids;
        for (int t : path)
            ids.push_back(p.tasks[static_cast<std::size_t>(t)].id);
        REQUIRE(ids.size() == tail.size() + 1);
        CHECK(std::vector<std::string>(ids.begin() + 1, ids.end()) == tail);
    }
    CHECK(p.tasks[static_cast<std::size_t>(s.criticalPaths[0].front())].id == "dd-sla");
    CHECK(p.tasks[static_cast<std::size_t>(s.criticalPaths[1].front())].id == "dd-continuity");
}
