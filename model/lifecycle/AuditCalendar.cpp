// SPDX-License-Identifier: MIT
#include "lifecycle/AuditCalendar.h"

#include "lifecycle/NonconformityDue.h"
#include "lifecycle/SpecialAudits.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace certplan {

namespace {

using boost::gregorian::days;

struct Dated {
    OptDate first;
    OptDate last;
    bool done = false;
};

Dated taskDates(const Plan& plan, const Schedule* s, const std::string& taskId)
{
    const int i = taskId.empty() ? -1 : plan.taskIndex(taskId);
    if (i < 0 || !s || static_cast<std::size_t>(i) >= s->tasks.size())
        return {};
    const TaskTimes& t = s->tasks[static_cast<std::size_t>(i)];
    return {t.start, t.finish, t.complete};
}

AuditFacts factsOf(const Plan& plan, const Schedule* s, const Audit& a)
{
    AuditFacts f;
    const Dated d = taskDates(plan, s, a.task);
    if (d.first) {
        f.planned = d.first;
        f.plannedEnd = d.last;
    } else if (a.planned) {
        f.planned = a.planned;
        f.plannedEnd = addDays(*a.planned, std::max(0, a.durationDays - 1));
    }
    f.done = a.status == AuditStatus::Completed || d.done;
    // A short-notice audit is not agreed in advance: unconfirmed is normal.
    f.confirmed = a.status == AuditStatus::Confirmed || a.shortNotice;
    f.cancelled = a.status == AuditStatus::Cancelled;
    return f;
}

struct Decision {
    OptDate date;
    bool done = false;
};

// A decision task's finish, else the recorded date; a recorded date in the
// past counts as taken.
Decision decisionOf(const Plan& plan, const Schedule* s, const Audit* a, Date statusDate)
{
    if (!a)
        return {};
    const Dated d = taskDates(plan, s, a->decisionTask);
    if (d.last)
        return {d.last, d.done};
    if (a->decision)
        return {a->decision, *a->decision <= statusDate};
    return {};
}

// Stage audits have no window from the rules; only their own dates matter.
AuditAssessment assessStage(const AuditFacts& f, Date statusDate)
{
    if (f.cancelled)
        return {AuditState::Cancelled, {}};
    if (f.done)
        return {AuditState::Done, {}};
    if (!f.planned)
        return {AuditState::Unplanned, {}};
    const Date last = f.plannedEnd ? *f.plannedEnd : *f.planned;
    if (last < statusDate)
        return {AuditState::AtRisk, "planned for " + formatIsoDate(*f.planned) + " but not recorded as held"};
    return {AuditState::Ok, {}};
}

ProgrammeEventKind kindOf(AuditType t)
{
    switch (t) {
    case AuditType::Stage1: return ProgrammeEventKind::Stage1;
    case AuditType::Stage2: return ProgrammeEventKind::Stage2;
    case AuditType::Surveillance: return ProgrammeEventKind::Surveillance;
    case AuditType::Recertification: return ProgrammeEventKind::RecertAudit;
    case AuditType::Special: return ProgrammeEventKind::SpecialAudit;
    case AuditType::Transfer: return ProgrammeEventKind::TransferReview;
    case AuditType::ScopeExtension: return ProgrammeEventKind::ScopeExtension;
    }
    return ProgrammeEventKind::SpecialAudit;
}

class Builder {
public:
    Builder(const Plan& plan, const Schedule* s, const ProgrammeOptions& o, const Certificate& cert, bool first)
        : m_plan(plan), m_s(s), m_o(o), m_cert(cert), m_first(first)
    {
        for (const auto& a : plan.audits) {
            m_byId.emplace(a.id, &a);
            if (auditCountsFor(a, cert.id) || (a.certificate.empty() && first))
                m_audits.push_back(&a);
        }
        m_mine.insert(m_audits.begin(), m_audits.end());
        m_out.source = o.source;
        m_out.certificate = cert.id;
        m_out.standard = cert.standard + (cert.edition.empty() ? "" : ":" + cert.edition);
    }

