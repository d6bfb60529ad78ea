// SPDX-License-Identifier: MIT
// certplan-cli gap FILE: gap-analysis readiness per clause and overall.
#include "CliSupport.h"

#include "lifecycle/Readiness.h"
#include "lifecycle/Reassessment.h"
#include "presenters/TextFormat.h"
#include "util/TerminalText.h"

#include <algorithm>
#include <iostream>

namespace certplan::cli {

namespace {

using namespace present;

int depthOf(const std::string& clause)
{
    return static_cast<int>(std::count(clause.begin(), clause.end(), '.'));
}

void printChecklist(const Plan& plan, const Checklist& list)
{
    const ReadinessReport rep = computeReadiness(list);
    const std::string title = "Gap analysis: " + terminalSafe(list.title.empty() ? list.standard : list.title);
    std::cout << title << "\n" << std::string(displayWidth(title), '=') << "\n";
    std::cout << "Overall readiness: " << percent(rep.overall, 1) << " (" << rep.counts.assessed() << " of "
              << rep.counts.total() << " requirements assessed, " << rep.applicable << " applicable)\n";
    std::cout << "  conforming " << rep.counts.conforming << ", partially conforming " << rep.counts.partial
              << ", nonconforming " << rep.counts.nonconforming << ", not assessed " << rep.counts.notAssessed
              << ", not applicable " << rep.counts.notApplicable << "\n\n";

    // Top clauses and their first-level sub-clauses; deeper items roll into them.
    TextTable t({"CLAUSE", "TITLE", "CONF", "PART", "NONC", "TODO", "N/A", "READINESS"},
                {false, false, true, true, true, true, true, true});
    t.limit(1, 48);
    auto row = [&](const ClauseRollup& c, int depth) {
        const StatusCounts& n = c.counts;
        t.add({std::string(static_cast<std::size_t>(depth) * 2, ' ') + c.clause, c.title,
               std::to_string(n.conforming), std::to_string(n.partial), std::to_string(n.nonconforming),
               std::to_string(n.notAssessed), std::to_string(n.notApplicable),
               c.applicable == 0 ? "-" : percent(c.readiness, 1)});
    };
    for (const auto& top : rep.topClauses) {
        row(top, 0);
        for (const auto& req : list.items)
            if (depthOf(req.clause) == 1 && topClauseOf(req.clause) == top.clause)
                row(rollupClause(list, req.clause), 1);
    }
    std::cout << t.render() << "  (readiness: conforming 1, partial 0.5, others 0, not applicable left out)\n";

    std::vector<ReadinessSnapshot> trend;
    for (const auto& s : plan.snapshots)
        if (s.checklist == list.id)
            trend.push_back(s);
    if (!trend.empty()) {
        std::cout << "\nReadiness trend\n";
        TextTable tt({"DATE", "OVERALL"}, {false, true});
        for (const auto& s : trend)
            tt.add({formatIsoDate(s.date), percent(s.overall, 1)});
        std::cout << tt.render("  ");
    }
}

} // namespace

void registerGap(CLI::App& app)
{
    auto* cmd = app.add_subcommand("gap", "Gap analysis: readiness per clause and overall, with counts per status");
    auto file = std::make_shared<std::string>();
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    cmd->callback([file] {
        const LoadedPlan loaded = loadOrExit(*file);
        const Plan& plan = loaded.plan;
        if (plan.checklists.empty()) {
            std::cout << "The plan has no requirement checklist.\n";
            return;
        }
        for (std::size_t i = 0; i < plan.checklists.size(); ++i) {
            if (i > 0)
                std::cout << "\n";
            printChecklist(plan, plan.checklists[i]);
        }
        const auto ready = readyForReassessment(plan);
        std::cout << "\nReady for re-assessment (corrective tasks complete, new evidence): ";
        if (ready.empty())
            std::cout << "none\n";
        else {
            std::cout << "\n";
            for (const auto& r : ready) {
                std::string tasks;
                for (const auto& t : r.tasks)
                    tasks += (tasks.empty() ? "" : ", ") + t;
                std::cout << "  " << r.clause << " (" << r.requirement << "): " << tasks << "\n";
            }
        }
    });
}

} // namespace certplan::cli
