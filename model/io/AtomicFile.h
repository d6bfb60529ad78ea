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
Result<Ok, std::string> writeFileAtomically(const std::string& path, std::string_view bytes);

} // namespace certplan
