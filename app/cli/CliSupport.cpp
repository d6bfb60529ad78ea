// SPDX-License-Identifier: MIT
#include "CliSupport.h"

#include "core/FieldLimits.h"
#include "util/TerminalText.h"

#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace certplan::cli {

std::string exeDir()
{
    std::error_code ec;
    const auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : p.parent_path().string();
}

LoadedPlan loadOrExit(const std::string& path, bool quiet)
{
    auto r = readPlanFile(path);
    if (!r) {
        std::cerr << r.error().format() << '\n';
        throw Exit{kInvalidInput};
    }
    if (!quiet)
        for (const auto& w : r->warnings)
            std::cerr << w.format("warning") << '\n';
    return std::move(r).value();
}

Schedule scheduleOrExit(const Plan& plan, const std::string& path, const ScheduleOptions& options)
{
    auto s = computeSchedule(plan, options);
    if (!s) {
        std::cerr << terminalSafe(path) << ": error: " << terminalSafe(s.error().message) << '\n';
        throw Exit{kInvalidInput};
    }
    return std::move(s).value();
}

RewriteLock lockOrExit(const std::string& path, bool force)
{
    // A missing file: report it as loading would, not as a lock problem.
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        loadOrExit(path, true);
    auto folder = safety::FolderMutex::lock(path);
    if (!folder) {
        std::cerr << "certplan-cli: " << path << ": " << folder.error() << '\n';
        throw Exit{kInvalidInput};
    }
    auto lock = safety::PlanLock::acquire(path, force);
    if (!lock) {
        const safety::LockRefusal& why = lock.error();
        std::cerr << "certplan-cli: " << why.message;
        if (why.kind == safety::LockRefusal::Kind::Held)
            std::cerr << (why.stale ? "; use --force to take the stale lock over"
                                    : "; close the plan there, or use --force to override the lock");
        std::cerr << '\n';
        throw Exit{kInvalidInput};
    }
    if (const auto& previous = lock->tookOverFrom())
        std::cerr << "certplan-cli: " << path << ": took over the lock of " << previous->describe()
                  << (safety::isStale(*previous) ? " (stale)" : "") << '\n';
    return RewriteLock{std::move(folder).value(), std::move(lock).value()};
}

void addRewriteOptions(CLI::App& cmd, bool& force, int& backups)
{
    cmd.add_flag("--force", force, "Rewrite even if the file is locked by another CertPlan (or the lock is stale)");
    cmd.add_option("--backups", backups, "Previous versions to keep as FILE.1.bak ... FILE.N.bak (default 1; 0: none)")
        ->type_name("N")
        ->check(CLI::Range(safety::kBackupLevels.min, safety::kBackupLevels.max));
}

CLI::Option* addDateOption(CLI::App& app, const std::string& name, OptDate& target, const std::string& help)
{
    return app.add_option_function<std::string>(
                  name,
                  [&target, name](const std::string& text) {
                      // The range of every plan date (core/FieldLimits.h), as in the file.
                      std::string why;
                      target = limits::parsePlanDate(text, &why);
                      if (!target)
                          throw CLI::ValidationError(name, "'" + text + "': " + why);
                  },
                  help)
        ->type_name("YYYY-MM-DD");
}

} // namespace certplan::cli
