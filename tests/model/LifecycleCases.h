// SPDX-License-Identifier: MIT
#pragma once
// The certification-lifecycle cases of tests/data/cases/lifecycle (copies of
// the shared cases, expected answers in their README), loaded and judged as
// certplan-cli audits does: scheduled, on the file's own status date.

#include "TestPaths.h"
#include "model/PlanBuilders.h"
#include "io/PlanReader.h"
#include "lifecycle/AuditCalendar.h"
#include "schedule/Scheduler.h"

#include <catch2/catch.hpp>

namespace certplan::test {

struct LoadedCase {
    Plan plan;
    Schedule schedule;
    Date status;
};

inline LoadedCase loadLifecycleCase(const std::string& name)
{
    auto r = readPlanFile(dataPath("cases/lifecycle/" + name));
    REQUIRE(r);
    LoadedCase c{r->plan, {}, *r->plan.info.statusDate};
    ScheduleOptions o;
    o.statusDate = c.status;
    auto s = computeSchedule(c.plan, o);
    REQUIRE(s);
    c.schedule = *s;
    return c;
}

inline CertificateProgramme programmeOf(const LoadedCase& c, int cycles = 2)
{
    ProgrammeOptions o;
    o.statusDate = c.status;
    o.cycles = cycles;
    auto all = planAuditProgrammes(c.plan, &c.schedule, o);
    REQUIRE(all.size() == 1);
    return all.front();
}

inline const ProgrammeEvent* findEvent(const CertificateProgramme& p, ProgrammeEventKind k, int cycle, int index = 0)
{
    for (const auto& e : p.events)
        if (e.kind == k && e.cycle == cycle && e.index == index)
            return &e;
    return nullptr;
}

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// A plan with one certificate "cert" (ISO/IEC 20000-1, decided 2027-03-15
// unless told otherwise) holding these audits.
inline Plan oneCertificatePlan(std::vector<Audit> audits, OptDate decision = d(2027, 3, 15))
{
    Plan p = minimalPlan();
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.decisionDate = decision;
    p.certificates.push_back(c);
    p.audits = std::move(audits);
    return p;
}

// The first certificate's programme judged on the status date, without a schedule.
inline CertificateProgramme programmeOn(const Plan& p, Date status)
{
    ProgrammeOptions o;
    o.statusDate = status;
    return planAuditProgrammes(p, nullptr, o).at(0);
}

} // namespace certplan::test