    CertificateProgramme run()
    {
        const Audit* stage1 = find(AuditType::Stage1, 1);
        const Audit* stage2 = find(AuditType::Stage2, 1);
        stageEvent(stage1, ProgrammeEventKind::Stage1);
        stageEvent(stage2, ProgrammeEventKind::Stage2);
        checkStageGap(stage1, stage2);

        Decision d0{m_cert.decisionDate, m_cert.decisionDate && *m_cert.decisionDate <= m_o.statusDate};
        if (!d0.date)
            d0 = decisionOf(m_plan, m_s, stage2, m_o.statusDate);
        if (m_cert.id.empty()) {
            m_out.warnings.push_back("the plan has audits but no certificate: add the certificate they belong to, "
                                     "with its decision date, to see their programme");
            otherAudits();
            return finish();
        }
        if (!d0.date) {
            m_out.warnings.push_back("no certification decision date yet: set one on the certificate or link the "
                                     "stage 2 audit to its decision milestone");
            otherAudits();
            return finish();
        }
        if (stage2) {
            const AuditFacts f2 = factsOf(m_plan, m_s, *stage2);
            if (f2.plannedEnd && *f2.plannedEnd > *d0.date)
                m_out.warnings.push_back("the certification decision (" + formatIsoDate(*d0.date) +
                                         ") comes before stage 2 ends (" + formatIsoDate(*f2.plannedEnd) + ")");
        }
        ProgrammeEvent dec = event(ProgrammeEventKind::InitialDecision, 1);
        dec.planned = d0.date;
        dec.assessment = {d0.done ? AuditState::Done : AuditState::Ok, {}};
        m_out.events.push_back(dec);

        const int cycles = std::max(m_o.cycles, lastAuditCycle());
        std::vector<RenewalDecision> decisions;
        std::vector<Decision> recorded;
        for (int n = 1; n <= cycles; ++n) {
            recorded.push_back(decisionOf(m_plan, m_s, find(AuditType::Recertification, n), m_o.statusDate));
            decisions.push_back({recorded.back().date, recorded.back().done});
        }
        m_out.programme = computeProgramme(*d0.date, m_cert.rules, cycles, decisions, m_o.statusDate);
        applyWithdrawal();
        bool beyond = false;
        for (const auto& c : m_out.programme->cycles) {
            cycleEvents(c, recorded[static_cast<std::size_t>(c.number - 1)]);
            beyond = beyond || c.restoration.close >= maxSupportedDate() || c.expiry >= addDays(maxSupportedDate(), -1);
        }
        if (beyond)
            m_out.warnings.push_back("some programme dates fall beyond the supported range (after " +
                                     formatIsoDate(maxSupportedDate()) + ") and are shown as " +
                                     formatIsoDate(maxSupportedDate()));
        warnAfterLapse();
        suspensionEvents();
        otherAudits();
        checkInitialDecision(d0);
        for (const auto& c : m_out.programme->cycles)
            checkRenewalDecision(c, recorded[static_cast<std::size_t>(c.number - 1)]);
        return finish();
    }

private:
    int lastAuditCycle() const
    {
        int n = 1;
        for (const Audit* a : m_audits)
            n = std::max(n, a->cycle);
        return n;
    }

    // Audits the plan holds for cycles that never start because an earlier
    // one lapsed: the body will not hold them; a new initial certification
    // (stage 1 and stage 2) takes their place.
    void warnAfterLapse()
    {
        const CertificationProgramme& p = *m_out.programme;
        if (!p.ended())
            return;
        const ProgrammeCycle& last = p.cycles.back();
        const std::string why = p.withdrawn() ? ", but the certificate was withdrawn on " +
                                                    formatIsoDate(*m_cert.withdrawn) + " in cycle " +
                                                    std::to_string(last.number)
                                              : ", but the certificate lapsed in cycle " + std::to_string(last.number) +
                                                    lapseWhen(last);
        for (const Audit* a : m_audits)
            if (a->cycle > last.number && a->status != AuditStatus::Cancelled)
                m_out.warnings.push_back(std::string(enumLabel(a->type)) + " '" + a->id + "' is planned for cycle " +
                                         std::to_string(a->cycle) + why +
                                         ": a new initial certification is needed instead");
    }

    // A withdrawn certificate ends on the day of withdrawal (17021-1 9.6.5):
    // the cycle it falls in is its last, and nothing after it is derived.
    void applyWithdrawal()
    {
        if (!m_cert.withdrawn)
            return;
        auto& cycles = m_out.programme->cycles;
        const Date w = *m_cert.withdrawn;
        for (std::size_t k = 0; k < cycles.size(); ++k) {
            const bool last = k + 1 == cycles.size();
            if (w >= cycles[k].start && (last || w < cycles[k + 1].start)) {
                if (cycles[k].outcome == CycleOutcome::Lapsed && w > cycles[k].expiry)
                    return; // it had already lapsed; withdrawing changes nothing
                cycles[k].outcome = CycleOutcome::Withdrawn;
                cycles.resize(k + 1);
                return;
            }
        }
    }

