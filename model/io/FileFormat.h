// SPDX-License-Identifier: MIT
#pragma once

namespace certplan::fileformat {

inline constexpr const char* kNamespace = "urn:certplan:plan";
inline constexpr const char* kRoot = "plan";
// Bumped when a file written by this version cannot be read correctly by an older one.
inline constexpr int kVersion = 1;
inline constexpr const char* kExtension = ".certplan";

} // namespace certplan::fileformat
