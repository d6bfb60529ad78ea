// SPDX-License-Identifier: MIT
#include "presenters/text/DisplayWidth.h"

#include "util/Utf8.h"

#include <utf8proc.h>

namespace certplan::present {

namespace {

constexpr unsigned kVariationSelector16 = 0xFE0F;

// Regional indicators are Emoji_Presentation (a pair is a flag) but East Asian
// Width Neutral, so utf8proc's table says 1; terminals draw them 2 wide.
bool isRegionalIndicator(unsigned cp)
{
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

std::size_t codePointWidth(unsigned cp)
{
    if (isRegionalIndicator(cp))
        return 2;
    const int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    return w > 0 ? static_cast<std::size_t>(w) : 0;
}

// Marks that take a column of their own after their base letter: spacing
// combining marks (Devanagari vowel signs such as U+093F) and the Thai and
// Lao AM vowels (letters by category, spacing marks in a cluster). Terminals
// (wcwidth) give each one column, so the cluster is wider than its base.
bool isSpacingMark(unsigned cp)
{
    return cp == 0x0E33 || cp == 0x0EB3 ||
           utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_MC;
}

struct Cluster {
    std::size_t bytes;
    std::size_t width;
};

// The grapheme cluster starting at bytes[i] (i < n).
Cluster clusterAt(const unsigned char* bytes, std::size_t n, std::size_t i)
{
    const Utf8Char first = decodeUtf8(bytes, n, i);
    if (!first.ok)
        return {1, 1};
    // Most text is ASCII followed by ASCII: one byte, no table look-up. (CR LF
    // is one cluster, so '\r' takes the general path.)
    if (first.codePoint < 0x80 && first.codePoint != '\r' && (i + 1 == n || bytes[i + 1] < 0x80))
        return {1, first.codePoint >= 0x20 && first.codePoint != 0x7F ? 1u : 0u};
    std::size_t end = i + first.length;
    std::size_t width = codePointWidth(first.codePoint);
    bool emojiSelector = false;
    utf8proc_int32_t state = 0;
    auto previous = static_cast<utf8proc_int32_t>(first.codePoint);
    while (end < n) {
        const Utf8Char next = decodeUtf8(bytes, n, end);
        const auto cp = static_cast<utf8proc_int32_t>(next.codePoint);
        if (!next.ok || utf8proc_grapheme_break_stateful(previous, cp, &state))
            break;
        if (next.codePoint == kVariationSelector16)
            emojiSelector = true;
        else if (width == 0)
            width = codePointWidth(next.codePoint);
        else if (isSpacingMark(next.codePoint))
            ++width;
        previous = cp;
        end += next.length;
    }
    if (emojiSelector && width > 0)
        width = 2;
    return {end - i, width};
}

} // namespace

std::size_t displayWidth(std::string_view utf8)
{
    const auto* b = reinterpret_cast<const unsigned char*>(utf8.data());
    std::size_t width = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const Cluster c = clusterAt(b, utf8.size(), i);
        width += c.width;
        i += c.bytes;
    }
    return width;
}

std::size_t fittingPrefix(std::string_view utf8, std::size_t columns, std::size_t* width)
{
    const auto* b = reinterpret_cast<const unsigned char*>(utf8.data());
    std::size_t used = 0, i = 0;
    while (i < utf8.size()) {
        const Cluster c = clusterAt(b, utf8.size(), i);
        if (used + c.width > columns)
            break;
        used += c.width;
        i += c.bytes;
    }
    if (width)
        *width = used;
    return i;
}

std::string padToWidth(std::string_view text, std::size_t columns, Align align)
{
    const std::size_t width = displayWidth(text);
    if (width >= columns)
        return std::string(text);
    const std::string spaces(columns - width, ' ');
    return align == Align::Left ? std::string(text) + spaces : spaces + std::string(text);
}

} // namespace certplan::present
