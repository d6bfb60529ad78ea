// SPDX-License-Identifier: MIT
#include "lifecycle/SpecialAudits.h"

#include <algorithm>

namespace certplan {

std::optional<DateWindow> requestedAuditWindow(const Audit& a, const ProgrammeRules& rules, OptDate cycleStart,
                                               OptDate plannedFirst)
{
    if (a.type != AuditType::Special && a.type != AuditType::ScopeExtension)
        return std::nullopt;
    if (!a.trigger && !a.dueBy)
        return std::nullopt;
    const int days = a.type == AuditType::Special ? rules.specialAuditDays : rules.scopeExtensionDays;
    const Date close = a.dueBy ? *a.dueBy : addDays(*a.trigger, days);
    Date open = close;
    if (a.trigger)
        open = *a.trigger;
    else if (cycleStart && *cycleStart <= close)
        open = *cycleStart;
    else if (plannedFirst && *plannedFirst < close)
        open = *plannedFirst;
    return DateWindow{open, close};
}

std::vector<std::string> auditCertificates(const Audit& a)
{
    std::vector<std::string> out{a.certificate};
    out.insert(out.end(), a.alsoCertificates.begin(), a.alsoCertificates.end());
    return out;
}

bool auditCountsFor(const Audit& a, const std::string& certificate)
{
    return a.certificate == certificate ||
           std::find(a.alsoCertificates.begin(), a.alsoCertificates.end(), certificate) != a.alsoCertificates.end();
}

namespace {

struct Fit {
    CertificateProgramme* programme = nullptr;
    const ProgrammeEvent* event = nullptr;
    bool fits = false;
};

std::string windowText(const DateWindow& w)
{
    return formatIsoDate(w.open) + " .. " + formatIsoDate(w.close);
}

} // namespace

void checkCombinedAudits(const Plan& plan, std::vector<CertificateProgramme>& programmes)
{
    for (const Audit& a : plan.audits) {
        if (a.alsoCertificates.empty() || a.status == AuditStatus::Cancelled)
            continue;
        std::vector<Fit> fits;
        for (auto& p : programmes) {
            if (!auditCountsFor(a, p.certificate))
                continue;
            // The slot it fills (a surveillance or recertification), else its own event.
            const ProgrammeEvent* best = nullptr;
            for (const auto& e : p.events)
                if (e.audit == a.id && e.window && (!best || best->unscheduled))
                    best = &e;
            if (!best || !best->planned)
                continue;
            const Date last = best->plannedEnd ? *best->plannedEnd : *best->planned;
            fits.push_back({&p, best, best->window->contains(*best->planned) && best->window->contains(last)});
        }
        const bool any = std::any_of(fits.begin(), fits.end(), [](const Fit& f) { return f.fits; });
        const bool all = std::all_of(fits.begin(), fits.end(), [](const Fit& f) { return f.fits; });
        if (!any || all)
            continue;
        std::string inside, outside;
        for (const Fit& f : fits) {
            std::string& into = f.fits ? inside : outside;
            ProgrammeEvent slot = *f.event;
            slot.combinedWith.clear(); // the certificate is named already
            into += (into.empty() ? "" : ", ") + f.programme->certificate + " (" + slot.label() + ", window " +
                    windowText(*f.event->window) + ")";
        }
        const std::string warning = "combined audit '" + a.id + "' (" + formatIsoDate(*fits.front().event->planned) +
                                    ") fits the window of " + inside + " but not of " + outside +
                                    ": move it into every window or hold a separate audit";
        for (const Fit& f : fits)
            f.programme->warnings.push_back(warning);
    }
}

} // namespace certplan
