// SPDX-License-Identifier: MIT
// certplan-cli documents FILE: the register of documented information, with
// what is missing before the audit and which reviews are due.
#include "CliSupport.h"
#include "presenters/DateFormat.h"

#include "presenters/TextFormat.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <iostream>

namespace certplan::cli {

using namespace present;

void registerDocuments(CLI::App& app)
{
    auto* cmd = app.add_subcommand("documents", "The document register: mandatory documented information, status, "
                                                "owners and review dates");
    auto file = std::make_shared<std::string>();
    auto status = std::make_shared<OptDate>();
    auto mandatoryOnly = std::make_shared<bool>(false);
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    cmd->add_flag("--mandatory", *mandatoryOnly, "Only the documented information the standard requires");
    addDateOption(*cmd, "--status-date", *status, "Judge review dates as of this date (default: the plan's, else today)");
    cmd->callback([file, status, mandatoryOnly] {
        const LoadedPlan loaded = loadOrExit(*file);
        const Plan& plan = loaded.plan;
        const Date today =
            status->value_or(present::statusDateOrToday(plan));
        TextTable t({"ID", "CLAUSE", "KIND", "M", "STATUS", "VERSION", "OWNER", "APPROVED", "NEXT REVIEW", "FLAG", "TITLE"},
                    {false, false, false, false, false, false, false, false, false, false, false});
        t.limit(10, 48);
        int mandatory = 0, mandatoryReady = 0, reviewsDue = 0, shown = 0;
        for (const auto& d : plan.documents) {
            // Approved or published documents are what an auditor accepts as evidence.
            const bool ready = d.status == DocumentStatus::Approved || d.status == DocumentStatus::Published;
            mandatory += d.mandatory;
            mandatoryReady += d.mandatory && ready;
            const bool reviewDue = ready && d.nextReview && *d.nextReview < today;
            reviewsDue += reviewDue;
            if (*mandatoryOnly && !d.mandatory)
                continue;
            ++shown;
            const std::string flag = reviewDue ? "REVIEW OVERDUE" : (d.mandatory && !ready ? "not ready" : "");
            t.add({d.id, d.clause, std::string(enumKey(d.kind)), d.mandatory ? "yes" : "", std::string(enumKey(d.status)),
                   d.version.empty() ? "-" : d.version, d.owner.empty() ? "-" : d.owner, formatIsoDate(d.approved),
                   formatIsoDate(d.nextReview), flag, d.title});
        }
        std::cout << "Documents: " << plan.documents.size() << " in the register; mandatory " << mandatoryReady << " of "
                  << mandatory << " approved or published; " << reviewsDue << " review" << (reviewsDue == 1 ? "" : "s")
                  << " overdue (status date " << formatIsoDate(today) << ")\n";
        if (shown > 0)
            std::cout << "\n" << t.render("  ");
    });
}

} // namespace certplan::cli
