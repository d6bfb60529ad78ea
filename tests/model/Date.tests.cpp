// SPDX-License-Identifier: MIT
#include "core/Date.h"

#include <catch2/catch.hpp>

using namespace certplan;

namespace {

std::string why(const char* text)
{
    std::string w;
    CHECK_FALSE(parseIsoDate(text, &w).has_value());
    return w;
}

} // namespace

TEST_CASE("ISO dates parse strictly", "[date]")
{
    CHECK(parseIsoDate("2027-03-15") == Date(2027, 3, 15));
    CHECK(parseIsoDate("1400-01-01") == Date(1400, 1, 1));
    CHECK(parseIsoDate("9999-12-31") == Date(9999, 12, 31));
    CHECK(why("2027-3-15") == "'2027-3-15' is not a date in the form YYYY-MM-DD");
    CHECK(why("2027/03/15") == "'2027/03/15' is not a date in the form YYYY-MM-DD");
    CHECK(why("2027-03-1x") == "'2027-03-1x' is not a date in the form YYYY-MM-DD");
    CHECK(why("+027-03-15") == "'+027-03-15' is not a date in the form YYYY-MM-DD");
    CHECK(why(" 2027-03-15") == "' 2027-03-15' is not a date in the form YYYY-MM-DD");
    CHECK(why("") == "'' is not a date in the form YYYY-MM-DD");
    CHECK(why("1399-12-31") == "year 1399 is outside the supported range 1400-9999");
    CHECK(why("2027-13-01") == "'2027-13-01' has month 13; months run from 01 to 12");
    CHECK(why("2027-00-10") == "'2027-00-10' has month 0; months run from 01 to 12");
    CHECK(why("2027-04-31") == "'2027-04-31' is not a valid date: April 2027 has 30 days");
    CHECK(why("2027-01-00") == "'2027-01-00' is not a valid date: January 2027 has 31 days");
    CHECK_FALSE(parseIsoDate("2027-01-32").has_value()); // no message asked for: still refused
}

TEST_CASE("February follows the leap year rules", "[date]")
{
    CHECK(why("2027-02-30") == "'2027-02-30' is not a valid date: February 2027 has 28 days");
    CHECK(why("2027-02-29") == "'2027-02-29' is not a valid date: February 2027 has 28 days");
    CHECK(parseIsoDate("2028-02-29") == Date(2028, 2, 29));
    CHECK(why("2028-02-30") == "'2028-02-30' is not a valid date: February 2028 has 29 days");
    CHECK(parseIsoDate("2000-02-29") == Date(2000, 2, 29)); // divisible by 400
    CHECK(why("2100-02-29") == "'2100-02-29' is not a valid date: February 2100 has 28 days");
}

TEST_CASE("ISO dates format with zero padding", "[date]")
{
    CHECK(formatIsoDate(Date(2027, 3, 5)) == "2027-03-05");
    CHECK(formatIsoDate(OptDate{}).empty());
    CHECK(formatIsoDate(OptDate{Date(2028, 12, 31)}) == "2028-12-31");
    for (const char* text : {"2027-01-01", "2028-02-29", "2031-12-31"})
        CHECK(formatIsoDate(*parseIsoDate(text)) == text);
}

TEST_CASE("Adding months clamps to the end of shorter months", "[date]")
{
    CHECK(addMonths(Date(2027, 1, 31), 1) == Date(2027, 2, 28));
    CHECK(addMonths(Date(2028, 1, 31), 1) == Date(2028, 2, 29));
    CHECK(addMonths(Date(2027, 3, 31), 1) == Date(2027, 4, 30));
    CHECK(addMonths(Date(2027, 2, 28), 1) == Date(2027, 3, 28)); // no snapping to month ends
    CHECK(addMonths(Date(2027, 11, 15), 2) == Date(2028, 1, 15));
    CHECK(addMonths(Date(2027, 1, 15), -1) == Date(2026, 12, 15));
    CHECK(addMonths(Date(2027, 3, 31), -13) == Date(2026, 2, 28));
    CHECK(addMonths(Date(2027, 6, 10), 0) == Date(2027, 6, 10));
    CHECK(addYears(Date(2028, 2, 29), 1) == Date(2029, 2, 28));
    CHECK(addYears(Date(2028, 2, 29), 4) == Date(2032, 2, 29));
    CHECK(addYears(Date(2027, 9, 6), -3) == Date(2024, 9, 6));
}
