// SPDX-License-Identifier: MIT
// certplan-cli format FILE...: rewrite plans in CertPlan's canonical form
// (what a save from the app would write), so hand-edited files diff cleanly.
#include "CliSupport.h"

#include "io/PlanWriter.h"
#include "safety/Backups.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>

namespace certplan::cli {

void registerFormat(CLI::App& app)
{
    auto* cmd = app.add_subcommand("format", "Rewrite plan files in canonical form (as the app saves them)");
    auto files = std::make_shared<std::vector<std::string>>();
    auto check = std::make_shared<bool>(false);
    cmd->add_option("files", *files, "Plan or template files")->required()->type_name("FILE");
    auto force = std::make_shared<bool>(false);
    auto backups = std::make_shared<int>(safety::kDefaultBackupLevels);
    cmd->add_flag("--check", *check, "Change nothing; exit 1 if a file is not in canonical form");
    addRewriteOptions(*cmd, *force, *backups);
    cmd->callback([files, check, force, backups] {
        int differing = 0;
        for (const auto& f : *files) {
            // Held from before the read until after the write, so no other
            // CertPlan rewrites the file in between (--check writes nothing).
            std::optional<RewriteLock> lock;
            if (!*check)
                lock.emplace(lockOrExit(f, *force));
            const LoadedPlan loaded = loadOrExit(f);
            const std::string canonical = writePlanToString(loaded.plan);
            std::ifstream in(f, std::ios::binary);
            const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (bytes == canonical) {
                std::cout << f << ": already canonical\n";
                continue;
            }
            ++differing;
            if (*check) {
                std::cout << f << ": not in canonical form\n";
                continue;
            }
            if (auto saved = safety::writeKeepingBackups(f, canonical, *backups); !saved) {
                std::cerr << "certplan-cli: " << saved.error() << '\n';
                throw Exit{kInvalidInput};
            }
            std::cout << f << ": rewritten\n";
        }
        if (*check && differing > 0)
            throw Exit{kInvalidInput};
    });
}

} // namespace certplan::cli
