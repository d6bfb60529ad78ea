// SPDX-License-Identifier: MIT
// certplan-cli show FILE: a readable summary of a plan.
#include "CliSupport.h"

#include "presenters/TextFormat.h"
#include "report/PlanSummary.h"
#include "util/TerminalText.h"

#include <iostream>

namespace certplan::cli {

namespace {

using namespace present;

// Every string from the plan goes through this before it is printed.
std::string safe(std::string_view s)
{
    return terminalSafe(s);
}

void printHeader(const Plan& plan, const Schedule& s, const PlanSummary& sum)
{
    const PlanInfo& i = plan.info;
    TextTable t({"", ""});
    t.add({"Organization:", i.organization.empty() ? "-" : safe(i.organization)});
    std::string standard = i.standard.empty() ? "-" : safe(i.standard);
    if (!i.edition.empty())
        standard += ":" + safe(i.edition);
    t.add({"Standard:", standard});
    if (!i.certificationBody.empty())
        t.add({"Certification body:", safe(i.certificationBody)});
    if (i.size)
        t.add({"Organization size:", std::string(enumKey(*i.size))});
    std::string planning = i.direction == PlanningDirection::Backward && i.target
                               ? "backward from target " + formatIsoDate(*i.target)
                               : "forward from " + formatIsoDate(i.start);
    t.add({"Schedule:", formatIsoDate(s.start) + " to " + formatIsoDate(s.finish) + " (" + planning + ")"});
    if (s.laterCycleTasks > 0 && s.projectFinishTask >= 0)
        t.add({"Project finish:", formatIsoDate(s.projectFinish) + " (" +
                                      safe(plan.tasks[static_cast<std::size_t>(s.projectFinishTask)].name) +
                                      "); later cycles' audits to " + formatIsoDate(s.finish)});
    if (s.statusDate)
        t.add({"Status date:", formatIsoDate(*s.statusDate)});
    t.add({"Progress:", percent(sum.percentComplete) + " complete; " + plural(sum.taskCount, "task", "tasks") + " (" +
                            plural(sum.milestoneCount, "milestone", "milestones") + "), " +
                            std::to_string(s.criticalCount) + " critical"});
    const std::string title = safe(i.title);
    std::cout << title << "\n" << std::string(displayWidth(title), '=') << "\n" << t.render();
    if (!i.scope.empty())
        std::cout << "Scope: " << terminalSafe(i.scope, true) << "\n";
}

void printPhases(const PlanSummary& sum)
{
    std::cout << "\nPhases\n";
    TextTable t({"#", "PHASE", "TASKS", "START", "FINISH", "DONE"}, {true, false, true, false, false, true});
    int n = 0;
    for (const auto& p : sum.phases)
        t.add({std::to_string(++n), safe(p.name) + (p.critical ? " *" : ""), std::to_string(p.leafTasks),
               formatIsoDate(p.start), formatIsoDate(p.finish), percent(p.percentComplete)});
    std::cout << t.render("  ") << "  (* contains critical tasks)\n";
}

void printMilestones(const PlanSummary& sum)
{
    std::cout << "\nMilestones\n";
    TextTable t({"DATE", "MILESTONE", "STATE"});
    for (const auto& m : sum.milestones)
        t.add({formatIsoDate(m.date), safe(m.name), m.done ? "done" : (m.critical ? "critical" : "")});
    std::cout << t.render("  ");
}

void printResources(const PlanSummary& sum)
{
    std::cout << "\nResources\n";
    if (sum.resources.empty()) {
        std::cout << "  (none)\n";
        return;
    }
    TextTable t({"ID", "NAME", "KIND", "ROLE", "TASKS"}, {false, false, false, false, true});
    for (const auto& r : sum.resources)
        t.add({safe(r.id), safe(r.name), std::string(enumKey(r.kind)), safe(r.role), std::to_string(r.assignedTasks)});
    std::cout << t.render("  ");
}

void printChecklists(const Plan& plan, const PlanSummary& sum)
{
    for (std::size_t k = 0; k < sum.checklists.size(); ++k) {
        const ReadinessReport& r = sum.checklists[k];
        const Checklist& c = plan.checklists[k];
        std::cout << "\nChecklist: " << safe(c.title.empty() ? c.standard : c.title) << "\n";
        std::cout << "  " << r.counts.assessed() << " of " << r.counts.total() << " requirements assessed; readiness "
                  << percent(r.overall, 1) << "\n";
        std::cout << "  conforming " << r.counts.conforming << ", partially conforming " << r.counts.partial
                  << ", nonconforming " << r.counts.nonconforming << ", not assessed " << r.counts.notAssessed
                  << ", not applicable " << r.counts.notApplicable << "\n";
        TextTable t({"CLAUSE", "TITLE", "ITEMS", "READINESS"}, {false, false, true, true});
        for (const auto& cl : r.topClauses)
            t.add({safe(cl.clause), safe(cl.title), std::to_string(cl.counts.total()), percent(cl.readiness, 1)});
        std::cout << t.render("  ");
    }
}

} // namespace

void registerShow(CLI::App& app)
{
    auto* cmd = app.add_subcommand("show", "Print a summary: organization, standard, phases, milestones, resources, checklist progress");
    auto file = std::make_shared<std::string>();
    auto status = std::make_shared<OptDate>();
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    addDateOption(*cmd, "--status-date", *status, "Report progress as of this date (default: the plan's status date)");
    cmd->callback([file, status] {
        const LoadedPlan loaded = loadOrExit(*file);
        ScheduleOptions opt;
        opt.statusDate = *status;
        const Schedule s = scheduleOrExit(loaded.plan, *file, opt);
        const PlanSummary sum = summarizePlan(loaded.plan, s);
        printHeader(loaded.plan, s, sum);
        printPhases(sum);
        printMilestones(sum);
        printResources(sum);
        printChecklists(loaded.plan, sum);
        if (!s.conflicts.empty()) {
            std::cout << "\nSchedule conflicts\n";
            for (const auto& c : s.conflicts)
                std::cout << "  - " << safe(c.message) << "\n";
        }
    });
}

} // namespace certplan::cli