    // Each suspension as an event from its first day to the day it must be
    // lifted by; the withdrawal as an event on its day. While a suspension is
    // in force on the status date the programme says what is due to lift it:
    // the overdue audits and majors past due that usually caused it.
    void suspensionEvents()
    {
        const int last = m_out.programme && !m_out.programme->cycles.empty() ? m_out.programme->cycles.back().number : 1;
        auto cycleAt = [&](Date d) {
            int n = 1;
            if (m_out.programme)
                for (const auto& c : m_out.programme->cycles)
                    if (c.start <= d)
                        n = c.number;
            return std::min(n, last);
        };
        for (const Suspension& sp : m_cert.suspensions) {
            ProgrammeEvent e = event(ProgrammeEventKind::Suspension, cycleAt(sp.from));
            const Date liftBy = sp.liftBy ? *sp.liftBy : addMonths(sp.from, m_cert.rules.suspensionMonths);
            e.window = DateWindow{sp.from, liftBy};
            e.planned = sp.from;
            e.plannedEnd = sp.lifted;
            const std::string reason = sp.reason.empty() ? std::string() : " (" + sp.reason + ")";
            const bool inForce = sp.from <= m_o.statusDate && (!sp.lifted || *sp.lifted > m_o.statusDate);
            if (sp.lifted && *sp.lifted <= m_o.statusDate)
                e.assessment = {AuditState::Done, "suspended " + formatIsoDate(sp.from) + " .. " +
                                                      formatIsoDate(*sp.lifted) + reason +
                                                      (*sp.lifted > liftBy ? ", lifted after its deadline" : "")};
            else if (!inForce)
                e.assessment = {AuditState::Ok, "suspension from " + formatIsoDate(sp.from) + reason};
            else if (m_o.statusDate > liftBy)
                e.assessment = {AuditState::Overdue, "not lifted by " + formatIsoDate(liftBy) + reason +
                                                         ": the body withdraws the certificate or reduces its scope"};
            else
                e.assessment = {AuditState::AtRisk, "suspended" + reason + ": lift it by " + formatIsoDate(liftBy)};
            if (inForce && !(m_cert.withdrawn && *m_cert.withdrawn <= m_o.statusDate)) {
                m_out.suspendedNote = "suspended since " + formatIsoDate(sp.from) + reason + "; lift it by " +
                                      formatIsoDate(liftBy) + liftingItems();
                m_out.warnings.push_back("the certificate is " + m_out.suspendedNote);
            }
            m_out.events.push_back(std::move(e));
        }
        if (m_cert.withdrawn) {
            ProgrammeEvent e = event(ProgrammeEventKind::Withdrawal, cycleAt(*m_cert.withdrawn));
            e.planned = m_cert.withdrawn;
            e.window = DateWindow{*m_cert.withdrawn, *m_cert.withdrawn};
            const bool done = *m_cert.withdrawn <= m_o.statusDate;
            e.assessment = {done ? AuditState::Done : AuditState::AtRisk,
                            std::string(done ? "withdrawn" : "to be withdrawn") +
                                ": a new initial certification is needed"};
            m_out.events.push_back(std::move(e));
        }
    }

    // What the programme holds overdue: usually what the suspension waits for.
    std::string liftingItems() const
    {
        std::string items;
        for (const auto& e : m_out.events)
            if (e.assessment.state == AuditState::Overdue &&
                (e.kind == ProgrammeEventKind::Surveillance || e.kind == ProgrammeEventKind::RecertAudit ||
                 e.kind == ProgrammeEventKind::SpecialAudit || e.kind == ProgrammeEventKind::ScopeExtension))
                items += (items.empty() ? "" : ", ") + e.label();
        return items.empty() ? std::string() : " (overdue: " + items + ")";
    }

    static std::string lapseWhen(const ProgrammeCycle& c)
    {
        if (c.decisionTaken)
            return " (renewal decided " + formatIsoDate(*c.recertDecision) + ", after the restoration window closed on " +
                   formatIsoDate(c.restoration.close) + ")";
        return " (no renewal decision by the end of the restoration window, " + formatIsoDate(c.restoration.close) +
               ")";
    }

    // A certification decision (initial, renewal, restoration) may only be
    // taken once the majors of the audits it rests on are verified
    // (17021-1 9.5.3.2; R6 and R12 of the domain brief). The initial decision
    // rests on stage 1 and stage 2; a renewal or restoration on the audits of
    // its cycle (surveillance reports are part of the recertification review).
    // A decision taken over an open major, or before a major's recorded
    // verification, is warned about; a planned one only when the recorded
    // verification comes after it (an open major is then due by the decision,
    // see NonconformityDue.h).
    void checkInitialDecision(const Decision& d0)
    {
        auto restsOn = [](const Audit& a) {
            return a.cycle == 1 && (a.type == AuditType::Stage1 || a.type == AuditType::Stage2);
        };
        auto sourceFits = [](const Nonconformity& nc) {
            return nc.source == NcSource::Stage1 || nc.source == NcSource::Stage2;
        };
        checkDecision(d0, "the certification decision", restsOn, sourceFits, ProgrammeEventKind::InitialDecision, 1);
    }

