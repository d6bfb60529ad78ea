// SPDX-License-Identifier: MIT
// certplan-cli validate FILE...: load and check each plan; one line per file.
#include "CliSupport.h"
#include "util/TerminalText.h"

#include <iostream>

namespace certplan::cli {

void registerValidate(CLI::App& app)
{
    auto* cmd = app.add_subcommand("validate", "Check plan files: prints 'FILE: ok' or 'FILE:LINE:COL: error: MESSAGE'");
    auto files = std::make_shared<std::vector<std::string>>();
    auto quiet = std::make_shared<bool>(false);
    cmd->add_option("files", *files, "Plan or template files")->required()->type_name("FILE");
    cmd->add_flag("-q,--quiet", *quiet, "Do not print warnings");
    cmd->callback([files, quiet] {
        int failed = 0;
        for (const auto& f : *files) {
            auto r = readPlanFile(f);
            if (!r) {
                std::cerr << r.error().format() << '\n';
                ++failed;
                continue;
            }
            if (!*quiet)
                for (const auto& w : r->warnings)
                    std::cerr << w.format("warning") << '\n';
            auto s = computeSchedule(r->plan);
            if (!s) {
                std::cerr << terminalSafe(f) << ": error: " << terminalSafe(s.error().message) << '\n';
                ++failed;
                continue;
            }
            std::cout << f << ": ok\n";
        }
        if (failed > 0)
            throw Exit{kInvalidInput};
    });
}

} // namespace certplan::cli
