// SPDX-License-Identifier: MIT
// certplan-cli ncs FILE: the nonconformity register with due dates.
#include "CliSupport.h"
#include "presenters/DateFormat.h"

#include "lifecycle/NonconformityDue.h"
#include "presenters/TextFormat.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>

namespace certplan::cli {

using namespace present;

void registerNcs(CLI::App& app)
{
    auto* cmd = app.add_subcommand("ncs", "Open nonconformities with their due dates (--all: closed ones too)");
    auto file = std::make_shared<std::string>();
    auto all = std::make_shared<bool>(false);
    auto status = std::make_shared<OptDate>();
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    cmd->add_flag("--all", *all, "Include verified and closed nonconformities");
    addDateOption(*cmd, "--status-date", *status, "Judge due dates as of this date (default: the plan's, else today)");
    cmd->callback([file, all, status] {
        const LoadedPlan loaded = loadOrExit(*file);
        const Plan& plan = loaded.plan;
        ScheduleOptions opt;
        opt.statusDate = *status;
        const Schedule s = scheduleOrExit(plan, *file, opt);
        const Date today =
            status->value_or(present::statusDateOrToday(plan));
        TextTable t({"ID", "CLASS", "SOURCE", "CLAUSE", "STATUS", "OWNER", "DUE", "DAYS", "FLAG", "DUE BY", "DESCRIPTION"},
                    {false, false, false, false, false, false, false, true, false, false, false});
        t.limit(10, 50);
        int shown = 0, open = 0, overdue = 0, derived = 0;
        const NcDecisionBounds bounds(plan, &s, today);
        for (const auto& nc : plan.nonconformities) {
            const NcDue due = nonconformityDue(plan, &s, nc, today, bounds);
            open += due.open;
            overdue += due.overdue;
            if (!due.open && !*all)
                continue;
            ++shown;
            derived += due.due && due.derived;
            std::string dueText = due.due ? formatIsoDate(*due.due) + (due.derived ? " *" : "") : "-";
            // "Due soon" uses the same horizon as at-risk audits.
            const int soon = rulesFor(plan, nc.certificate).atRiskDays;
            std::string flag = due.overdue                                  ? "OVERDUE"
                               : due.open && due.due && due.daysLeft <= soon ? "due soon"
                                                                            : "";
            t.add({nc.id, std::string(enumKey(nc.ncClass)), std::string(enumKey(nc.source)), nc.clause,
                   std::string(enumKey(nc.status)), nc.owner.empty() ? "-" : nc.owner, dueText,
                   due.due && due.open ? std::to_string(due.daysLeft) : "", flag,
                   due.basisText.empty() ? "-" : due.basisText, nc.description});
        }
        std::cout << "Nonconformities: " << plan.nonconformities.size() << " recorded, " << open << " open, " << overdue
                  << " overdue (status date " << formatIsoDate(today) << ")\n";
        if (shown == 0) {
            std::cout << (*all ? "None recorded.\n" : "No open nonconformities.\n");
            return;
        }
        std::cout << "\n" << t.render("  ");
        if (derived > 0)
            std::cout << "  * due date derived from the certificate's nonconformity rules for the kind of audit and "
                         "grade, and by the decision a certification body's finding must precede (DUE BY says which)\n";
    });
}

} // namespace certplan::cli