    void checkRenewalDecision(const ProgrammeCycle& c, const Decision& d)
    {
        const bool restoration =
            c.outcome == CycleOutcome::Restored || c.outcome == CycleOutcome::RestorationPlanned;
        const std::string name = std::string(restoration ? "the restoration decision" : "the recertification decision") +
                                 " of cycle " + std::to_string(c.number);
        auto restsOn = [&c](const Audit& a) {
            return a.cycle == c.number && a.type != AuditType::Stage1 && a.type != AuditType::Stage2;
        };
        auto sourceFits = [&c](const Nonconformity& nc) {
            return (nc.source == NcSource::Surveillance || nc.source == NcSource::Recertification ||
                    nc.source == NcSource::Special || nc.source == NcSource::Transfer ||
                    nc.source == NcSource::ScopeExtension) &&
                   nc.raised >= c.start;
        };
        checkDecision(d, name, restsOn, sourceFits, ProgrammeEventKind::RecertDecision, c.number);
    }

    template <class RestsOn, class SourceFits>
    void checkDecision(const Decision& d, const std::string& name, RestsOn restsOn, SourceFits sourceFits,
                       ProgrammeEventKind kind, int cycle)
    {
        if (!d.date)
            return;
        const Date when = *d.date;
        for (const Nonconformity& nc : m_plan.nonconformities) {
            if (nc.ncClass != NcClass::Major || nc.raised > when)
                continue;
            const Audit* by = nullptr;
            if (!nc.audit.empty())
                if (const auto it = m_byId.find(nc.audit); it != m_byId.end())
                    by = it->second;
            // A finding of a combined audit counts for every certificate the audit does.
            const bool combined = by && !by->alsoCertificates.empty() && m_mine.count(by) > 0;
            if (!combined && !(nc.certificate == m_cert.id || (nc.certificate.empty() && m_first)))
                continue;
            if (by ? !(restsOn(*by) && m_mine.count(by) > 0) : !sourceFits(nc))
                continue;
            const std::string what = "major " + nc.id + " (" + findingOrigin(by, nc) + ")";
            // Verified or closed without a verification date: the closing day stands in.
            const Date* verified = nc.verified ? &*nc.verified : (!isOpen(nc.status) && nc.closed ? &*nc.closed : nullptr);
            std::string concern;
            if (isOpen(nc.status) && d.done)
                concern = name + " (" + formatIsoDate(when) + ") was taken while " + what + " is not verified";
            else if (!isOpen(nc.status) && verified && *verified > when)
                concern = name + " (" + formatIsoDate(when) + ") " + (d.done ? "was taken before " : "is planned before ") +
                          what + " was verified (" + formatIsoDate(*verified) + ")";
            if (concern.empty())
                continue;
            m_out.warnings.push_back(concern);
            m_out.decisionConcerns.push_back(concern);
            for (auto& e : m_out.events)
                if (e.kind == kind && e.cycle == cycle) {
                    const std::string note = "taken over an unverified major (" + nc.id + ")";
                    e.assessment.reason += (e.assessment.reason.empty() ? "" : "; ") + note;
                }
        }
    }

    static std::string findingOrigin(const Audit* by, const Nonconformity& nc)
    {
        if (by) {
            switch (by->type) {
            case AuditType::Stage1: return "stage 1";
            case AuditType::Stage2: return "stage 2";
            case AuditType::Surveillance: return "surveillance";
            case AuditType::Recertification: return "recertification";
            case AuditType::Special: return "special audit";
            case AuditType::Transfer: return "transfer review";
            case AuditType::ScopeExtension: return "scope extension";
            }
        }
        switch (nc.source) {
        case NcSource::Stage1: return "stage 1";
        case NcSource::Stage2: return "stage 2";
        default: break;
        }
        return std::string(enumKey(nc.source));
    }

    // The suspension in force on a day, if any.
    const Suspension* suspendedOn(const OptDate& day) const
    {
        if (!day)
            return nullptr;
        for (const Suspension& sp : m_cert.suspensions)
            if (sp.from <= *day && (!sp.lifted || *sp.lifted > *day))
                return &sp;
        return nullptr;
    }

    bool shown(const Audit* a) const { return m_shown.count(a) > 0; }

    const ProgrammeCycle* cycleOf(int number) const
    {
        if (!m_out.programme)
            return nullptr;
        for (const auto& c : m_out.programme->cycles)
            if (c.number == number)
                return &c;
        return nullptr;
    }

