// SPDX-License-Identifier: MIT
// libFuzzer target: bytes -> plan reader -> scheduler -> audit programme and
// nonconformity rules -> writer -> reader again. Any crash, sanitizer report or
// escaping exception is a finding, and so is a broken round trip: a plan that
// loads must save to something that loads again and saves to the same bytes.
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "lifecycle/AuditCalendar.h"
#include "lifecycle/NonconformityDue.h"
#include "lifecycle/Readiness.h"
#include "schedule/Scheduler.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace certplan;

namespace {
[[noreturn]] void finding(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "FINDING: %s\n%s\n", what, detail.c_str());
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Large inputs only slow the search down; the size limits have their own tests.
    if (size > 64 * 1024)
        return 0;
    auto loaded = readPlanText(std::string(reinterpret_cast<const char*>(data), size), "fuzz.certplan");
    if (!loaded)
        return 0;
    const Plan& plan = loaded->plan;

    const std::string saved = writePlanToString(plan);
    auto again = readPlanText(saved, "saved.certplan");
    if (!again)
        finding("a plan that loads saved to something that does not", again.error().format() + "\n" + saved);
    if (const std::string resaved = writePlanToString(again->plan); resaved != saved)
        finding("save -> load -> save changed the bytes", saved + "\n----\n" + resaved);

    auto schedule = computeSchedule(plan);
    const Schedule* s = schedule ? &*schedule : nullptr;
    const Date status = s && s->statusDate ? *s->statusDate : plan.info.start;
    ProgrammeOptions options;
    options.statusDate = status;
    combinedCalendar(planAuditProgrammes(plan, s, options));
    const NcDecisionBounds bounds(plan, s, status);
    for (const auto& nc : plan.nonconformities)
        nonconformityDue(plan, s, nc, status, bounds);
    if (!plan.nonconformities.empty()) // the one-finding form too
        nonconformityDue(plan, s, plan.nonconformities.front(), status);
    for (const auto& list : plan.checklists)
        computeReadiness(list);
    return 0;
}
