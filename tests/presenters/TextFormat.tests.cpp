// SPDX-License-Identifier: MIT
// present::truncate is spelled out: POSIX ::truncate(path, length) would win otherwise.
#include "presenters/TextFormat.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::present;

TEST_CASE("Truncation ends with an ellipsis and never splits a character", "[presenters][text]")
{
    const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
    CHECK(present::truncate("short", 10) == "short");
    CHECK(present::truncate("exactly", 7) == "exactly");
    CHECK(present::truncate("truncated", 5) == "trun\u2026");
    CHECK(present::truncate("\u00e9\u00e9\u00e9\u00e9", 3) == "\u00e9\u00e9\u2026");
    CHECK(present::truncate("\u65e5\u672c\u8a9e\u6587", 3) == "\u65e5\u2026");
    CHECK(present::truncate("\u65e5\u672c\u8a9e\u6587", 4) == "\u65e5\u2026"); // 日本 + … would be 5
    CHECK(present::truncate("ab" + family + "cd", 4) == "ab\u2026");
    CHECK(present::truncate("ab" + family + "cd", 5) == "ab" + family + "\u2026");
    CHECK(present::truncate("Cafe\u0301s", 5) == "Cafe\u0301s");
    CHECK(present::truncate("Cafe\u0301s!", 5) == "Cafe\u0301\u2026");
    CHECK(present::truncate("abc", 1) == "\u2026");
    CHECK(present::truncate("abc", 0) == "abc"); // zero means no limit
}

TEST_CASE("Numbers, plurals and optional dates", "[presenters][text]")
{
    CHECK(percent(42.4) == "42 %");
    CHECK(percent(42.5, 1) == "42.5 %");
    CHECK(percent(100) == "100 %");
    CHECK(plural(1, "task", "tasks") == "1 task");
    CHECK(plural(0, "task", "tasks") == "0 tasks");
    CHECK(plural(3, "day", "days") == "3 days");
    CHECK(dateOrDash(std::nullopt) == "-");
    CHECK(dateOrDash(Date(2027, 3, 5)) == "2027-03-05");
}

TEST_CASE("Text tables pad columns to the widest cell", "[presenters][text]")
{
    TextTable t({"Task", "Days", "Owner"}, {false, true, false});
    t.add({"Gap analysis", "10", "Ana"});
    t.add({"Caf\u00e9", "5"}); // missing cells are blank
    CHECK(t.render() == "Task          Days  Owner\n"
                        "Gap analysis    10  Ana\n"
                        "Caf\u00e9             5\n");
    CHECK(t.render("  ").rfind("  Task", 0) == 0);

    TextTable list({"", ""});
    list.add({"a", "one"});
    list.add({"bbb", "two"});
    CHECK(list.render() == "a    one\nbbb  two\n");
}

TEST_CASE("Text tables line up wide characters, emoji and combining marks", "[presenters][text]")
{
    TextTable t({"Task", "Days", "Owner"}, {false, true, false});
    t.add({"\u76e3\u67fb\u306e\u6e96\u5099", "3", "Ana"});    // 10 columns
    t.add({"Review \U0001F4CB", "1", "Bo"});                  // 9
    t.add({"Cafe\u0301", "12", "Cy"});                         // 4
    CHECK(t.render() == "Task        Days  Owner\n"
                        "\u76e3\u67fb\u306e\u6e96\u5099     3  Ana\n"
                        "Review \U0001F4CB      1  Bo\n"
                        "Cafe\u0301          12  Cy\n");
}

TEST_CASE("Text tables escape control characters before they measure and cut", "[presenters][text]")
{
    TextTable t({"A", "B"});
    t.limit(0, 6);
    t.add({"x\x1B[2J", "1"});    // ESC shown as \x1B: 4 columns, not 0
    t.add({"tab\there", "2"});   // a tab is shown as one space
    t.add({"\xFF", "3"});        // a stray byte as \xFF
    CHECK(t.render() == "A       B\n"
                        "x\\x1B\u2026  1\n"
                        "tab h\u2026  2\n"
                        "\\xFF    3\n");
}
