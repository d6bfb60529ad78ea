// SPDX-License-Identifier: MIT
#include "commands/AuditTimeCommands.h"

#include "commands/SetValue.h"
#include "core/Enum.h"
#include "lifecycle/AuditTime.h"

namespace certplan {

AuditDurationPreview previewAuditDurations(const Plan& plan)
{
    AuditDurationPreview p;
    for (const Audit& a : plan.audits) {
        const std::string who = "audit " + a.id;
        if (a.status == AuditStatus::Completed || a.status == AuditStatus::Cancelled) {
            p.notes.push_back(who + " is " + std::string(enumKey(a.status)) + ": its days are kept");
            continue;
        }
        const Certificate* cert = plan.findCertificate(a.certificate);
        if (!cert || !cert->auditTime) {
            p.notes.push_back(who + ": its certificate has no audit time");
            continue;
        }
        const AuditTimeFigure f = computeAuditTime(*cert->auditTime).figure(a.type);
        if (!f.wholeDays()) {
            p.notes.push_back(who + ": " + f.error);
            continue;
        }
        AuditDurationChange c;
        c.audit = a.id;
        c.daysBefore = a.durationDays;
        c.daysAfter = *f.wholeDays();
        const int t = a.task.empty() ? -1 : plan.taskIndex(a.task);
        if (t >= 0) {
            const Task& task = plan.tasks[static_cast<std::size_t>(t)];
            if (task.milestone)
                p.notes.push_back(who + ": task " + task.id + " is a milestone and stays one");
            else if (isSummary(plan.tasks, static_cast<std::size_t>(t)))
                p.notes.push_back(who + ": task " + task.id + " is a summary; its subtasks give its duration");
            else if (task.actualFinish || task.percentComplete == 100)
                p.notes.push_back(who + ": task " + task.id + " is finished; its duration is kept");
            else if (task.durationDays != c.daysAfter) {
                c.task = task.id;
                c.taskDaysBefore = task.durationDays;
                c.taskDaysAfter = c.daysAfter;
            }
        }
        if (c.daysBefore != c.daysAfter || !c.task.empty())
            p.changes.push_back(std::move(c));
    }
    return p;
}

CommandResult setAuditDurationsFromAuditTime(const Plan& plan)
{
    const AuditDurationPreview p = previewAuditDurations(plan);
    if (p.changes.empty()) {
        std::string why = "no audit's days change";
        if (!p.notes.empty())
            why += " (" + p.notes.front() + (p.notes.size() > 1 ? ", ..." : "") + ")";
        return unexpected(std::move(why));
    }
    auto macro = std::make_unique<MacroCommand>("Set Audit Durations from Audit Time");
    std::vector<Audit> audits = plan.audits;
    for (const AuditDurationChange& c : p.changes) {
        for (Audit& a : audits)
            if (a.id == c.audit)
                a.durationDays = c.daysAfter;
        if (c.task.empty())
            continue;
        Task t = *plan.findTask(c.task);
        t.durationDays = *c.taskDaysAfter;
        auto edit = editTask(plan, std::move(t), "Set Task Duration");
        if (!edit)
            return unexpected(edit.error());
        macro->add(std::move(*edit));
    }
    ChangeSet changes;
    changes.certification = true;
    macro->add(makeSetValue<std::vector<Audit>>("Set Audit Days", changes,
                                                [](Plan& pl) -> std::vector<Audit>& { return pl.audits; }, plan,
                                                std::move(audits)));
    return CommandPtr(std::move(macro));
}

} // namespace certplan
