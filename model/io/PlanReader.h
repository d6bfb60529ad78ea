// SPDX-License-Identifier: MIT
#pragma once
// Loading never throws and never half-loads: the result is a complete, checked
// plan (with warnings) or one error with file, line, column and a message a
// project manager can act on.

#include "io/LoadIssue.h"

#include <string>

namespace certplan {

LoadResult readPlanFile(const std::string& path);
// displayName is used in messages in place of a path.
LoadResult readPlanText(std::string text, const std::string& displayName);

} // namespace certplan
