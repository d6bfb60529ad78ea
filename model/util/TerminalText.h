// SPDX-License-Identifier: MIT
#pragma once
// Text from a plan file is the user's, not ours: before it reaches a terminal,
// control characters (which could move the cursor, clear the screen or change
// the window title) and bytes that are not UTF-8 are shown escaped instead:
// C0 controls and DEL as \x01, C1 controls and bidirectional overrides as
// U+0085, stray bytes as \xE9. Header-only so the CLI and the model share it.

#include "util/Utf8.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace certplan {

// keepNewlines: '\n' passes through (multi-line text such as a scope); '\t' always does.
inline std::string terminalSafe(std::string_view s, bool keepNewlines = false)
{
    std::string out;
    out.reserve(s.size());
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    char buf[16];
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && !(keepNewlines && c == '\n')) || c == 0x7F) {
                std::snprintf(buf, sizeof buf, "\\x%02X", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        const Utf8Char u = decodeUtf8(b, n, i);
        const unsigned cp = u.codePoint;
        const std::size_t len = u.length;
        if (!u.ok) {
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
            ++i;
            continue;
        }
        const bool hidden = (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
                            (cp >= 0x2066 && cp <= 0x2069);
        if (hidden) {
            std::snprintf(buf, sizeof buf, "U+%04X", cp);
            out += buf;
        } else {
            out.append(s.substr(i, len));
        }
        i += len;
    }
    return out;
}

} // namespace certplan
