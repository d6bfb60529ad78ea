// SPDX-License-Identifier: MIT
#include "util/TextPosition.h"

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
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

} // namespace certplan