    // Why an audit of a kind the rules give slots to has none.
    std::string noSlotReason(const Audit& a) const
    {
        const std::string cycle = std::to_string(a.cycle);
        if (!m_out.programme)
            return "no programme yet: the certification decision date is not known";
        const CertificationProgramme& p = *m_out.programme;
        if (!cycleOf(a.cycle)) {
            if (p.lapsed())
                return "cycle " + cycle + " never starts: the certificate lapsed in cycle " +
                       std::to_string(p.cycles.back().number);
            if (p.withdrawn())
                return "cycle " + cycle + " never starts: the certificate was withdrawn in cycle " +
                       std::to_string(p.cycles.back().number);
            return "cycle " + cycle + " lies beyond the supported dates";
        }
        switch (a.type) {
        case AuditType::Stage1:
            if (a.cycle > 1)
                return "another recertification stage 1 of cycle " + cycle;
            [[fallthrough]];
        case AuditType::Stage2:
            return a.cycle == 1 ? "another " + std::string(enumLabel(a.type)) + " of cycle 1 (a repeated stage audit?)"
                                : "stage audits belong to the initial certification (cycle 1)";
        case AuditType::Surveillance:
            return "no slot in cycle " + cycle + ": the rules ask for " +
                   std::to_string(cycleOf(a.cycle)->surveillances.size()) + " surveillance audits";
        case AuditType::Recertification:
            return "another recertification audit of cycle " + cycle;
        case AuditType::Special:
        case AuditType::Transfer:
        case AuditType::ScopeExtension: break;
        }
        return {};
    }

    // Every audit of the certificate appears in the programme: special audits
    // with their own dates (they are called at short notice, 17021-1 9.6.4),
    // transfer reviews inside the validity of their cycle (IAF MD 2: only a
    // valid certificate is transferred), cancelled audits as cancelled, and any
    // other audit the rules have no slot for as unscheduled, with the reason
    // and a warning. Nothing in the file is dropped silently.
    void otherAudits()
    {
        for (const Audit* a : m_audits) {
            // A scope extension that filled a surveillance slot keeps its own event too.
            if (shown(a) && a->type != AuditType::ScopeExtension)
                continue;
            ProgrammeEvent e = event(kindOf(a->type), a->cycle);
            const AuditFacts f = factsOf(m_plan, m_s, *a);
            tag(e, *a);
            e.planned = f.planned;
            e.plannedEnd = f.plannedEnd;
            const ProgrammeCycle* c = cycleOf(a->cycle);
            if (a->status == AuditStatus::Cancelled) {
                e.unscheduled = true;
                e.assessment = {AuditState::Cancelled, {}};
            } else if ((a->type == AuditType::Special || a->type == AuditType::ScopeExtension) &&
                       (c || !m_out.programme)) {
                e.window = requestedAuditWindow(*a, m_cert.rules, c ? OptDate(c->start) : std::nullopt, f.planned);
                e.assessment = e.window ? assessAudit(f, *e.window, m_o.statusDate, m_cert.rules.atRiskDays)
                                        : assessStage(f, m_o.statusDate);
                if (a->shortNotice)
                    e.assessment.reason += std::string(e.assessment.reason.empty() ? "" : "; ") + "short notice";
            } else if (a->type == AuditType::Transfer && c) {
                e.window = DateWindow{c->start, c->expiry};
                e.assessment = assessAudit(f, *e.window, m_o.statusDate, m_cert.rules.atRiskDays);
                if (const Suspension* sp = suspendedOn(f.planned); sp && e.assessment.state != AuditState::Done)
                    e.assessment = {AuditState::AtRisk, "planned while the certificate is suspended (since " +
                                                            formatIsoDate(sp->from) +
                                                            "): a suspended certificate cannot be transferred"};
            } else {
                e.unscheduled = true;
                e.assessment = assessStage(f, m_o.statusDate);
                const std::string why = noSlotReason(*a);
                e.assessment.reason = e.assessment.reason.empty() ? "unscheduled: " + why
                                                                  : "unscheduled: " + why + "; " + e.assessment.reason;
                // Without a programme, or after a lapse, one warning already says why for all.
                if (m_out.programme && c)
                    m_out.warnings.push_back(std::string(enumLabel(a->type)) + " '" + a->id +
                                             "' is shown unscheduled: " + why);
            }
            m_out.events.push_back(std::move(e));
        }
    }

    const Audit* find(AuditType type, int cycle) const
    {
        for (const Audit* a : m_audits)
            if (a->type == type && a->cycle == cycle && a->status != AuditStatus::Cancelled)
                return a;
        return nullptr;
    }

    ProgrammeEvent event(ProgrammeEventKind kind, int cycle) const
    {
        ProgrammeEvent e;
        e.source = m_out.source;
        e.certificate = m_out.certificate;
        e.standard = m_out.standard;
        e.kind = kind;
        e.cycle = cycle;
        return e;
    }

    // The audit's id, and the other certificates a combined audit counts for.
    void tag(ProgrammeEvent& e, const Audit& a) const
    {
        e.audit = a.id;
        for (const std::string& c : auditCertificates(a))
            if (c != m_cert.id)
                e.combinedWith.push_back(c);
    }

