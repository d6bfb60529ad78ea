// SPDX-License-Identifier: MIT
// certplan-cli resources FILE [--level]: load per resource, over-allocations,
// and (with --level) what resource levelling would delay and why. Levelling is
// shown, never written: the file is not changed.
#include "CliSupport.h"

#include "presenters/TextFormat.h"
#include "resources/Levelling.h"

#include <iostream>

namespace certplan::cli {

namespace {

using namespace present;

std::string personDays(int unitDays)
{
    // Load is in percent-days; show person-days with one decimal when needed.
    const int tenths = (unitDays + 5) / 10;
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        s += "." + std::to_string(tenths % 10);
    return s;
}

void printLoad(const Plan& plan, const ResourceLoadReport& load)
{
    std::cout << "Resource load\n";
    if (plan.resources.empty()) {
        std::cout << "  (no resources)\n";
        return;
    }
    TextTable t({"ID", "NAME", "MAX", "TASKS", "WORK (PERSON-DAYS)", "PEAK", "FIRST DAY", "LAST DAY"},
                {false, false, true, true, true, true, false, false});
    for (const ResourceUsage& u : load.resources) {
        const Resource& r = plan.resources[static_cast<std::size_t>(u.resource)];
        t.add({r.id, r.name, std::to_string(r.maxUnits) + "%", std::to_string(u.assignedTasks),
               personDays(u.workUnitDays), std::to_string(u.peakLoad) + "%",
               u.days.empty() ? "-" : formatIsoDate(u.days.front().date),
               u.days.empty() ? "-" : formatIsoDate(u.days.back().date)});
    }
    std::cout << t.render("  ");
}

void printOverAllocations(const std::vector<OverAllocation>& list, const char* title)
{
    std::cout << "\n" << title << "\n";
    if (list.empty())
        std::cout << "  (none)\n";
    for (const auto& o : list)
        std::cout << "  - " << o.message << "\n";
}

void printLevelling(const Plan& plan, const LevellingResult& r)
{
    std::cout << "\nLevelling (not saved)\n";
    if (r.delays.empty())
        std::cout << "  no task needs to move\n";
    for (const auto& d : r.delays) {
        const Task& t = plan.tasks[static_cast<std::size_t>(d.task)];
        std::cout << "  - " << t.id << " (" << t.name << "): " << formatIsoDate(d.originalStart) << " -> "
                  << formatIsoDate(d.levelledStart) << "; " << d.reason << "\n";
    }
    std::cout << "  plan finish: " << formatIsoDate(r.schedule.finish);
    if (r.finishDelayDays > 0)
        std::cout << " (" << plural(r.finishDelayDays, "working day", "working days") << " later)";
    std::cout << "\n";
    printOverAllocations(r.remaining, "Over-allocations levelling cannot remove");
}

} // namespace

void registerResources(CLI::App& app)
{
    auto* cmd = app.add_subcommand("resources", "Print each resource's load and over-allocations (--level: levelling)");
    auto file = std::make_shared<std::string>();
    auto status = std::make_shared<OptDate>();
    auto level = std::make_shared<bool>(false);
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    addDateOption(*cmd, "--status-date", *status, "Schedule remaining work from this date (default: the plan's)");
    cmd->add_flag("--level", *level, "Also show which tasks levelling would delay, and why (the file is not changed)");
    cmd->callback([file, status, level] {
        const LoadedPlan loaded = loadOrExit(*file);
        ScheduleOptions opt;
        opt.statusDate = *status;
        const Schedule s = scheduleOrExit(loaded.plan, *file, opt);
        const ResourceLoadReport load = computeResourceLoad(loaded.plan, s);
        printLoad(loaded.plan, load);
        printOverAllocations(load.overAllocations, "Over-allocations");
        if (!*level)
            return;
        auto levelled = levelResources(loaded.plan, opt);
        if (!levelled) {
            std::cerr << *file << ": error: " << levelled.error().message << '\n';
            throw Exit{kInvalidInput};
        }
        printLevelling(loaded.plan, *levelled);
    });
}

} // namespace certplan::cli
