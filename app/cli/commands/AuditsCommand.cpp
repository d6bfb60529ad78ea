// SPDX-License-Identifier: MIT
// certplan-cli audits FILE...: the combined audit programme of several plans.
#include "CliSupport.h"
#include "presenters/DateFormat.h"

#include "lifecycle/AuditCalendar.h"
#include "presenters/ProgrammeSummary.h"
#include "presenters/TextFormat.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <filesystem>
#include <iostream>

namespace certplan::cli {

namespace {

using namespace present;

std::string windowText(const ProgrammeEvent& e)
{
    if (!e.window)
        return "-";
    if (e.window->open == e.window->close)
        return formatIsoDate(e.window->close);
    return formatIsoDate(e.window->open) + " .. " + formatIsoDate(e.window->close);
}

std::string plannedText(const ProgrammeEvent& e)
{
    if (!e.planned)
        return "-";
    if (e.plannedEnd && *e.plannedEnd != *e.planned)
        return formatIsoDate(*e.planned) + " .. " + formatIsoDate(*e.plannedEnd);
    return formatIsoDate(*e.planned);
}

void printCertificate(const CertificateProgramme& p)
{
    std::cout << "  " << certificateHeading(p) << "\n";
    if (p.programme)
        for (const auto& note : programmeRuleNotes(*p.programme))
            std::cout << "    rules: " << note << "\n";
    if (p.programme)
        for (const auto& c : p.programme->cycles)
            std::cout << "    " << cycleSummary(c) << "\n";
    for (const auto& w : p.warnings)
        std::cout << "    warning: " << w << "\n";
}

} // namespace

void registerAudits(CLI::App& app)
{
    auto* cmd = app.add_subcommand("audits", "The audit programme of one or more plans: due windows, planned dates, "
                                             "what is overdue or at risk");
    auto files = std::make_shared<std::vector<std::string>>();
    auto status = std::make_shared<OptDate>();
    auto cycles = std::make_shared<int>(2);
    cmd->add_option("files", *files, "Plan files")->required()->type_name("FILE...");
    addDateOption(*cmd, "--status-date", *status,
                  "Judge audits as of this date (default: each plan's status date, else today)");
    cmd->add_option("--cycles", *cycles, "Certification cycles to show (default 2)")->check(CLI::Range(1, 50));
    cmd->callback([files, status, cycles] {
        std::vector<CertificateProgramme> all;
        std::vector<std::string> statusDates;
        for (const auto& file : *files) {
            const LoadedPlan loaded = loadOrExit(file);
            ScheduleOptions opt;
            opt.statusDate = *status;
            const Schedule s = scheduleOrExit(loaded.plan, file, opt);
            ProgrammeOptions po;
            po.statusDate = status->value_or(
                present::statusDateOrToday(loaded.plan));
            po.cycles = *cycles;
            po.source = std::filesystem::path(file).filename().string();
            statusDates.push_back(formatIsoDate(po.statusDate));
            for (auto& p : planAuditProgrammes(loaded.plan, &s, po))
                all.push_back(std::move(p));
        }
        std::string statusText = statusDates.front();
        for (const auto& d : statusDates)
            if (d != statusDates.front())
                statusText = "per plan";
        std::cout << "Audit programme: " << plural(static_cast<int>(files->size()), "plan", "plans") << ", "
                  << plural(static_cast<int>(all.size()), "certificate", "certificates") << ", status date "
                  << statusText << "\n\nCertificates\n";
        for (const auto& p : all)
            printCertificate(p);

        const auto events = combinedCalendar(all);
        TextTable t({"PLANNED", "DUE WINDOW", "EVENT", "PLAN", "CERTIFICATE", "STATE", "NOTE"});
        int overdue = 0, atRisk = 0;
        for (const auto& e : events) {
            overdue += e.assessment.state == AuditState::Overdue;
            atRisk += e.assessment.state == AuditState::AtRisk;
            t.add({plannedText(e), windowText(e), e.label() + (e.audit.empty() ? "" : " [" + e.audit + "]"),
                   e.source, e.certificate, std::string(auditStateKey(e.assessment.state)), e.assessment.reason});
        }
        std::cout << "\nCalendar\n" << t.render("  ");
        std::cout << "\n" << overdue << " overdue, " << atRisk << " at risk\n";
    });
}

} // namespace certplan::cli
