// SPDX-License-Identifier: MIT
// certplan-cli schedule FILE [--status-date D] [--csv]: the computed schedule,
// as a table for people or as CSV for other tools.
#include "CliSupport.h"

#include "core/TaskTree.h"
#include "progress/Progress.h"
#include "presenters/TextFormat.h"
#include "util/TerminalText.h"

#include <iostream>

namespace certplan::cli {

namespace {

using namespace present;

// RFC 4180: quote a field holding a separator, a quote or a line break.
std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

void printCsv(const Plan& plan, const Schedule& s)
{
    const TaskTree tree(plan.tasks);
    const PlanProgress progress(plan, tree);
    std::cout << "id,name,start,finish,duration_days,total_float_days,free_float_days,critical,"
                 "wbs,level,summary,milestone,complete,percent_complete,early_start,early_finish,late_start,"
                 "late_finish\n";
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& t = plan.tasks[i];
        const TaskTimes& tt = s.tasks[i];
        auto flag = [](bool b) { return b ? "1" : "0"; };
        std::cout << csvField(t.id) << ',' << csvField(t.name) << ',' << formatIsoDate(tt.start) << ','
                  << formatIsoDate(tt.finish) << ',' << tt.durationDays << ',' << tt.totalFloat << ','
                  << tt.freeFloat << ',' << flag(tt.critical) << ',' << tree.wbs(static_cast<int>(i)) << ','
                  << t.level << ',' << flag(tt.summary) << ',' << flag(tt.milestone) << ',' << flag(tt.complete)
                  << ',' << progress.percent(static_cast<int>(i)) << ',' << formatIsoDate(tt.earlyStart) << ','
                  << formatIsoDate(tt.earlyFinish) << ',' << formatIsoDate(tt.lateStart) << ','
                  << formatIsoDate(tt.lateFinish) << '\n';
    }
}

std::string taskLabel(const Plan& plan, int i)
{
    const Task& t = plan.tasks[static_cast<std::size_t>(i)];
    return terminalSafe(t.id + " (" + t.name + ")");
}

void printHuman(const Plan& plan, const Schedule& s)
{
    const TaskTree tree(plan.tasks);
    std::cout << terminalSafe(plan.info.title) << "\n";
    std::cout << "Schedule: " << formatIsoDate(s.start) << " to " << formatIsoDate(s.finish);
    if (s.statusDate)
        std::cout << " (status date " << formatIsoDate(*s.statusDate) << ")";
    std::cout << "\n";
    // The app's dashboard and status bar show this finish; float runs to it.
    if (s.laterCycleTasks > 0 && s.projectFinishTask >= 0)
        std::cout << "Certification project to " << formatIsoDate(s.projectFinish) << ", "
                  << taskLabel(plan, s.projectFinishTask)
                  << ": float and the critical path are measured to it; the audits of later cycles ("
                  << plural(s.laterCycleTasks, "task", "tasks") << ") run to " << formatIsoDate(s.finish) << "\n";
    std::cout << "\n";
    TextTable table({"WBS", "ID", "TASK", "START", "FINISH", "DAYS", "FLOAT", "FREE", "CRIT"},
                    {false, false, false, false, false, true, true, true, false});
    table.limit(2, 60);
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& t = plan.tasks[i];
        const TaskTimes& tt = s.tasks[i];
        std::string name = std::string(2 * static_cast<std::size_t>(std::max(0, t.level)), ' ') + t.name;
        if (tt.milestone)
            name += " \u25c6";
        std::string mark = tt.critical ? "*" : "";
        if (tt.complete)
            mark = "done";
        table.add({tree.wbs(static_cast<int>(i)), t.id, name, formatIsoDate(tt.start),
                   formatIsoDate(tt.finish), std::to_string(tt.durationDays), std::to_string(tt.totalFloat),
                   std::to_string(tt.freeFloat), mark});
    }
    std::cout << table.render() << "(* critical: no float; DAYS and FLOAT in working days)\n";

    std::cout << "\nCritical path" << (s.criticalPaths.size() == 1 ? "" : "s") << "\n";
    if (s.criticalPaths.empty())
        std::cout << "  (none)\n";
    for (std::size_t k = 0; k < s.criticalPaths.size(); ++k) {
        std::cout << "  " << k + 1 << ". ";
        const auto& path = s.criticalPaths[k];
        for (std::size_t j = 0; j < path.size(); ++j)
            std::cout << (j == 0 ? "" : " -> ") << taskLabel(plan, path[j]);
        std::cout << "\n";
    }

    std::cout << "\nConflicts\n";
    if (s.conflicts.empty())
        std::cout << "  (none)\n";
    for (const auto& c : s.conflicts)
        std::cout << "  - " << terminalSafe(c.message) << "\n";
}

} // namespace

void registerSchedule(CLI::App& app)
{
    auto* cmd = app.add_subcommand("schedule", "Print the schedule: dates, float, critical path(s) and conflicts");
    auto file = std::make_shared<std::string>();
    auto status = std::make_shared<OptDate>();
    auto csv = std::make_shared<bool>(false);
    cmd->add_option("file", *file, "Plan file")->required()->type_name("FILE");
    addDateOption(*cmd, "--status-date", *status, "Schedule remaining work from this date (default: the plan's)");
    cmd->add_flag("--csv", *csv, "CSV with a header line, one row per task");
    // MS Project's reading at day granularity (schedule/Instants.h): a milestone
    // sits at the start or at the end of a day.
    cmd->footer("Dates (table and CSV): a task's first and last working day. A milestone tied to a task's\n"
                "start is dated on that task's first day; one after a task's finish, on that task's last day.\n"
                "So a summary that opens with a milestone after a finish starts on that predecessor's last\n"
                "day, before its own first working day (as in MS Project).");
    cmd->callback([file, status, csv] {
        const LoadedPlan loaded = loadOrExit(*file, *csv);
        ScheduleOptions opt;
        opt.statusDate = *status;
        const Schedule s = scheduleOrExit(loaded.plan, *file, opt);
        if (*csv)
            printCsv(loaded.plan, s);
        else
            printHuman(loaded.plan, s);
    });
}

} // namespace certplan::cli
