// SPDX-License-Identifier: MIT
// certplan-cli new: create a plan from a template.
#include "CliSupport.h"

#include "io/PlanWriter.h"
#include "templating/NewPlan.h"
#include "templating/TemplateCatalog.h"

#include <filesystem>
#include <iostream>

namespace certplan::cli {

namespace {

struct NewArgs {
    std::string templateName;
    std::string output;
    std::string organization = "Your organization";
    std::string title;
    std::string scope;
    std::string body;
    std::string size = "medium";
    OptDate start;
    OptDate target;
    bool force = false;
};

Plan loadTemplateOrExit(const std::string& name)
{
    // A path to a template file works as well as a bundled template's name.
    if (name.find('/') != std::string::npos || std::filesystem::path(name).extension() == ".certplan")
        return loadOrExit(name).plan;
    auto t = loadTemplate(templateSearchPath(exeDir()), name);
    if (!t) {
        std::cerr << "certplan-cli: " << t.error() << '\n';
        throw Exit{kInvalidInput};
    }
    return std::move(t).value();
}

} // namespace

void registerNew(CLI::App& app)
{
    auto* cmd = app.add_subcommand("new", "Create a plan from a template (see 'templates')");
    auto a = std::make_shared<NewArgs>();
    cmd->add_option("-t,--template", a->templateName, "Template name (e.g. iso20000-1:2018) or template file")
        ->required();
    cmd->add_option("-o,--output", a->output, "File to write")->required()->type_name("FILE");
    cmd->add_option("--organization", a->organization, "The organization seeking certification");
    cmd->add_option("--title", a->title, "Plan title (default: '<standard> certification: <organization>')");
    cmd->add_option("--scope", a->scope, "Scope statement of the service management system");
    cmd->add_option("--certification-body", a->body, "Certification body");
    cmd->add_option("--size", a->size, "Organization size: small, medium or large (sets durations)")
        ->check(CLI::IsMember({"small", "medium", "large"}));
    auto* start = addDateOption(*cmd, "--start", a->start, "Plan forward from this start date");
    auto* target = addDateOption(*cmd, "--target", a->target, "Plan backward so stage 2 lands on this date");
    start->excludes(target);
    cmd->add_flag("-f,--force", a->force, "Overwrite FILE if it exists");
    cmd->callback([a] {
        if (!a->force && std::filesystem::exists(a->output)) {
            std::cerr << "certplan-cli: " << a->output << " already exists (use --force to overwrite)\n";
            throw Exit{kUsage};
        }
        NewPlanOptions o;
        o.organization = a->organization;
        o.title = a->title;
        o.scope = a->scope;
        o.certificationBody = a->body;
        o.size = *parseEnum<OrganizationSize>(a->size);
        o.start = a->start;
        o.target = a->target;
        auto plan = instantiateTemplate(loadTemplateOrExit(a->templateName), o);
        if (!plan) {
            std::cerr << "certplan-cli: " << plan.error() << '\n';
            throw Exit{kInvalidInput};
        }
        const Schedule s = scheduleOrExit(*plan, a->output);
        if (plan->info.direction == PlanningDirection::Backward)
            plan->info.start = s.start; // record the start the target requires
        if (auto saved = savePlanFile(*plan, a->output); !saved) {
            std::cerr << "certplan-cli: " << saved.error() << '\n';
            throw Exit{kInvalidInput};
        }
        int tasks = 0;
        for (std::size_t i = 0; i < plan->tasks.size(); ++i)
            tasks += isSummary(plan->tasks, i) ? 0 : 1;
        std::cout << "Created " << a->output << ": " << plan->info.title << "\n  " << tasks << " tasks, "
                  << formatIsoDate(s.start) << " to " << formatIsoDate(s.finish) << " ("
                  << enumKey(*plan->info.size) << " organization)\n";
        if (plan->info.direction == PlanningDirection::Backward) {
            const Task* anchor = plan->findTask(plan->info.targetTask);
            std::cout << "  To reach " << (anchor ? "'" + anchor->name + "'" : std::string("the end of the plan"))
                      << " by " << formatIsoDate(*plan->info.target) << ", start on " << formatIsoDate(s.start)
                      << " at the latest.\n";
        }
        for (const auto& c : s.conflicts)
            std::cout << "  warning: " << c.message << '\n';
    });
}

} // namespace certplan::cli