    void stageEvent(const Audit* a, ProgrammeEventKind kind)
    {
        if (!a)
            return;
        ProgrammeEvent e = event(kind, 1);
        const AuditFacts f = factsOf(m_plan, m_s, *a);
        m_shown.insert(a);
        tag(e, *a);
        e.planned = f.planned;
        e.plannedEnd = f.plannedEnd;
        e.assessment = assessStage(f, m_o.statusDate);
        m_out.events.push_back(e);
    }

    void checkStageGap(const Audit* s1, const Audit* s2)
    {
        if (!s1 || !s2)
            return;
        const AuditFacts f1 = factsOf(m_plan, m_s, *s1);
        const AuditFacts f2 = factsOf(m_plan, m_s, *s2);
        if (!f1.plannedEnd || !f2.planned)
            return;
        const long gap = (*f2.planned - *f1.plannedEnd).days();
        if (gap < 0)
            m_out.warnings.push_back("stage 2 starts before stage 1 ends");
        else if (gap > m_cert.rules.stage1To2WarnDays)
            m_out.warnings.push_back("stage 2 starts " + std::to_string(gap) + " days after stage 1 ends (more than " +
                                     std::to_string(m_cert.rules.stage1To2WarnDays) +
                                     "): the certification body may no longer rely on the stage 1 results");
    }

    void auditEvent(ProgrammeEvent e, const Audit* a, const DateWindow& w)
    {
        AuditFacts f;
        if (a) {
            f = factsOf(m_plan, m_s, *a);
            m_shown.insert(a);
            tag(e, *a);
            e.planned = f.planned;
            e.plannedEnd = f.plannedEnd;
        }
        e.window = w;
        e.assessment = assessAudit(f, w, m_o.statusDate, m_cert.rules.atRiskDays);
        if (a && a->type == AuditType::ScopeExtension)
            e.assessment.reason += std::string(e.assessment.reason.empty() ? "" : "; ") +
                                   "held with scope extension '" + a->id + "'";
        m_out.events.push_back(std::move(e));
    }

    void cycleEvents(const ProgrammeCycle& c, const Decision& decision)
    {
        std::vector<const Audit*> surv;
        for (const Audit* a : m_audits)
            if ((a->type == AuditType::Surveillance ||
                 (a->type == AuditType::ScopeExtension && a->countsAsSurveillance)) &&
                a->cycle == c.number && a->status != AuditStatus::Cancelled)
                surv.push_back(a);
        std::stable_sort(surv.begin(), surv.end(), [&](const Audit* x, const Audit* y) {
            const OptDate px = factsOf(m_plan, m_s, *x).planned, py = factsOf(m_plan, m_s, *y).planned;
            return px && (!py || *px < *py);
        });
        for (const auto& slot : c.surveillances) {
            ProgrammeEvent e = event(ProgrammeEventKind::Surveillance, c.number);
            e.index = slot.index;
            const std::size_t k = static_cast<std::size_t>(slot.index - 1);
            auditEvent(std::move(e), k < surv.size() ? surv[k] : nullptr, slot.window);
        }
    
        const Audit* recert = find(AuditType::Recertification, c.number);
        checkCalendarYears(c, surv, recert);
        recertStage1Event(c, recert);
        auditEvent(event(ProgrammeEventKind::RecertAudit, c.number), recert, c.recertAudit);
        decisionEvents(c, decision);
    }

    // The recertification stage 1 of a cycle (R16): a slot when the rules ask
    // for one before every recertification, or when the plan holds a stage 1
    // audit for the cycle (the body asked this time). A stage 1 audit of
    // cycle n > 1 is that cycle's; in cycle 1, a stage 1 after the initial one
    // dated after the initial decision. It must end before the
    // recertification audit starts.
    void recertStage1Event(const ProgrammeCycle& c, const Audit* recert)
    {
        const Audit* s1 = nullptr;
        for (const Audit* a : m_audits) {
            if (a->type != AuditType::Stage1 || a->cycle != c.number || a->status == AuditStatus::Cancelled || shown(a))
                continue;
            const OptDate when = factsOf(m_plan, m_s, *a).planned;
            if (c.number > 1 || (when && *when > c.start)) {
                s1 = a;
                break;
            }
        }
        if (!s1 && !c.recertStage1Required)
            return;
        // With the recertification audit dated, the stage 1 is due the day
        // before it starts (not at the end of the rules' window, which a stage
        // 1 could only use by overlapping the audit it prepares).
        DateWindow window = c.recertStage1;
        if (recert)
            if (const OptDate start = factsOf(m_plan, m_s, *recert).planned)
                if (const Date before = *start - boost::gregorian::days(1); before >= window.open && before < window.close)
                    window.close = before;
        auditEvent(event(ProgrammeEventKind::RecertStage1, c.number), s1, window);
        if (!s1 || !recert)
            return;
        AuditAssessment& verdict = m_out.events.back().assessment;
        const AuditFacts f1 = factsOf(m_plan, m_s, *s1);
        const AuditFacts fr = factsOf(m_plan, m_s, *recert);
        const OptDate last1 = f1.plannedEnd ? f1.plannedEnd : f1.planned;
        if (!last1 || !fr.planned || *last1 < *fr.planned || verdict.state == AuditState::Cancelled)
            return;
        const std::string why = "ends on " + formatIsoDate(*last1) + ", not before the recertification audit starts (" +
                                formatIsoDate(*fr.planned) + ")";
        if (verdict.state != AuditState::Done && verdict.state != AuditState::Overdue)
            verdict = {AuditState::AtRisk, why};
        else
            verdict.reason += (verdict.reason.empty() ? "" : "; ") + why;
    }

