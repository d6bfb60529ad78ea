// SPDX-License-Identifier: MIT
// The New Plan wizard's holiday lines: read in full or refused with the line.
#include "presenters/HolidayLines.h"

#include <catch2/catch.hpp>

using certplan::formatIsoDate;
using certplan::present::parseHolidayLines;

TEST_CASE("Holiday lines: dates, ranges, names and blank lines", "[presenters][holidays]")
{
    const auto r = parseHolidayLines("2027-12-25 Christmas Day\n\n  2027-12-24..2027-12-31   Shutdown  \n2028-01-01\n");
    REQUIRE(r);
    REQUIRE(r->size() == 3);
    CHECK(formatIsoDate((*r)[0].from) == "2027-12-25");
    CHECK((*r)[0].name == "Christmas Day");
    CHECK(formatIsoDate((*r)[1].to) == "2027-12-31");
    CHECK((*r)[1].name == "Shutdown");
    CHECK((*r)[2].name.empty());
    CHECK(!(*r)[2].working);
}

TEST_CASE("Holiday lines that cannot be read are refused with their line, never dropped", "[presenters][holidays]")
{
    auto error = [](const std::string& text) {
        const auto r = parseHolidayLines(text);
        REQUIRE(!r);
        return r.error();
    };
    CHECK(error("2027-12-25 ok\n2250-01-01 Future") ==
          "line 2 ('2250-01-01 Future'): a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31");
    CHECK(error("1949-12-25 Old").find("from 1950-01-01 to 2249-12-31") != std::string::npos);
    CHECK(error("2027-02-30 Bad day").find("February 2027 has 28 days") != std::string::npos);
    CHECK(error("2027-12-31..2027-12-24 Reversed") == "line 1 ('2027-12-31..2027-12-24 Reversed'): the range ends before it starts");
    CHECK(error("garbage line").rfind("line 1 ('garbage line'): ", 0) == 0);
    CHECK(error("2027-12-24..2250-01-01").find("2249-12-31") != std::string::npos);
}

TEST_CASE("Holiday lines in the user's date format: dates, ranges, names with non-ASCII, read back as written",
          "[presenters][holidays]")
{
    using certplan::present::DateFormat;
    using certplan::present::DateStyle;
    const DateFormat dmy(DateStyle::DayMonthYear);
    const auto r = parseHolidayLines("24/12/2027..31/12/2027 Betriebsferien \u00fcber Weihnachten\n2028-01-06 Heilige Drei K\u00f6nige\n",
                                     dmy);
    REQUIRE(r);
    REQUIRE(r->size() == 2);
    CHECK(formatIsoDate((*r)[0].from) == "2027-12-24");
    CHECK(formatIsoDate((*r)[0].to) == "2027-12-31");
    CHECK((*r)[0].name == "Betriebsferien \u00fcber Weihnachten");
    CHECK(formatIsoDate((*r)[1].from) == "2028-01-06"); // ISO is always read
    CHECK(certplan::present::formatHolidayLine((*r)[0], dmy) == "24/12/2027..31/12/2027 Betriebsferien \u00fcber Weihnachten");

    // Dates with blanks in them ("15 Mar 2027") still leave the name apart.
    const DateFormat named(DateStyle::DayMonthName);
    const auto n = parseHolidayLines("15 Mar 2027 Audit day\n1 Apr 2027..3 Apr 2027 Ostern", named);
    REQUIRE(n);
    REQUIRE(n->size() == 2);
    CHECK(formatIsoDate((*n)[0].from) == "2027-03-15");
    CHECK((*n)[0].name == "Audit day");
    CHECK(formatIsoDate((*n)[1].to) == "2027-04-03");
    CHECK((*n)[1].name == "Ostern");
    for (const auto& e : *n) {
        const auto back = parseHolidayLines(certplan::present::formatHolidayLine(e, named), named);
        REQUIRE(back);
        CHECK(back->front() == e);
    }
}

TEST_CASE("Holiday lines in the user's date format that cannot be read name the line and the expected form",
          "[presenters][holidays]")
{
    using certplan::present::DateFormat;
    using certplan::present::DateStyle;
    const DateFormat dmy(DateStyle::DayMonthYear);
    auto error = [&](const std::string& text) {
        const auto r = parseHolidayLines(text, dmy);
        REQUIRE(!r);
        return r.error();
    };
    CHECK(error("24/12/2027 ok\nnext friday Party") ==
          "line 2 ('next friday Party'): 'next' is not a date; type it like 15/03/2027 or 2027-03-15, from 01/01/1950 to "
          "31/12/2249; write one per line: a date (15/03/2027) or a range (15/03/2027..17/03/2027), then a name");
    CHECK(error("30/02/2027 Bad").find("February 2027 has 28 days") != std::string::npos);
    CHECK(error("31/12/2027..24/12/2027 Reversed").rfind("line 1 ('31/12/2027..24/12/2027 Reversed'): the range ends before it starts; ", 0) == 0);
    CHECK(error("01/01/2250 Future").find("from 01/01/1950 to 31/12/2249") != std::string::npos);
}
