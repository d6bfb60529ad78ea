// SPDX-License-Identifier: MIT
#include "util/TextPosition.h"
#include "util/Utf8.h"

#include <algorithm>

namespace certplan {

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    if (offset > text.size())
        offset = text.size();
    TextPosition pos{1, 1};
    // A UTF-8 byte order mark is invisible in editors: it takes no column.
    const std::size_t first = text.starts_with("\xEF\xBB\xBF") ? std::min<std::size_t>(3, offset) : 0;
    for (std::size_t i = first; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\r' || (c == '\n' && (i == 0 || text[i - 1] != '\r'))) {
            ++pos.line;
            pos.column = 1;
        } else if (c == '\n') {
            // the LF of a CR LF: the CR already ended the line
        } else if ((c & 0xC0) != 0x80) { // continuation bytes do not start a new column
            ++pos.column;
        }
    }
    return pos;
}

std::size_t firstInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        const Utf8Char u = decodeUtf8(s, n, i);
        if (!u.ok)
            return i;
        i += u.length;
    }
    return std::string_view::npos;
}

} // namespace certplan
