// SPDX-License-Identifier: MIT
#pragma once
#include "io/PlanReader.h"
#include "safety/Backups.h"
#include "safety/FolderMutex.h"
#include "safety/PlanLock.h"
#include "schedule/Scheduler.h"

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <optional>
#include <string>

namespace certplan::cli {

// Exit codes promised in --help.
enum ExitCode { kOk = 0, kInvalidInput = 1, kUsage = 2 };

// Thrown by a command to end with a code after it has printed its message.
struct Exit {
    int code;
};

std::string exeDir();

// Loads a plan; on failure prints "FILE:LINE:COL: error: MESSAGE" to stderr and
// throws Exit{kInvalidInput}. Warnings go to stderr unless quiet.
LoadedPlan loadOrExit(const std::string& path, bool quiet = false);
Schedule scheduleOrExit(const Plan& plan, const std::string& path, const ScheduleOptions& options = {});

// Takes the plan's lock for a read-modify-write (see safety/PlanLock.h). A
// lock held by someone else is refused: "certplan-cli: FILE is locked by dana
// on host ws12 (process 4242) since 2026-11-29 15:02; ..." on stderr and
// Exit{kInvalidInput}. force takes it over (a note names whose lock it was).
// The folder's writers take turns first (safety::FolderMutex, waited for up
// to 10 s), so even forced runs never interleave; members go in reverse order:
// the plan's lock is released (or handed back) before the folder is free.
struct RewriteLock {
    safety::FolderMutex folder;
    safety::PlanLock plan;
};
RewriteLock lockOrExit(const std::string& path, bool force);

// Adds --force (take over a plan's lock) and --backups N (previous versions
// kept as FILE.1.bak ... FILE.N.bak; default 1, 0 keeps none) to a command
// that rewrites files.
void addRewriteOptions(CLI::App& cmd, bool& force, int& backups);

// Adds a validator that turns "YYYY-MM-DD" into a date with a clear message.
CLI::Option* addDateOption(CLI::App& app, const std::string& name, OptDate& target, const std::string& help);

// Each command registers itself as a subcommand.
void registerValidate(CLI::App& app);
void registerShow(CLI::App& app);
void registerNew(CLI::App& app);
void registerTemplates(CLI::App& app);
void registerFormat(CLI::App& app);
void registerGap(CLI::App& app);
void registerAudits(CLI::App& app);
void registerAuditTime(CLI::App& app);
void registerNcs(CLI::App& app);
void registerSchedule(CLI::App& app);
void registerResources(CLI::App& app);
void registerBaseline(CLI::App& app);
void registerDocuments(CLI::App& app);

} // namespace certplan::cli
