// SPDX-License-Identifier: MIT
#pragma once
// How many terminal columns text takes, so that plain-text tables line up
// whatever the script. Locale-independent: the widths come from utf8proc's
// Unicode tables (East Asian Width, grapheme cluster breaks, UAX #11/#29), not
// from wcwidth, which answers -1 for everything non-ASCII under LANG=C.
//
// The unit is the grapheme cluster (what a reader sees as one character: a
// base with its combining marks, an emoji ZWJ sequence, a flag). A cluster
// takes the width of its first code point that has one: 2 for East Asian
// wide and fullwidth characters and for emoji shown as emoji (Emoji_Presentation,
// or any base followed by U+FE0F VARIATION SELECTOR-16, or a regional-indicator
// flag), 0 for combining marks, joiners and other zero-width code points, 1
// otherwise. East Asian Ambiguous characters (…, ◆) count 1, as in non-CJK
// terminals. Bytes that are not UTF-8 (model/util/Utf8.h decides) count 1 each,
// as a terminal shows one U+FFFD per byte; control characters count 0: callers
// escape them first (util/TerminalText.h), as TextTable does.

#include <cstddef>
#include <string>
#include <string_view>

namespace certplan::present {

// Terminal columns of utf8 (see above); 0 for "".
std::size_t displayWidth(std::string_view utf8);

// Bytes of the longest prefix of utf8 made of whole grapheme clusters that
// fits in `columns`; its width goes to *width when given. Never cuts a cluster.
std::size_t fittingPrefix(std::string_view utf8, std::size_t columns, std::size_t* width = nullptr);

enum class Align { Left, Right };

// text padded with spaces to `columns` terminal columns, on the right (Left)
// or on the left (Right); text already that wide or wider comes back as is.
// The one padding function of the plain-text tables.
std::string padToWidth(std::string_view text, std::size_t columns, Align align);

} // namespace certplan::present
