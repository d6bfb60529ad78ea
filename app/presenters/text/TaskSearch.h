// SPDX-License-Identifier: MIT
#pragma once
// Edit > Find Task and Find Next: the next task, after the current one and
// wrapping round, whose name contains the text. Case, accents and
// compatibility forms are ignored the Unicode way (utf8proc case folding with
// NFKC, combining marks stripped), so "CAFÉ" and "cafe" find "Café" and "ﬁle"
// finds "file" in every locale.

#include "core/Plan.h"

#include <optional>
#include <string>
#include <string_view>

namespace certplan::present {

// Index into plan.tasks of the first match after `after` (-1: search from the
// top), wrapping round to `after` itself last; nullopt when no name contains
// `needle` or `needle` is empty or not UTF-8.
std::optional<int> findTaskByName(const Plan& plan, int after, std::string_view needle);

// True when `haystack` contains `needle` under the same folding; false for an
// empty needle or text that is not UTF-8.
bool textContains(std::string_view haystack, std::string_view needle);

} // namespace certplan::present
