// SPDX-License-Identifier: MIT
#include "presenters/AuditTimeText.h"

#include "core/FieldLimits.h"

namespace certplan::present {

std::string auditDaysText(const std::optional<int>& halfDays)
{
    if (!halfDays)
        return "-";
    return limits::formatHalfDays(*halfDays) + (*halfDays == 2 ? " day" : " days");
}

std::string auditTimeSummary(const Certificate& c)
{
    if (!c.auditTime)
        return {};
    const AuditTimeResult r = computeAuditTime(*c.auditTime);
    std::string out = "Audit time of " + c.id + " (" + r.tableLabel;
    if (r.headcount)
        out += ", " + std::to_string(*r.headcount) + " persons";
    // The reductions the body granted, as the CLI's derivation shows them.
    if (c.auditTime->reductionPercent > 0)
        out += ", -" + std::to_string(c.auditTime->reductionPercent) + " % reduction";
    if (c.auditTime->integrationPercent > 0)
        out += ", -" + std::to_string(c.auditTime->integrationPercent) + " % integrated audit";
    out += "):";
    std::string figures;
    for (const AuditTimeFigure& f : r.figures) {
        if (!f.halfDays)
            continue;
        static constexpr const char* kNames[] = {"stage 1", "stage 2",  "surveillance",   "recertification",
                                                 "special", "transfer", "scope extension"};
        static_assert(std::size(kNames) == kAuditTypeCount, "one name per audit type");
        figures += std::string(figures.empty() ? " " : ", ") + kNames[static_cast<std::size_t>(f.type)] + " " +
                   limits::formatHalfDays(*f.halfDays) + " d";
    }
    out += figures.empty() ? " none" : figures;
    if (!r.error.empty())
        out += " (" + r.error + ")";
    return out;
}

} // namespace certplan::present
