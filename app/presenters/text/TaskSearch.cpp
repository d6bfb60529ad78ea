// SPDX-License-Identifier: MIT
#include "presenters/text/TaskSearch.h"

#include <utf8proc.h>

#include <cstdlib>

namespace certplan::present {

namespace {

// Folded text, or nullopt for bytes that are not UTF-8.
std::optional<std::string> folded(std::string_view text)
{
    utf8proc_uint8_t* out = nullptr;
    const auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                static_cast<utf8proc_ssize_t>(text.size()), &out,
                                static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                               UTF8PROC_IGNORE | UTF8PROC_STRIPMARK));
    if (n < 0)
        return std::nullopt;
    std::string result(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
    std::free(out);
    return result;
}

} // namespace

bool textContains(std::string_view haystack, std::string_view needle)
{
    const auto want = folded(needle);
    const auto text = folded(haystack);
    return want && text && !want->empty() && text->find(*want) != std::string::npos;
}

std::optional<int> findTaskByName(const Plan& plan, int after, std::string_view needle)
{
    const auto want = folded(needle);
    if (!want || want->empty() || plan.tasks.empty())
        return std::nullopt;
    const int count = static_cast<int>(plan.tasks.size());
    const int start = after < 0 || after >= count ? 0 : after + 1;
    for (int k = 0; k < count; ++k) {
        const int i = (start + k) % count;
        if (const auto name = folded(plan.tasks[static_cast<std::size_t>(i)].name); name && name->find(*want) != std::string::npos)
            return i;
    }
    return std::nullopt;
}

} // namespace certplan::present
