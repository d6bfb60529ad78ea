// SPDX-License-Identifier: MIT
#include "util/TextPosition.h"

#include <catch2/catch.hpp>

using namespace certplan;

TEST_CASE("Positions are 1-based lines and code-point columns", "[textpos]")
{
    const std::string text = "ab\ncd\n\nef";
    CHECK(positionOf(text, 0) == TextPosition{1, 1});
    CHECK(positionOf(text, 1) == TextPosition{1, 2});
    CHECK(positionOf(text, 2) == TextPosition{1, 3}); // the newline itself
    CHECK(positionOf(text, 3) == TextPosition{2, 1});
    CHECK(positionOf(text, 7) == TextPosition{4, 1});
    CHECK(positionOf(text, 999) == TextPosition{4, 3}); // clamped to the end
    CHECK(positionOf("", 0) == TextPosition{1, 1});

    // "é" is two bytes but one column; "日" three bytes, one column.
    const std::string utf8 = "\u00e9\u65e5x";
    CHECK(positionOf(utf8, 2) == TextPosition{1, 2});
    CHECK(positionOf(utf8, 5) == TextPosition{1, 3});
    // A byte order mark takes no column.
    const std::string bom = "\xEF\xBB\xBF" "ab";
    CHECK(positionOf(bom, 3) == TextPosition{1, 1});
    CHECK(positionOf(bom, 4) == TextPosition{1, 2});
    CHECK(positionOf(bom, 1) == TextPosition{1, 1});

    CHECK_FALSE(TextPosition{}.known());
    CHECK(TextPosition{3, 1}.known());
}

TEST_CASE("The first byte that breaks UTF-8 is found", "[textpos]")
{
    constexpr auto npos = std::string_view::npos;
    CHECK(firstInvalidUtf8("") == npos);
    CHECK(firstInvalidUtf8("plain ascii") == npos);
    CHECK(firstInvalidUtf8("Caf\u00e9 \u65e5\u672c \U0001F600") == npos);
    CHECK(firstInvalidUtf8("ab\x80") == 2);               // stray continuation byte
    CHECK(firstInvalidUtf8("ab\xC3") == 2);               // cut short at the end
    CHECK(firstInvalidUtf8("a\xC3(b") == 1);              // continuation missing
    CHECK(firstInvalidUtf8("\xC0\xAF") == 0);             // overlong '/'
    CHECK(firstInvalidUtf8("x\xE0\x80\xAF") == 1);        // overlong three-byte form
    CHECK(firstInvalidUtf8("\xED\xA0\x80") == 0);         // UTF-16 surrogate
    CHECK(firstInvalidUtf8("ok\xF4\x90\x80\x80") == 2);   // past U+10FFFF
    CHECK(firstInvalidUtf8("\xF8\x88\x80\x80\x80") == 0); // five-byte form
    CHECK(firstInvalidUtf8("latin-1 \xE9t\xE9") == 8);
}
