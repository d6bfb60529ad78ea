// SPDX-License-Identifier: MIT
#include "commands/AuditCommands.h"

#include "commands/SetValue.h"
#include "calendar/CalendarSet.h"
#include "commands/TaskCommands.h"
#include "core/FieldLimits.h"
#include "lifecycle/AuditCalendar.h"

#include <algorithm>

namespace certplan {

namespace {

std::string uniqueAuditId(const Plan& plan, const std::vector<Audit>& added, std::string base)
{
    auto taken = [&](const std::string& id) {
        return plan.findAudit(id) ||
               std::any_of(added.begin(), added.end(), [&](const Audit& a) { return a.id == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

std::string freeTaskId(const Plan& plan, const std::vector<Task>& added, const std::string& base)
{
    auto taken = [&](const std::string& id) {
        return plan.taskIndex(id) >= 0 ||
               std::any_of(added.begin(), added.end(), [&](const Task& t) { return t.id == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

// The duration and auditors of the same kind of audit in an earlier cycle: the
// body usually sends the same team for the same number of days.
const Audit* precedent(const Plan& plan, const std::string& certificate, AuditType type)
{
    const Audit* best = nullptr;
    for (const Audit& a : plan.audits)
        if (a.certificate == certificate && a.type == type && (!best || a.cycle > best->cycle))
            best = &a;
    if (!best && type == AuditType::Recertification)
        return precedent(plan, certificate, AuditType::Stage2);
    return best;
}

// A recertification stage 1 is planned this many days before the
// recertification audit, within its window: time to act on its concerns, as
// between the initial stages (R5: typically 2-12 weeks, [H]).
constexpr long kRecertStage1LeadDays = 42;

} // namespace

CommandResult planCycleAudits(const Plan& plan, const Schedule* schedule, const CyclePlanSpec& spec)
{
    const Certificate* cert = plan.findCertificate(spec.certificate);
    if (!cert)
        return unexpected(std::string("there is no certificate '" + spec.certificate + "'"));
    const CalendarSet calendars(plan);
    const WorkCalendar& calendar = calendars.planCalendar();
    ProgrammeOptions options;
    options.statusDate = spec.statusDate;
    options.cycles = spec.cycle;
    const auto programmes = planAuditProgrammes(plan, schedule, options);
    const CertificateProgramme* prog = nullptr;
    for (const auto& p : programmes)
        if (p.certificate == spec.certificate)
            prog = &p;
    if (!prog || !prog->programme)
        return unexpected("the audit programme of " + spec.certificate +
                          " is not known yet: it starts from the certification decision date");
    // A lapsed certificate has no later cycle: the body starts over with an
    // initial certification, so nothing is planned for the dead programme.
    const CertificationProgramme& programme = *prog->programme;
    if (programme.withdrawn() && programme.cycles.back().number < spec.cycle)
        return unexpected("the certificate " + spec.certificate + " was withdrawn in cycle " +
                          std::to_string(programme.cycles.back().number) + ": there is no cycle " +
                          std::to_string(spec.cycle) + " to plan; a new initial certification is needed");
    if (programme.lapsed() && programme.cycles.back().number < spec.cycle) {
        const ProgrammeCycle& last = programme.cycles.back();
        return unexpected("cycle " + std::to_string(last.number) + " of " + spec.certificate +
                          " lapsed (restoration window closed on " + formatIsoDate(last.restoration.close) +
                          "): there is no cycle " + std::to_string(spec.cycle) +
                          " to plan; a new initial certification (stage 1 and stage 2) is needed");
    }

    std::vector<Audit> added;
    std::vector<Task> block;
    Task summary;
    summary.id = freeTaskId(plan, block, "cycle" + std::to_string(spec.cycle) + "-audits");
    summary.name = "Certification cycle " + std::to_string(spec.cycle) + " audits (" + cert->standard + ")";
    block.push_back(summary);
    // The recertification audit's day, held or about to be planned: a
    // recertification stage 1 is placed before it.
    OptDate recertDay;
    for (const ProgrammeEvent& e : prog->events)
        if (e.cycle == spec.cycle && e.kind == ProgrammeEventKind::RecertAudit && e.window)
            recertDay = e.planned ? *e.planned
                                  : std::max(addDays(e.window->close, -static_cast<long>(spec.marginDays)), e.window->open);
    for (const ProgrammeEvent& e : prog->events) {
        if (e.cycle != spec.cycle || !e.audit.empty() || !e.window)
            continue;
        if (e.kind != ProgrammeEventKind::Surveillance && e.kind != ProgrammeEventKind::RecertAudit &&
            e.kind != ProgrammeEventKind::RecertStage1)
            continue;
        // A plan holds dates up to 2249-12-31 (core/FieldLimits.h): a slot whose
        // window closes later cannot become an audit the file can keep.
        if (!limits::inDateRange(e.window->close))
            return unexpected("cycle " + std::to_string(spec.cycle) + " of " + spec.certificate + " runs past " +
                              formatIsoDate(limits::lastDate()) + " (" + e.label() + " is due by " +
                              formatIsoDate(e.window->close) + "); a plan holds " + limits::dateRangeText() +
                              ", so its audits cannot be planned");
        Audit a;
        a.certificate = cert->id;
        a.type = e.kind == ProgrammeEventKind::Surveillance ? AuditType::Surveillance
                 : e.kind == ProgrammeEventKind::RecertStage1 ? AuditType::Stage1
                                                              : AuditType::Recertification;
        a.cycle = spec.cycle;
        const std::string base = "c" + std::to_string(spec.cycle) +
                                 (a.type == AuditType::Surveillance ? "-surv" + std::to_string(e.index)
                                  : a.type == AuditType::Stage1     ? "-recert-stage1"
                                                                    : "-recert");
        a.id = uniqueAuditId(plan, added, base);
        Date when = addDays(e.window->close, -static_cast<long>(spec.marginDays));
        if (a.type == AuditType::Stage1 && recertDay)
            when = std::min(addDays(*recertDay, -kRecertStage1LeadDays), e.window->close);
        when = std::max(when, e.window->open);
        // On a working day of the plan calendar (the milestone's must-start-on
        // would otherwise be moved to Monday by the schedule while the audit
        // record kept the Sunday): the last one on or before, else the first after.
        if (const Date before = calendar.previousWorkingDay(when); before >= e.window->open)
            when = before;
        else
            when = calendar.nextWorkingDay(when);
        a.planned = when;
        if (const Audit* p = precedent(plan, cert->id, a.type)) {
            a.durationDays = p->durationDays;
            a.auditors = p->auditors;
        }
        Task m;
        m.id = freeTaskId(plan, block, "ms-" + a.id);
        m.name = e.label();
        m.level = 1;
        m.milestone = true;
        m.audit = a.id;
        // Fixed to the planned day: the date is agreed with the body, not driven by links.
        m.constraint = {ConstraintType::MustStartOn, when};
        m.deadline = e.window->close;
        a.task = m.id;
        block.push_back(std::move(m));
        added.push_back(std::move(a));
    }
    if (added.empty())
        return unexpected("every audit of cycle " + std::to_string(spec.cycle) + " of " + spec.certificate +
                          " is already planned");

    auto macro = std::make_unique<MacroCommand>("Plan Cycle " + std::to_string(spec.cycle) + " Audits");
    macro->add(std::make_unique<InsertTasks>("Insert Tasks", static_cast<int>(plan.tasks.size()), std::move(block)));
    std::vector<Audit> audits = plan.audits;
    audits.insert(audits.end(), added.begin(), added.end());
    ChangeSet changes;
    changes.certification = true;
    macro->add(makeSetValue<std::vector<Audit>>("Plan Audits", changes,
                                                [](Plan& p) -> std::vector<Audit>& { return p.audits; }, plan,
                                                std::move(audits)));
    return CommandPtr(std::move(macro));
}

} // namespace certplan
