// SPDX-License-Identifier: MIT
#pragma once
// Decoding one UTF-8 sequence: the one definition of "valid UTF-8" shared by
// the reader's check, the writer's cleaning and the terminal escaping.

#include <cstddef>

namespace certplan {

struct Utf8Char {
    unsigned codePoint = 0;
    std::size_t length = 1; // bytes the sequence takes; 1 when not ok
    bool ok = false;
};

// The sequence starting at bytes[i] (i < n). Not ok: a byte that cannot start
// a sequence, a sequence cut off by the end or a bad continuation byte, an
// overlong form, a surrogate (U+D800..U+DFFF) or a value past U+10FFFF.
inline Utf8Char decodeUtf8(const unsigned char* bytes, std::size_t n, std::size_t i)
{
    const unsigned char c = bytes[i];
    if (c < 0x80)
        return {c, 1, true};
    std::size_t len = 0;
    unsigned cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; min = 0x10000; }
    else return {};
    if (i + len > n)
        return {};
    for (std::size_t k = 1; k < len; ++k) {
        if ((bytes[i + k] & 0xC0) != 0x80)
            return {};
        cp = (cp << 6) | (bytes[i + k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return {};
    return {cp, len, true};
}

} // namespace certplan
