// SPDX-License-Identifier: MIT
#include "templating/TemplateCatalog.h"

#include "io/FileFormat.h"
#include "io/PlanReader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

namespace certplan {

namespace fs = std::filesystem;

std::vector<std::string> templateSearchPath(const std::string& exeDir)
{
    std::vector<std::string> out;
    if (const char* env = std::getenv("CERTPLAN_TEMPLATE_DIR"); env && *env)
        out.emplace_back(env);
    if (!exeDir.empty())
        out.push_back((fs::path(exeDir) / ".." / "share" / "certplan" / "templates").lexically_normal().string());
    out.emplace_back(CERTPLAN_INSTALL_TEMPLATE_DIR);
    out.emplace_back(CERTPLAN_SOURCE_TEMPLATE_DIR);
    return out;
}

std::vector<TemplateEntry> listTemplates(const std::vector<std::string>& folders, std::vector<std::string>* problems)
{
    std::vector<TemplateEntry> out;
    std::set<std::string> seen;
    for (const auto& folder : folders) {
        std::error_code ec;
        if (!fs::is_directory(folder, ec))
            continue;
        std::vector<fs::path> files;
        for (const auto& e : fs::directory_iterator(folder, ec))
            if (e.is_regular_file() && e.path().extension() == fileformat::kExtension)
                files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) {
            auto loaded = readPlanFile(f.string());
            if (!loaded) {
                if (problems)
                    problems->push_back(loaded.error().format());
                continue;
            }
            const auto& info = loaded->plan.templateInfo;
            if (!info || !seen.insert(info->id).second)
                continue;
            out.push_back({info->id, info->title, info->description, f.string()});
        }
    }
    return out;
}

Result<Plan, std::string> loadTemplate(const std::vector<std::string>& folders, const std::string& id)
{
    std::vector<std::string> problems;
    const auto entries = listTemplates(folders, &problems);
    for (const auto& e : entries) {
        if (e.id != id)
            continue;
        auto loaded = readPlanFile(e.path);
        if (!loaded)
            return unexpected(loaded.error().format());
        return std::move(loaded->plan);
    }
    std::string msg = "no template named '" + id + "'";
    if (!entries.empty()) {
        msg += " (available:";
        for (const auto& e : entries)
            msg += " " + e.id;
        msg += ")";
    }
    for (const auto& p : problems)
        msg += "\n  " + p;
    return unexpected(std::move(msg));
}

} // namespace certplan
