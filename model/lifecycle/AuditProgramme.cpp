// SPDX-License-Identifier: MIT
#include "lifecycle/AuditProgramme.h"

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
    // A zero interval would never advance; treat it as one audit per cycle.
    const int interval = std::max(1, r.surveillanceIntervalMonths);
    std::vector<std::pair<Date, bool>> closes; // last permitted day, added for a calendar year
    for (int k = 1;; ++k) {
        const Date due = addMonths(start, r.firstSurveillanceMonths + (k - 1) * interval);
        if (due >= c.recertAudit.open || due > c.expiry || (!closes.empty() && due <= closes.back().first))
            break;
        closes.push_back({due, false});
    }
    // At least one surveillance per calendar year between the cycle's first
    // and its recertification year (17021-1 9.6.2.2). A cycle that starts late
    // in its year (a restoration on its last permitted day, an early renewal)
    // gets fewer interval slots than such years; each year left without a slot
    // closing in it gets one closing on its 31 December, so a plan with one
    // audit per calendar year always finds a slot for each.
    for (int y = start.year() + 1; y < c.expiry.year(); ++y) {
        const bool covered =
            std::any_of(closes.begin(), closes.end(), [y](const auto& x) { return x.first.year() == y; });
        if (!covered)
            closes.push_back({std::min(Date(static_cast<unsigned short>(y), 12, 31), c.expiry), true});
    }
    std::stable_sort(closes.begin(), closes.end());
    Date open = start;
    int k = 1;
    for (const auto& [close, calendarYear] : closes) {
        c.surveillances.push_back({k++, {open, close}, calendarYear});
        open = addDays(close, 1);
    }
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