    // Surveillance is expected in every calendar year of the cycle except the
    // recertification year; only checked once the plan holds audits for the cycle.
    void checkCalendarYears(const ProgrammeCycle& c, const std::vector<const Audit*>& surv, const Audit* recert)
    {
        if (surv.empty())
            return;
        std::vector<const Audit*> all = surv;
        if (recert)
            all.push_back(recert);
        for (int y = c.start.year() + 1; y < c.expiry.year(); ++y) {
            bool found = false;
            for (const Audit* a : all) {
                const AuditFacts f = factsOf(m_plan, m_s, *a);
                found = found || (f.planned && f.planned->year() == y);
            }
            if (!found)
                m_out.warnings.push_back("cycle " + std::to_string(c.number) + ": no surveillance audit planned in " +
                                         std::to_string(y) + " (at least one per calendar year)");
        }
    }

    void decisionEvents(const ProgrammeCycle& c, const Decision& decision)
    {
        ProgrammeEvent d = event(ProgrammeEventKind::RecertDecision, c.number);
        d.window = DateWindow{c.recertAudit.open, c.recertDecisionDue};
        d.planned = decision.date;
        AuditFacts f;
        f.planned = decision.date;
        f.done = decision.done;
        d.assessment = assessAudit(f, *d.window, m_o.statusDate, m_cert.rules.atRiskDays);
        const bool expired = m_o.statusDate > c.expiry;
        if (c.outcome == CycleOutcome::Restored)
            d.assessment = {AuditState::Done, "after expiry: certificate restored, " +
                                                  std::to_string(c.uncertifiedDays) + " days not certified"};
        else if (c.outcome == CycleOutcome::RestorationPlanned)
            d.assessment = {AuditState::AtRisk, "planned after expiry: the certificate lapses on " +
                                                    formatIsoDate(addDays(c.expiry, 1)) + " until restored, " +
                                                    std::to_string(c.uncertifiedDays) + " days not certified"};
        else if (c.outcome == CycleOutcome::Lapsed && decision.date && *decision.date > c.restoration.close)
            d.assessment = {AuditState::Overdue, "after the restoration window closed on " +
                                                     formatIsoDate(c.restoration.close) +
                                                     ": lapsed, a new initial certification is needed"};
        else if (c.outcome == CycleOutcome::Lapsed)
            d.assessment = {AuditState::Overdue, "none taken by the end of the restoration window (" +
                                                     formatIsoDate(c.restoration.close) +
                                                     "): lapsed, a new initial certification is needed"};
        else if (c.outcome == CycleOutcome::Expired)
            d.assessment = {AuditState::Overdue, "none taken by expiry: restorable until " +
                                                     formatIsoDate(c.restoration.close) +
                                                     " once the recertification is finished"};
        m_out.events.push_back(d);

        ProgrammeEvent e = event(ProgrammeEventKind::Expiry, c.number);
        e.window = DateWindow{c.expiry, c.expiry};
        if (c.outcome == CycleOutcome::Renewed)
            e.assessment = {AuditState::Done, "renewed by the decision of " + formatIsoDate(*decision.date)};
        else if (c.outcome == CycleOutcome::RenewalPlanned)
            e.assessment = {AuditState::Ok, "renewal planned: decision planned for " + formatIsoDate(*decision.date)};
        else if (expired && !decision.done)
            e.assessment = {AuditState::Overdue, "expired without a renewal decision"};
        else
            e.assessment = {AuditState::Ok, {}};
        m_out.events.push_back(e);

        if (c.outcome == CycleOutcome::Restored || c.outcome == CycleOutcome::RestorationPlanned ||
            c.outcome == CycleOutcome::Lapsed || c.outcome == CycleOutcome::Expired) {
            ProgrammeEvent r = event(ProgrammeEventKind::RestorationEnd, c.number);
            r.window = c.restoration;
            AuditFacts rf;
            rf.planned = decision.date;
            rf.done = decision.done && c.outcome == CycleOutcome::Restored;
            r.assessment = assessAudit(rf, c.restoration, m_o.statusDate, m_cert.rules.atRiskDays);
            if (c.outcome == CycleOutcome::Expired && !decision.date)
                r.assessment = {AuditState::AtRisk, "expired and not yet restored: restorable until " +
                                                        formatIsoDate(c.restoration.close)};
            else if (c.outcome == CycleOutcome::Lapsed && !decision.done)
                r.assessment = {AuditState::Overdue, "missed: the window closed on " + formatIsoDate(c.restoration.close) +
                                                         " without a decision; the certificate lapsed"};
            m_out.events.push_back(r);
        }
    }

