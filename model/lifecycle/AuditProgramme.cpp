// SPDX-License-Identifier: MIT
#include "lifecycle/AuditProgramme.h"

#include "lifecycle/SurveillanceSlots.h"

#include <algorithm>

namespace certplan {

namespace {

using boost::gregorian::days;

ProgrammeCycle makeCycle(int number, Date start, Date initialDecision, const ProgrammeRules& r)
{
    ProgrammeCycle c;
    c.number = number;
    c.start = start;
    c.expiry = cycleExpiry(initialDecision, number, r);
    c.recertAudit = {addMonths(c.expiry, -r.recertWindowMonths), addDays(c.expiry, -r.recertDecisionMarginDays)};
    c.recertDecisionDue = c.expiry;
    c.restoration = {addDays(c.expiry, 1), addMonths(c.expiry, r.restorationMonths)};
    c.recertStage1 = {c.recertAudit.open, std::max(c.recertAudit.open, addDays(c.recertAudit.close, -1))};
    c.recertStage1Required = r.recertStage1;
    c.surveillances = surveillanceSlots(initialDecision, {number, start, c.expiry, c.recertAudit.open}, r);
    return c;
}

void settle(ProgrammeCycle& c, const RenewalDecision& d, const OptDate& status)
{
    c.recertDecision = d.date;
    c.decisionTaken = d.date && d.taken;
    if (c.decisionTaken || (d.date && !status)) {
        const Date when = *d.date;
        if (when <= c.expiry) {
            c.outcome = CycleOutcome::Renewed;
        } else if (when <= c.restoration.close) {
            c.outcome = CycleOutcome::Restored;
            c.uncertifiedDays = static_cast<int>((when - c.expiry).days()) - 1;
        } else {
            c.outcome = CycleOutcome::Lapsed;
        }
        return;
    }
    // No decision taken: the status date decides whether the certificate is
    // still valid, expired but restorable, or gone; a planned decision only
    // says what the plan intends.
    if (status && *status > c.restoration.close) {
        c.outcome = CycleOutcome::Lapsed;
    } else if (!d.date) {
        c.outcome = status && *status > c.expiry ? CycleOutcome::Expired : CycleOutcome::Pending;
    } else if (*d.date > c.restoration.close) {
        c.outcome = CycleOutcome::Lapsed;
    } else if (*d.date > c.expiry) {
        c.outcome = CycleOutcome::RestorationPlanned;
        c.uncertifiedDays = static_cast<int>((*d.date - c.expiry).days()) - 1;
    } else if (status && *status > c.expiry) {
        c.outcome = CycleOutcome::Expired; // the planned renewal did not happen in time
    } else {
        c.outcome = CycleOutcome::RenewalPlanned;
    }
}

// Where the next cycle starts: the decision that renewed or restored this one,
// else the last day one was permitted.
Date nextStart(const ProgrammeCycle& c)
{
    switch (c.outcome) {
    case CycleOutcome::Renewed:
    case CycleOutcome::RenewalPlanned:
    case CycleOutcome::Restored:
    case CycleOutcome::RestorationPlanned: return *c.recertDecision;
    case CycleOutcome::Expired: return c.restoration.close;
    case CycleOutcome::Pending:
    case CycleOutcome::Lapsed:
    case CycleOutcome::Withdrawn: break;
    }
    return c.expiry;
}

template <class More>
CertificationProgramme build(Date d0, const ProgrammeRules& rules, const std::vector<RenewalDecision>& decisions,
                             const OptDate& status, More more)
{
    CertificationProgramme p;
    p.initialDecision = d0;
    p.rules = rules;
    Date start = d0;
    for (int n = 1; p.cycles.empty() || more(n, start); ++n) {
        ProgrammeCycle c = makeCycle(n, start, d0, rules);
        const std::size_t k = static_cast<std::size_t>(n - 1);
        settle(c, k < decisions.size() ? decisions[k] : RenewalDecision{std::nullopt, false}, status);
        const bool lapsed = c.outcome == CycleOutcome::Lapsed;
        const Date next = nextStart(c);
        // Near the end of the supported range (9999-12-31) derived dates
        // saturate; a cycle that would not start later than this one ends the
        // programme instead of repeating it forever.
        const bool stuck = next <= c.start;
        start = next;
        p.cycles.push_back(std::move(c));
        if (lapsed || stuck)
            break;
    }
    return p;
}

std::vector<RenewalDecision> allTaken(const std::vector<OptDate>& dates)
{
    std::vector<RenewalDecision> out;
    for (const auto& d : dates)
        out.push_back({d, true});
    return out;
}

} // namespace

Date cycleExpiry(Date initialDecision, int cycle, const ProgrammeRules& rules)
{
    const Date anniversary = addYears(initialDecision, cycle * rules.cycleYears);
    return rules.expiryDayBefore ? addDays(anniversary, -1) : anniversary;
}

CertificationProgramme computeProgramme(Date initialDecision, const ProgrammeRules& rules, int cycles,
                                        const std::vector<OptDate>& recertDecisions)
{
    return build(initialDecision, rules, allTaken(recertDecisions), std::nullopt,
                 [cycles](int n, Date) { return n <= cycles; });
}

CertificationProgramme computeProgramme(Date initialDecision, const ProgrammeRules& rules, int cycles,
                                        const std::vector<RenewalDecision>& recertDecisions, Date statusDate)
{
    return build(initialDecision, rules, recertDecisions, statusDate, [cycles](int n, Date) { return n <= cycles; });
}

CertificationProgramme computeProgrammeUntil(Date initialDecision, const ProgrammeRules& rules, Date horizon,
                                             const std::vector<OptDate>& recertDecisions)
{
    return build(initialDecision, rules, allTaken(recertDecisions), std::nullopt,
                 [horizon](int, Date start) { return start <= horizon; });
}

AuditAssessment assessAudit(const AuditFacts& f, const DateWindow& w, Date statusDate, int atRiskDays)
{
    const std::string closes = formatIsoDate(w.close);
    if (f.cancelled)
        return {AuditState::Cancelled, {}};
    const OptDate last = f.plannedEnd ? f.plannedEnd : f.planned;
    if (f.done) {
        if (last && *last > w.close)
            return {AuditState::Done, "held after its window closed on " + closes};
        return {AuditState::Done, {}};
    }
    if (statusDate > w.close)
        return {AuditState::Overdue, "window closed on " + closes};
    const long left = (w.close - statusDate).days();
    if (!f.planned) {
        if (left <= atRiskDays)
            return {AuditState::AtRisk, "not planned, due by " + closes};
        return {AuditState::Unplanned, "due by " + closes};
    }
    if (*last > w.close)
        return {AuditState::AtRisk, "planned after its window closes on " + closes};
    if (*f.planned < w.open)
        return {AuditState::AtRisk, "planned before its window opens on " + formatIsoDate(w.open)};
    if (*last < statusDate)
        return {AuditState::AtRisk, "planned for " + formatIsoDate(*f.planned) + " but not recorded as held"};
    if (left <= atRiskDays && !f.confirmed)
        return {AuditState::AtRisk, "due within " + std::to_string(left) + " days and not confirmed"};
    return {AuditState::Ok, {}};
}

std::string_view auditStateKey(AuditState s)
{
    switch (s) {
    case AuditState::Done: return "done";
    case AuditState::Ok: return "ok";
    case AuditState::AtRisk: return "at-risk";
    case AuditState::Overdue: return "overdue";
    case AuditState::Unplanned: return "unplanned";
    case AuditState::Cancelled: return "cancelled";
    }
    return "?";
}

std::string_view cycleOutcomeKey(CycleOutcome o)
{
    switch (o) {
    case CycleOutcome::Pending: return "pending";
    case CycleOutcome::RenewalPlanned: return "renewal planned";
    case CycleOutcome::Renewed: return "renewed";
    case CycleOutcome::Expired: return "expired-restorable";
    case CycleOutcome::RestorationPlanned: return "restoration planned";
    case CycleOutcome::Restored: return "restored";
    case CycleOutcome::Lapsed: return "lapsed";
    case CycleOutcome::Withdrawn: return "withdrawn";
    }
    return "?";
}

} // namespace certplan
