// SPDX-License-Identifier: MIT
#pragma once
#include "util/Result.h"

#include <string>
#include <string_view>

namespace certplan {

// Writes a temporary file next to path, flushes it to disk, then renames it over
// path. If anything fails the previous file is untouched and the temporary file
// is removed. An existing file's permissions are kept. The error says what failed
// in words ("cannot create a temporary file in /x: Permission denied").
//
// A symbolic link is followed, even a dangling one: its target is written (and
// created), the link stays. The temporary file is named
// NAME.PID@HOST.XXXXXX.tmp (temporaryPrefix); a process killed while saving
// leaves it behind, so every successful save removes the temporaries of the
// same NAME written on this host by processes that no longer run. Those of a
// live process, of other hosts and of other plans are never touched.
Result<Ok, std::string> writeFileAtomically(const std::string& path, std::string_view bytes);

// "NAME.PID@HOST." for the file name NAME (no folder): how temporaries of a
// save of NAME by process pid on host begin.
std::string temporaryPrefix(const std::string& fileName, long pid, const std::string& host);

} // namespace certplan
