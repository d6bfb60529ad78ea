// SPDX-License-Identifier: MIT
#include "CliSupport.h"

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
        std::cerr << path << ": error: " << s.error().message << '\n';
        throw Exit{kInvalidInput};
    }
    return std::move(s).value();
}

CLI::Option* addDateOption(CLI::App& app, const std::string& name, OptDate& target, const std::string& help)
{
    return app.add_option_function<std::string>(
                  name,
                  [&target, name](const std::string& text) {
                      std::string why;
                      target = parseIsoDate(text, &why);
                      if (!target)
                          throw CLI::ValidationError(name, why);
                  },
                  help)
        ->type_name("YYYY-MM-DD");
}

} // namespace certplan::cli
