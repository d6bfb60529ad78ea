// SPDX-License-Identifier: MIT
// certplan-cli baseline FILE --save NAME | --compare NAME: keep a named
// snapshot of the schedule in the file, or report each task's variance
// against one in working days.
#include "CliSupport.h"

#include "commands/BaselineCommands.h"
#include "core/TaskTree.h"
#include "io/PlanWriter.h"
#include "safety/Backups.h"
#include "presenters/TextFormat.h"
#include "schedule/BaselineVariance.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <iostream>
#include <optional>

namespace certplan::cli {

namespace {

using namespace present;

// Counted as `show` and the app's status bar count them: summaries are not tasks of their own.
int leafTasks(const Plan& plan)
{
    int n = 0;
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        n += isSummary(plan.tasks, i) ? 0 : 1;
    return n;
}

std::string signedDays(int n) { return n > 0 ? "+" + std::to_string(n) : std::to_string(n); }

void save(LoadedPlan& loaded, const Schedule& s, const std::string& file, const std::string& name, int backups)
{
    // Dated by the status date when there is one, so the file does not depend on when the command ran.
    const Date saved = s.statusDate ? *s.statusDate : boost::gregorian::day_clock::local_day();
    const bool replacing = std::any_of(loaded.plan.baselines.begin(), loaded.plan.baselines.end(),
                                       [&](const Baseline& b) { return b.name == name; });
    saveBaseline(loaded.plan, s, name, saved)->apply(loaded.plan);
    if (auto ok = safety::savePlanKeepingBackups(loaded.plan, file, backups); !ok) {
        std::cerr << "certplan-cli: " << ok.error() << '\n';
        throw Exit{kInvalidInput};
    }
    std::cout << file << ": baseline '" << name << "' " << (replacing ? "replaced" : "saved") << " ("
              << plural(leafTasks(loaded.plan), "task", "tasks") << ", "
              << formatIsoDate(s.start) << " to " << formatIsoDate(s.finish) << ")\n";
}

void compare(const Plan& plan, const Schedule& s, const std::string& file, const std::string& name)
{
    auto v = baselineVariance(plan, s, name);
    if (!v) {
        std::cerr << file << ": error: " << v.error() << '\n';
        throw Exit{kInvalidInput};
    }
    const TaskTree tree(plan.tasks);
    std::cout << "Variance against baseline '" << name << "' (working days; + is later)\n";
    TextTable t({"WBS", "ID", "TASK", "BASE START", "START", "VAR", "BASE FINISH", "FINISH", "VAR"},
                {false, false, false, false, false, true, false, false, true});
    t.limit(2, 50);
    int late = 0;
    for (const TaskVariance& tv : *v) {
        const Task& task = plan.tasks[static_cast<std::size_t>(tv.task)];
        const TaskTimes& tt = s.tasks[static_cast<std::size_t>(tv.task)];
        if (!tv.inBaseline) {
            t.add({tree.wbs(tv.task), task.id, task.name, "(new)", formatIsoDate(tt.start), "",
                   "(new)", formatIsoDate(tt.finish), ""});
            continue;
        }
        late += tv.finishVariance > 0 ? 1 : 0;
        t.add({tree.wbs(tv.task), task.id, task.name, formatIsoDate(tv.baselineStart),
               formatIsoDate(tt.start), signedDays(tv.startVariance), formatIsoDate(tv.baselineFinish),
               formatIsoDate(tt.finish), signedDays(tv.finishVariance)});
    }
    std::cout << t.render() << plural(late, "task finishes", "tasks finish") << " later than in the baseline\n";
}

} // namespace

void registerBaseline(CLI::App& app)
{
    auto* cmd = app.add_subcommand("baseline", "Save a named baseline into the plan file, or compare with one");
    auto file = std::make_shared<std::string>();
    auto saveName = std::make_shared<std::string>();
    auto compareName = std::make_shared<std::string>();
    auto status = std::make_shared<OptDate>();
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    // Exactly one action; the option group keeps the positional FILE out of the count.
    auto* action = cmd->add_option_group("action", "What to do with the baseline");
    auto* saveOpt = action->add_option("--save", *saveName, "Save the current schedule as this baseline (replaces one of the same name)")
                        ->type_name("NAME");
    action->add_option("--compare", *compareName, "Print each task's variance against this baseline")->type_name("NAME");
    action->require_option(1);
    addDateOption(*cmd, "--status-date", *status, "Schedule remaining work from this date (default: the plan's)");
    auto force = std::make_shared<bool>(false);
    auto backups = std::make_shared<int>(safety::kDefaultBackupLevels);
    addRewriteOptions(*cmd, *force, *backups);
    cmd->callback([=] {
        // --save holds the lock from before the read until after the write:
        // two runs at once either both land or one is refused, never lost.
        std::optional<RewriteLock> lock;
        if (saveOpt->count() > 0)
            lock.emplace(lockOrExit(*file, *force));
        LoadedPlan loaded = loadOrExit(*file);
        ScheduleOptions opt;
        opt.statusDate = *status;
        const Schedule s = scheduleOrExit(loaded.plan, *file, opt);
        if (saveOpt->count() > 0)
            save(loaded, s, *file, *saveName, *backups);
        else
            compare(loaded.plan, s, *file, *compareName);
    });
}

} // namespace certplan::cli