    CertificateProgramme finish()
    {
        std::stable_sort(m_out.events.begin(), m_out.events.end(),
                         [](const ProgrammeEvent& a, const ProgrammeEvent& b) { return a.sortDate() < b.sortDate(); });
        return std::move(m_out);
    }

    const Plan& m_plan;
    const Schedule* m_s;
    const ProgrammeOptions& m_o;
    const Certificate& m_cert;
    bool m_first; // the plan's first certificate: audits and findings naming none are its own
    std::vector<const Audit*> m_audits;
    std::unordered_set<const Audit*> m_shown; // audits already in an event
    std::unordered_set<const Audit*> m_mine;  // m_audits, for look-ups
    std::unordered_map<std::string_view, const Audit*> m_byId; // the plan's audits, first of duplicate ids
    CertificateProgramme m_out;
};

} // namespace

std::string_view programmeEventLabel(ProgrammeEventKind k)
{
    switch (k) {
    case ProgrammeEventKind::Stage1: return "Stage 1 audit";
    case ProgrammeEventKind::Stage2: return "Stage 2 audit";
    case ProgrammeEventKind::InitialDecision: return "Certification decision";
    case ProgrammeEventKind::Surveillance: return "Surveillance audit";
    case ProgrammeEventKind::RecertAudit: return "Recertification audit";
    case ProgrammeEventKind::RecertDecision: return "Recertification decision";
    case ProgrammeEventKind::Expiry: return "Certificate expiry";
    case ProgrammeEventKind::RestorationEnd: return "Restoration window";
    case ProgrammeEventKind::SpecialAudit: return "Special audit";
    case ProgrammeEventKind::TransferReview: return "Transfer review";
    case ProgrammeEventKind::Suspension: return "Suspension";
    case ProgrammeEventKind::Withdrawal: return "Withdrawal";
    case ProgrammeEventKind::RecertStage1: return "Recertification stage 1";
    case ProgrammeEventKind::ScopeExtension: return "Scope extension audit";
    }
    return "?";
}

Date ProgrammeEvent::sortDate() const
{
    if (planned)
        return *planned;
    if (window)
        return window->close;
    return Date(boost::gregorian::max_date_time);
}

std::string ProgrammeEvent::label() const
{
    std::string s(programmeEventLabel(kind));
    if (kind == ProgrammeEventKind::Surveillance && index > 0)
        s += " " + std::to_string(index);
    if (kind != ProgrammeEventKind::Stage1 && kind != ProgrammeEventKind::Stage2)
        s += " (cycle " + std::to_string(cycle) + ")";
    for (std::size_t i = 0; i < combinedWith.size(); ++i)
        s += (i == 0 ? " combined with " : ", ") + combinedWith[i];
    return s;
}

std::vector<CertificateProgramme> planAuditProgrammes(const Plan& plan, const Schedule* schedule,
                                                      const ProgrammeOptions& options)
{
    std::vector<CertificateProgramme> out;
    for (std::size_t i = 0; i < plan.certificates.size(); ++i)
        out.push_back(Builder(plan, schedule, options, plan.certificates[i], i == 0).run());
    // Audits of a plan without a certificate still appear, under no certificate.
    if (plan.certificates.empty() && !plan.audits.empty()) {
        Certificate none;
        none.standard = "no certificate";
        out.push_back(Builder(plan, schedule, options, none, true).run());
    }
    checkCombinedAudits(plan, out);
    return out;
}

std::vector<ProgrammeEvent> combinedCalendar(const std::vector<CertificateProgramme>& programmes)
{
    std::vector<ProgrammeEvent> all;
    for (const auto& p : programmes)
        all.insert(all.end(), p.events.begin(), p.events.end());
    std::stable_sort(all.begin(), all.end(), [](const ProgrammeEvent& a, const ProgrammeEvent& b) {
        if (a.sortDate() != b.sortDate())
            return a.sortDate() < b.sortDate();
        if (a.source != b.source)
            return a.source < b.source;
        return a.certificate < b.certificate;
    });
    return all;
}

} // namespace certplan
