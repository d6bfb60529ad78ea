// SPDX-License-Identifier: MIT
#pragma once
// Bundled plan templates are ordinary plan files with a <template> element.
// They are found in a list of folders: $CERTPLAN_TEMPLATE_DIR, the installed
// share/certplan/templates next to the program, then the source tree.

#include "core/Plan.h"
#include "util/Result.h"

#include <string>
#include <vector>

namespace certplan {

struct TemplateEntry {
    std::string id; // "iso20000-1:2018"
    std::string title;
    std::string description;
    std::string path;
};

// Folders to search, most specific first. exeDir is the folder of the running
// program ("" if unknown).
std::vector<std::string> templateSearchPath(const std::string& exeDir);

// Templates found in the folders; the first folder wins when ids repeat.
// Files that fail to load are reported in problems, not silently skipped.
std::vector<TemplateEntry> listTemplates(const std::vector<std::string>& folders,
                                         std::vector<std::string>* problems = nullptr);

Result<Plan, std::string> loadTemplate(const std::vector<std::string>& folders, const std::string& id);

} // namespace certplan
