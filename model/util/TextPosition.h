// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string_view>

namespace certplan {

// 1-based line and column, as editors show them. Column counts UTF-8 code points.
// Line ends are LF, CR LF and a lone CR (XML 1.0 section 2.11).
struct TextPosition {
    int line = 0;
    int column = 0;
    bool known() const { return line > 0; }
    bool operator==(const TextPosition&) const = default;
};

TextPosition positionOf(std::string_view text, std::size_t offset);

// Offset of the first byte that breaks UTF-8, or npos when the text is valid UTF-8.
std::size_t firstInvalidUtf8(std::string_view text);

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
constexpr bool isXmlChar(unsigned long cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) ||
           (cp >= 0x10000 && cp <= 0x10FFFF);
}

} // namespace certplan
