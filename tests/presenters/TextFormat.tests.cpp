// SPDX-License-Identifier: MIT
// present::truncate is spelled out: POSIX ::truncate(path, length) would win otherwise.
#include "presenters/TextFormat.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::present;

TEST_CASE("Widths count code points, not bytes", "[presenters][text]")
{
    CHECK(displayWidth("") == 0);
    CHECK(displayWidth("abc") == 3);
    CHECK(displayWidth("Caf\u00e9") == 4);
    CHECK(displayWidth("\u65e5\u672c") == 2);
    CHECK(padRight("Caf\u00e9", 6) == "Caf\u00e9  ");
    CHECK(padLeft("7", 3) == "  7");
    CHECK(padLeft("long", 2) == "long");
    CHECK(padRight("long", 2) == "long");
}

TEST_CASE("Truncation ends with an ellipsis and never splits a character", "[presenters][text]")
{
    CHECK(present::truncate("short", 10) == "short");
    CHECK(present::truncate("exactly", 7) == "exactly");
    CHECK(present::truncate("truncated", 5) == "trun\u2026");
    CHECK(present::truncate("\u00e9\u00e9\u00e9\u00e9", 3) == "\u00e9\u00e9\u2026");
    CHECK(displayWidth(present::truncate("\u65e5\u672c\u8a9e\u6587", 3)) == 3);
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
