// SPDX-License-Identifier: MIT
// certplan-cli audit-time FILE [--apply]: each certificate's audit days per
// audit type from its headcount (lifecycle/AuditTime.h), the audits' days
// beside them, and with --apply the audits and their tasks set to them.
#include "CliSupport.h"

#include "commands/AuditTimeCommands.h"
#include "core/Enum.h"
#include "core/FieldLimits.h"
#include "presenters/AuditTimeText.h"
#include "presenters/TextFormat.h"
#include "safety/Backups.h"

#include <iostream>
#include <optional>

namespace certplan::cli {

namespace {

using namespace present;

void printCertificate(const Certificate& c)
{
    std::cout << "Certificate " << c.id << " (" << c.standard << (c.edition.empty() ? "" : ":" + c.edition) << ")\n";
    if (!c.auditTime) {
        std::cout << "  No audit time: give the certificate an <audit-time headcount=\"N\"/> (the "
                  << kDefaultAuditTimeTableLabel << " applies unless the body's rows are given)\n";
        return;
    }
    const AuditTimeResult r = computeAuditTime(*c.auditTime);
    std::cout << "  Table: " << r.tableLabel << "\n";
    std::cout << "  Headcount: "
              << (r.headcount ? plural(*r.headcount, "effective person", "effective persons") : std::string("not given"))
              << "\n";
    if (!r.basis.empty())
        std::cout << "  Initial (stage 1 + 2): " << r.basis << "\n";
    if (!r.error.empty())
        std::cout << "  Note: " << r.error << "\n";
    TextTable t({"AUDIT TYPE", "DAYS", "DERIVATION"}, {false, true, false});
    for (const AuditTimeFigure& f : r.figures)
        t.add({std::string(enumKey(f.type)), f.halfDays ? limits::formatHalfDays(*f.halfDays) : "-",
               f.halfDays ? f.derivation : f.error});
    std::cout << t.render("  ");
}

void printAudits(const Plan& plan)
{
    const AuditDurationPreview p = previewAuditDurations(plan);
    TextTable t({"AUDIT", "CERTIFICATE", "TYPE", "STATUS", "DAYS", "AUDIT TIME", "TASK", "TASK DAYS"},
                {false, false, false, false, true, true, false, true});
    for (const Audit& a : plan.audits) {
        std::string fromTime = "-";
        if (const Certificate* c = plan.findCertificate(a.certificate); c && c->auditTime) {
            const AuditTimeFigure f = computeAuditTime(*c->auditTime).figure(a.type);
            if (f.halfDays)
                fromTime = std::to_string(*f.wholeDays()) +
                           (*f.halfDays % 2 ? " (" + limits::formatHalfDays(*f.halfDays) + ")" : std::string());
        }
        const Task* task = a.task.empty() ? nullptr : plan.findTask(a.task);
        t.add({a.id, a.certificate, std::string(enumKey(a.type)), std::string(enumKey(a.status)),
               std::to_string(a.durationDays), fromTime, a.task,
               task ? (task->milestone ? std::string("milestone") : std::to_string(task->durationDays)) : ""});
    }
    std::cout << "\nAudits (days in whole working days; AUDIT TIME is the half days rounded up)\n" << t.render("  ");
    std::cout << plural(static_cast<int>(p.changes.size()), "audit differs", "audits differ")
              << " from the audit time\n";
}

} // namespace

void registerAuditTime(CLI::App& app)
{
    auto* cmd = app.add_subcommand(
        "audit-time",
        "Audit days per audit type from each certificate's effective headcount (<audit-time>): the table used "
        "(the IAF MD 5 QMS table by default, or the body's rows), the reductions, days per audit type, and each "
        "audit's days beside them. --apply sets the audits' days and their tasks' durations and saves the file");
    auto file = std::make_shared<std::string>();
    auto apply = std::make_shared<bool>(false);
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    cmd->add_flag("--apply", *apply,
                  "Set each planned or confirmed audit's days (and its linked task's duration) to its audit time, "
                  "rounded up to whole days, and save (completed and cancelled audits, milestones and summaries are "
                  "left alone)");
    auto force = std::make_shared<bool>(false);
    auto backups = std::make_shared<int>(safety::kDefaultBackupLevels);
    addRewriteOptions(*cmd, *force, *backups);
    cmd->callback([=] {
        std::optional<RewriteLock> lock;
        if (*apply)
            lock.emplace(lockOrExit(*file, *force));
        LoadedPlan loaded = loadOrExit(*file);
        const Plan& plan = loaded.plan;
        std::cout << "Audit time of " << *file << "\n\n";
        if (plan.certificates.empty())
            std::cout << "No certificates\n";
        for (const Certificate& c : plan.certificates)
            printCertificate(c);
        printAudits(plan);
        if (!*apply)
            return;
        const AuditDurationPreview preview = previewAuditDurations(plan);
        auto cmdResult = setAuditDurationsFromAuditTime(plan);
        if (!cmdResult) {
            std::cout << "\nNothing to set: " << cmdResult.error() << "\n";
            return;
        }
        (*cmdResult)->apply(loaded.plan);
        if (auto ok = safety::savePlanKeepingBackups(loaded.plan, *file, *backups); !ok) {
            std::cerr << "certplan-cli: " << ok.error() << '\n';
            throw Exit{kInvalidInput};
        }
        std::cout << "\n" << *file << ": set from audit time\n";
        for (const AuditDurationChange& c : preview.changes) {
            std::cout << "  audit " << c.audit << ": " << c.daysBefore << " -> " << c.daysAfter << " days";
            if (!c.task.empty())
                std::cout << "; task " << c.task << ": " << *c.taskDaysBefore << " -> " << *c.taskDaysAfter
                          << " working days";
            std::cout << "\n";
        }
        for (const std::string& n : preview.notes)
            std::cout << "  left alone: " << n << "\n";
    });
}

} // namespace certplan::cli
