// SPDX-License-Identifier: MIT
// Terminal columns of text, as the CLI's tables pad by them.
#include "presenters/text/DisplayWidth.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace certplan::present;

namespace {

// Code points spelled out so the source shows what each test holds.
const std::string kFamily = "\U0001F468\u200D\U0001F469\u200D\U0001F467"; // man ZWJ woman ZWJ girl
const std::string kFlagDe = "\U0001F1E9\U0001F1EA";                        // regional indicators D E
const std::string kHeartEmoji = "\u2764\uFE0F";                            // heavy black heart + VS16
const std::string kThumbDark = "\U0001F44D\U0001F3FD";                      // thumbs up + skin tone

} // namespace

TEST_CASE("Display width of ASCII and of the empty string", "[presenters][text][width]")
{
    CHECK(displayWidth("") == 0);
    CHECK(displayWidth("abc") == 3);
    CHECK(displayWidth("Gap analysis (4.1)") == 18);
}

TEST_CASE("East Asian wide and fullwidth characters take two columns", "[presenters][text][width]")
{
    CHECK(displayWidth("\u76e3\u67fb\u306e\u6e96\u5099") == 10); // 監査の準備
    CHECK(displayWidth("\uff21\uff22") == 4);                      // fullwidth A B
    CHECK(displayWidth("\uac10\uc0ac") == 4);                      // Hangul syllables
    CHECK(displayWidth("\u1100\u1161\u11a8") == 2);                // the same as conjoining jamo: one syllable
    CHECK(displayWidth("Caf\u00e9 \u65e5") == 7);
}

TEST_CASE("Emoji take two columns, sequences count once", "[presenters][text][width]")
{
    CHECK(displayWidth("Review \U0001F4CB") == 9);
    CHECK(displayWidth(kFamily) == 2);
    CHECK(displayWidth(kFamily + "!") == 3);
    CHECK(displayWidth(kFlagDe) == 2);
    CHECK(displayWidth(kFlagDe + "\U0001F1EB\U0001F1F7") == 4); // two flags, not one run of four letters
    CHECK(displayWidth(kThumbDark) == 2);
}

TEST_CASE("VS16 makes a text-style symbol an emoji two columns wide", "[presenters][text][width]")
{
    CHECK(displayWidth("\u2764") == 1);
    CHECK(displayWidth(kHeartEmoji) == 2);
    CHECK(displayWidth("1\uFE0F\u20E3") == 2); // keycap one
    CHECK(displayWidth(kHeartEmoji + "\u200D\U0001F525") == 2); // heart on fire: ZWJ after VS16
}

TEST_CASE("Combining marks take no column of their own", "[presenters][text][width]")
{
    CHECK(displayWidth("Cafe\u0301") == 4);
    CHECK(displayWidth("e\u0301\u0302\u0323") == 1);
}

TEST_CASE("Bytes that are not UTF-8 count one column each", "[presenters][text][width]")
{
    CHECK(displayWidth("a\xFF" "b") == 3);
    CHECK(displayWidth("\xE6\x97") == 2);          // 日 cut short
    CHECK(displayWidth("\xC0\xAF") == 2);          // overlong '/'
    CHECK(displayWidth("\xED\xA0\x80") == 3);      // a surrogate
    CHECK(displayWidth("e\xCC") == 2);             // a combining mark cut short does not join the e
}

TEST_CASE("The fitting prefix keeps whole clusters within the columns", "[presenters][text][width]")
{
    std::size_t w = 99;
    CHECK(fittingPrefix(kFamily + "x", 1, &w) == 0);
    CHECK(w == 0);
    CHECK(fittingPrefix("a" + kFamily, 2, &w) == 1);
    CHECK(w == 1);
    CHECK(fittingPrefix("a" + kFamily, 3, &w) == 1 + kFamily.size());
    CHECK(w == 3);
    CHECK(fittingPrefix("Cafe\u0301!", 4) == 6); // the accent stays with its e
    CHECK(fittingPrefix("\u76e3\u67fb", 3, &w) == 3);
    CHECK(w == 2);
    CHECK(fittingPrefix("", 5, &w) == 0);
    CHECK(w == 0);
}

TEST_CASE("Padding is by display width, on either side", "[presenters][text][width]")
{
    CHECK(padToWidth("\u76e3\u67fb", 6, Align::Left) == "\u76e3\u67fb  ");
    CHECK(padToWidth("\u76e3\u67fb", 6, Align::Right) == "  \u76e3\u67fb");
    CHECK(padToWidth("Cafe\u0301", 6, Align::Left) == "Cafe\u0301  ");
    CHECK(padToWidth(kFamily, 3, Align::Left) == kFamily + " ");
    CHECK(padToWidth("7", 3, Align::Right) == "  7");
    CHECK(padToWidth("long", 2, Align::Left) == "long");
    CHECK(padToWidth("long", 2, Align::Right) == "long");
    CHECK(padToWidth("", 2, Align::Left) == "  ");
}

TEST_CASE("Cutting at any width keeps clusters whole and never exceeds the width", "[presenters][text][width]")
{
    const std::vector<std::string> samples = {
        "\u76e3\u67fb\u306e\u6e96\u5099", "Review \U0001F4CB now", kFamily + kFamily + "ab", kFlagDe + kFlagDe + kFlagDe,
        "Cafe\u0301 cre\u0300me", kHeartEmoji + "x" + kHeartEmoji, "a\xFF\xFE" "b"};
    for (const auto& s : samples)
        for (std::size_t columns = 0; columns <= displayWidth(s) + 1; ++columns) {
            std::size_t w = 0;
            const std::size_t bytes = fittingPrefix(s, columns, &w);
            INFO(s << " in " << columns << " columns");
            CHECK(w <= columns);
            CHECK(displayWidth(s.substr(0, bytes)) == w);
            // Cut between clusters: the two halves add up to the whole.
            CHECK(w + displayWidth(s.substr(bytes)) == displayWidth(s));
            // And nothing more would have fitted.
            CHECK(fittingPrefix(s.substr(bytes), columns - w) == 0);
        }
}

TEST_CASE("Spacing marks take their own column, as terminals draw them: Thai and Devanagari", "[text][width]")
{
    using certplan::present::displayWidth;
    CHECK(displayWidth("\u0E01\u0E33") == 2);             // Thai KO KAI + SARA AM
    CHECK(displayWidth("\u0E19\u0E49\u0E33") == 2);       // NO NU + MAI THO (non-spacing) + SARA AM
    CHECK(displayWidth("\u0915\u093F") == 2);             // Devanagari KA + vowel sign I (spacing)
    CHECK(displayWidth("\u0915\u0940") == 2);             // KA + vowel sign II
    CHECK(displayWidth("\u0915\u094D") == 1);             // KA + virama (non-spacing)
    CHECK(displayWidth("\u0E20\u0E32\u0E29\u0E32") == 4); // Thai "language": four spacing letters
}
