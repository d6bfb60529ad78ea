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
