// SPDX-License-Identifier: MIT
#pragma once
// Loading never throws and never half-loads: the result is a complete, checked
// plan (with warnings) or one error with file, line, column and a message a
// project manager can act on.

#include "io/LoadIssue.h"

#include <cstddef>
#include <string>

namespace certplan {

// The largest plan file read (256 MiB; the 10,000-task benchmark plan is a few
// MiB). Larger files are refused before reading.
inline constexpr std::size_t kMaxPlanFileBytes = std::size_t{256} << 20;

// Reads only regular files: a FIFO, a device (/dev/zero), a socket or a folder
// is refused at once with a message, never read or waited on.
LoadResult readPlanFile(const std::string& path);
// displayName is used in messages in place of a path.
LoadResult readPlanText(std::string text, const std::string& displayName);

} // namespace certplan
