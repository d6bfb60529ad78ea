// SPDX-License-Identifier: MIT
// certplan-cli templates: the bundled plan templates.
#include "CliSupport.h"

#include "presenters/TextFormat.h"
#include "templating/TemplateCatalog.h"

#include <iostream>

namespace certplan::cli {

void registerTemplates(CLI::App& app)
{
    auto* cmd = app.add_subcommand("templates", "List the plan templates that 'new --template' accepts");
    auto verbose = std::make_shared<bool>(false);
    cmd->add_flag("-v,--verbose", *verbose, "Also show descriptions and file paths");
    cmd->callback([verbose] {
        std::vector<std::string> problems;
        const auto list = listTemplates(templateSearchPath(exeDir()), &problems);
        for (const auto& p : problems)
            std::cerr << p << '\n';
        if (list.empty()) {
            std::cerr << "certplan-cli: no templates found (searched:";
            for (const auto& d : templateSearchPath(exeDir()))
                std::cerr << ' ' << d;
            std::cerr << ")\n";
            throw Exit{kInvalidInput};
        }
        present::TextTable table({"NAME", "TITLE"});
        for (const auto& t : list)
            table.add({t.id, t.title});
        std::cout << table.render();
        if (*verbose)
            for (const auto& t : list)
                std::cout << "\n" << t.id << "  (" << t.path << ")\n  " << t.description << '\n';
    });
}

} // namespace certplan::cli
