// SPDX-License-Identifier: MIT
#include "lifecycle/NonconformityDue.h"

#include "lifecycle/AuditCalendar.h"
#include "lifecycle/SpecialAudits.h"

#include <algorithm>

namespace certplan {

namespace {

// by: the audit named on the finding, already looked up.
const Audit* raisingAudit(const Plan& plan, const Nonconformity& nc, const Audit* by)
{
    if (!nc.audit.empty())
        return by;
    if (nc.source != NcSource::Stage2)
        return nullptr;
    for (const auto& a : plan.audits)
        if (a.type == AuditType::Stage2 && (nc.certificate.empty() || auditCountsFor(a, nc.certificate)))
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

FindingOrigin originOf(AuditType t)
{
    switch (t) {
    case AuditType::Stage1: return FindingOrigin::Stage1;
    case AuditType::Stage2: return FindingOrigin::Stage2;
    case AuditType::Surveillance: return FindingOrigin::Surveillance;
    case AuditType::Recertification: return FindingOrigin::Recertification;
    case AuditType::Special: return FindingOrigin::Special;
    case AuditType::Transfer: return FindingOrigin::Transfer;
    case AuditType::ScopeExtension: return FindingOrigin::ScopeExtension;
    }
    return FindingOrigin::Internal;
}

std::string verifyText(const NcRule& r, const std::string& from)
{
    const std::string amount = r.verifyDays ? std::to_string(*r.verifyDays) + " d"
                                            : std::to_string(*r.verifyMonths) + " months";
    return "verify " + amount + " after " + from;
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

namespace {

FindingOrigin originOf(const Audit* by, const Nonconformity& nc)
{
    if (by)
        return originOf(by->type);
    switch (nc.source) {
    case NcSource::Stage1: return FindingOrigin::Stage1;
    case NcSource::Stage2: return FindingOrigin::Stage2;
    case NcSource::Surveillance: return FindingOrigin::Surveillance;
    case NcSource::Recertification: return FindingOrigin::Recertification;
    case NcSource::Special: return FindingOrigin::Special;
    case NcSource::Transfer: return FindingOrigin::Transfer;
    case NcSource::ScopeExtension: return FindingOrigin::ScopeExtension;
    case NcSource::GapAnalysis:
    case NcSource::InternalAudit:
    case NcSource::Complaint: break;
    }
    return FindingOrigin::Internal;
}

} // namespace

FindingOrigin findingOrigin(const Plan& plan, const Nonconformity& nc)
{
    return originOf(nc.audit.empty() ? nullptr : plan.findAudit(nc.audit), nc);
}

NcSource ncSourceFor(AuditType type)
{
    switch (type) {
    case AuditType::Stage1: return NcSource::Stage1;
    case AuditType::Stage2: return NcSource::Stage2;
    case AuditType::Surveillance: return NcSource::Surveillance;
    case AuditType::Recertification: return NcSource::Recertification;
    case AuditType::Special: return NcSource::Special;
    case AuditType::Transfer: return NcSource::Transfer;
    case AuditType::ScopeExtension: return NcSource::ScopeExtension;
    }
    return NcSource::InternalAudit;
}

namespace {

int cyclesToCover(const Plan& plan)
{
    // Enough cycles to reach the latest finding; the shortest cycle is a year.
    int span = 0;
    for (const auto& nc : plan.nonconformities)
        span = std::max(span, nc.raised.year() - plan.info.start.year());
    return std::clamp(span + 2, 2, 200);
}

} // namespace

NcDecisionBounds::NcDecisionBounds(const Plan& plan, const Schedule* schedule, Date statusDate) : m_plan(plan)
{
    ProgrammeOptions o;
    o.statusDate = statusDate;
    o.cycles = cyclesToCover(plan);
    m_programmes = planAuditProgrammes(plan, schedule, o);
    for (const Audit& a : plan.audits)
        m_audits.emplace(a.id, &a); // the first of duplicate ids, as Plan::findAudit
}

const Audit* NcDecisionBounds::audit(const std::string& id) const
{
    const auto it = m_audits.find(id);
    return it == m_audits.end() ? nullptr : it->second;
}

NcDecisionBounds::~NcDecisionBounds() = default;

std::optional<DecisionBound> NcDecisionBounds::boundOf(const Nonconformity& nc) const
{
    const Audit* by = nc.audit.empty() ? nullptr : audit(nc.audit);
    const FindingOrigin origin = originOf(by, nc);
    if (origin == FindingOrigin::Internal)
        return std::nullopt;
    if (by && !by->alsoCertificates.empty()) {
        // A combined audit's finding is closed before the earliest decision of
        // the certificates the audit counts for.
        std::optional<DecisionBound> first;
        for (const std::string& cert : auditCertificates(*by))
            if (auto b = boundFor(nc, by, origin, cert); b && (!first || b->date < first->date))
                first = std::move(b);
        return first;
    }
    const std::string cert =
        nc.certificate.empty() && !m_plan.certificates.empty() ? m_plan.certificates.front().id : nc.certificate;
    return boundFor(nc, by, origin, cert);
}

std::optional<DecisionBound> NcDecisionBounds::boundFor(const Nonconformity& nc, const Audit* by, FindingOrigin origin,
                                                        const std::string& cert) const
{
    const CertificateProgramme* p = nullptr;
    for (const auto& x : m_programmes)
        if (x.certificate == cert)
            p = &x;
    if (!p || !p->programme)
        return std::nullopt;
    const CertificationProgramme& prog = *p->programme;
    if (origin == FindingOrigin::Stage1 || origin == FindingOrigin::Stage2) {
        if (prog.initialDecision < nc.raised)
            return std::nullopt;
        return DecisionBound{prog.initialDecision, "certification decision"};
    }
    const ProgrammeCycle* cycle = nullptr;
    for (const auto& c : prog.cycles)
        if (by ? c.number == by->cycle : (!cycle && nc.raised <= c.restoration.close))
            cycle = &c;
    if (!cycle)
        return std::nullopt; // a cycle that never starts, or beyond the dates supported
    const ProgrammeCycle& c = *cycle;
    if (c.recertDecision && *c.recertDecision >= nc.raised && *c.recertDecision <= c.restoration.close) {
        const bool restoration = *c.recertDecision > c.expiry;
        return DecisionBound{*c.recertDecision, restoration ? "restoration decision" : "renewal decision"};
    }
    if (nc.raised <= c.expiry)
        return DecisionBound{c.expiry, "certificate expiry"};
    if (nc.raised <= c.restoration.close)
        return DecisionBound{c.restoration.close, "end of the restoration window"};
    return std::nullopt;
}

NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate)
{
    return nonconformityDue(plan, schedule, nc, statusDate, NcDecisionBounds(plan, schedule, statusDate));
}

NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate,
                       const NcDecisionBounds& bounds)
{
    NcDue out;
    out.open = isOpen(nc.status);
    const Audit* by = nc.audit.empty() ? nullptr : bounds.audit(nc.audit);
    out.origin = originOf(by, nc);
    // A combined audit's finding naming no certificate follows the audit's first.
    const std::string& ruleCert = nc.certificate.empty() && by ? by->certificate : nc.certificate;
    const NcRule& rule = rulesFor(plan, ruleCert).ncRules.rule(out.origin, nc.ncClass);
    if (rule.responseDays)
        out.responseDue = addDays(nc.raised, *rule.responseDays);
    std::string from = formatIsoDate(nc.raised);
    if (rule.verifyDays || rule.verifyMonths) {
        OptDate base = nc.raised;
        if (const Audit* a = raisingAudit(plan, nc, by))
            if (const OptDate last = auditLastDay(plan, schedule, *a)) {
                base = last;
                from = a->id;
            }
        out.verifyDue = rule.verifyDays ? addDays(*base, *rule.verifyDays) : addMonths(*base, *rule.verifyMonths);
    }
    const OptDate unboundedVerify = out.verifyDue;
    out.bound = bounds.boundOf(nc);
    if (out.bound) {
        const Date b = out.bound->date;
        if (out.responseDue && *out.responseDue > b)
            out.responseDue = b;
        if (out.verifyDue && *out.verifyDue > b)
            out.verifyDue = b;
    }
    const OptDate ruleResponse = rule.responseDays ? OptDate(addDays(nc.raised, *rule.responseDays)) : std::nullopt;
    if (nc.due) {
        out.due = nc.due;
        out.basis = DueBasis::Register;
        out.basisText = "register";
    } else {
        out.derived = true;
        const bool responseFirst =
            nc.status == NcStatus::Open && out.responseDue && (!out.verifyDue || *out.responseDue <= *out.verifyDue);
        if (responseFirst) {
            out.due = out.responseDue;
            out.basis = DueBasis::Response;
            out.basisText = "response " + std::to_string(*rule.responseDays) + " d";
        } else if (out.verifyDue) {
            out.due = out.verifyDue;
            out.basis = DueBasis::Verification;
            out.basisText = verifyText(rule, from);
        }
        // The rule's own date, before the bound: if the bound is earlier it applied.
        const OptDate unbounded = out.basis == DueBasis::Response ? ruleResponse : unboundedVerify;
        if (out.due && out.bound && unbounded && *unbounded > out.bound->date) {
            out.basis = DueBasis::Decision;
            out.basisText = out.bound->name + " " + formatIsoDate(out.bound->date) + " (rule: " +
                            formatIsoDate(*unbounded) + ")";
        }
    }
    if (out.due) {
        out.daysLeft = (*out.due - statusDate).days();
        out.overdue = out.open && statusDate > *out.due;
    }
    return out;
}

} // namespace certplan
