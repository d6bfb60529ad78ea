// SPDX-License-Identifier: MIT
#include "lifecycle/NonconformityDue.h"

#include <algorithm>

namespace certplan {

namespace {

using boost::gregorian::days;

const Audit* raisingAudit(const Plan& plan, const Nonconformity& nc)
{
    if (!nc.audit.empty())
        return plan.findAudit(nc.audit);
    if (nc.source != NcSource::Stage2)
        return nullptr;
    for (const auto& a : plan.audits)
        if (a.type == AuditType::Stage2 && (nc.certificate.empty() || a.certificate == nc.certificate))
            return &a;
    return nullptr;
}

// The audit's last day: its task's scheduled finish, else planned + days - 1.
OptDate auditLastDay(const Plan& plan, const Schedule* s, const Audit& a)
{
    const int i = a.task.empty() ? -1 : plan.taskIndex(a.task);
    if (i >= 0 && s && static_cast<std::size_t>(i) < s->tasks.size())
        return s->tasks[static_cast<std::size_t>(i)].finish;
    if (a.planned)
        return addDays(*a.planned, std::max(0, a.durationDays - 1));
    return std::nullopt;
}

} // namespace

bool isOpen(NcStatus s)
{
    return s != NcStatus::Verified && s != NcStatus::Closed;
}

const ProgrammeRules& rulesFor(const Plan& plan, const std::string& certificate)
{
    static const ProgrammeRules kDefaults;
    if (const Certificate* c = plan.findCertificate(certificate))
        return c->rules;
    return plan.certificates.empty() ? kDefaults : plan.certificates.front().rules;
}

NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate)
{
    const ProgrammeRules& r = rulesFor(plan, nc.certificate);
    NcDue out;
    out.open = isOpen(nc.status);
    if (nc.ncClass == NcClass::Major) {
        out.responseDue = addDays(nc.raised, r.ncResponseDays);
        OptDate base = nc.raised;
        if (const Audit* a = raisingAudit(plan, nc))
            if (const OptDate last = auditLastDay(plan, schedule, *a))
                base = last;
        out.verifyDue = addMonths(*base, r.majorNcVerifyMonths);
    } else if (nc.ncClass == NcClass::Minor) {
        out.responseDue = addDays(nc.raised, r.minorNcResponseDays);
    }
    if (nc.due) {
        out.due = nc.due;
    } else {
        out.derived = true;
        if (nc.status == NcStatus::Open)
            out.due = out.verifyDue ? std::min(*out.responseDue, *out.verifyDue) : out.responseDue;
        else
            out.due = out.verifyDue;
    }
    if (out.due) {
        out.daysLeft = (*out.due - statusDate).days();
        out.overdue = out.open && statusDate > *out.due;
    }
    return out;
}

} // namespace certplan
