// SPDX-License-Identifier: MIT
// certplan-cli documents FILE: the register of documented information, with
// what is missing before the audit and which reviews are due.
#include "CliSupport.h"
#include "presenters/DateFormat.h"

#include "presenters/TextFormat.h"
#include "presenters/documents/DocumentRegister.h"

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
        DocumentFilter filter;
        filter.mandatoryOnly = *mandatoryOnly;
        const DocumentRegister reg = documentRegister(plan, today, filter);
        for (const DocumentRow& row : reg.rows) {
            const DocumentEntry& d = plan.documents[static_cast<std::size_t>(row.index)];
            t.add({d.id, d.clause, std::string(enumKey(d.kind)), d.mandatory ? "yes" : "", std::string(enumKey(d.status)),
                   d.version.empty() ? "-" : d.version, d.owner.empty() ? "-" : d.owner, formatIsoDate(d.approved),
                   formatIsoDate(d.nextReview), row.flag, d.title});
        }
        std::cout << documentSummary(reg, formatIsoDate(today)) << "\n";
        const std::size_t shown = reg.rows.size();
        if (shown > 0)
            std::cout << "\n" << t.render("  ");
    });
}

} // namespace certplan::cli
