// SPDX-License-Identifier: MIT
#include "presenters/DateFormat.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::present;

namespace {

std::string parsedIso(const DateFormat& f, const std::string& text)
{
    std::string why;
    const OptDate d = f.parse(text, &why);
    if (!d)
        FAIL("'" << text << "' refused: " << why);
    return formatIsoDate(*d);
}

std::string whyNot(const DateFormat& f, const std::string& text)
{
    std::string why;
    CHECK_FALSE(f.parse(text, &why).has_value());
    return why;
}

} // namespace

TEST_CASE("Each style formats a date its own way", "[presenters][dates]")
{
    const Date d(2027, 3, 5);
    CHECK(DateFormat().format(d) == "2027-03-05");
    CHECK(DateFormat(DateStyle::DayMonthYear).format(d) == "05/03/2027");
    CHECK(DateFormat(DateStyle::MonthDayYear).format(d) == "03/05/2027");
    CHECK(DateFormat(DateStyle::DayMonthName).format(d) == "5 Mar 2027");
    CHECK(DateFormat(DateStyle::DayMonthName).format(Date(2027, 12, 31)) == "31 Dec 2027");
    CHECK(DateFormat(DateStyle::DayMonthYear).format(OptDate{}).empty());
    CHECK(DateFormat(DateStyle::MonthDayYear).style() == DateStyle::MonthDayYear);
}

TEST_CASE("Parsing accepts the chosen style and always ISO", "[presenters][dates]")
{
    const DateFormat iso;
    const DateFormat dmy(DateStyle::DayMonthYear);
    const DateFormat mdy(DateStyle::MonthDayYear);
    const DateFormat named(DateStyle::DayMonthName);
    for (const DateFormat* f : {&iso, &dmy, &mdy, &named})
        CHECK(parsedIso(*f, "  2027-03-15 ") == "2027-03-15");
    CHECK(parsedIso(dmy, "15/03/2027") == "2027-03-15");
    CHECK(parsedIso(dmy, "1/2/2027") == "2027-02-01");
    CHECK(parsedIso(mdy, "03/15/2027") == "2027-03-15");
    CHECK(parsedIso(mdy, "1/2/2027") == "2027-01-02");
    CHECK(parsedIso(named, "15 Mar 2027") == "2027-03-15");
    CHECK(parsedIso(named, "15 march 2027") == "2027-03-15");
    CHECK(parsedIso(named, "1 DEC 2027") == "2027-12-01");
}

TEST_CASE("Every style parses what it formats", "[presenters][dates]")
{
    for (DateStyle s : DateFormat::allStyles()) {
        const DateFormat f(s);
        for (Date d : {Date(2027, 1, 1), Date(2028, 2, 29), Date(2031, 12, 31)})
            CHECK(f.parse(f.format(d)) == d);
    }
}

TEST_CASE("Unreadable and impossible dates say why", "[presenters][dates]")
{
    const DateFormat dmy(DateStyle::DayMonthYear);
    CHECK(whyNot(dmy, "tomorrow") == "'tomorrow' is not a date; type it like 15/03/2027 or 2027-03-15, from 01/01/1950 to 31/12/2249");
    CHECK(whyNot(DateFormat(DateStyle::DayMonthName), "15 Foo 2027") ==
          "'15 Foo 2027' is not a date; type it like 15 Mar 2027 or 2027-03-15, from 1 Jan 1950 to 31 Dec 2249");
    // Slashes mean nothing in ISO style: which way round would be a guess.
    CHECK(whyNot(DateFormat(), "15/03/2027") == "'15/03/2027' is not a date; type it like 2027-03-15, from 1950-01-01 to 2249-12-31");
    CHECK(whyNot(dmy, "31/02/2027").find("February 2027 has 28 days") != std::string::npos);
    CHECK(whyNot(dmy, "29/02/2027").find("February 2027 has 28 days") != std::string::npos);
    CHECK(parsedIso(dmy, "29/02/2028") == "2028-02-29");
    CHECK(whyNot(DateFormat(DateStyle::MonthDayYear), "13/01/2027").find("'13/01/2027' is not a date: ") == 0);
    // What was typed is quoted, not the ISO text it was turned into.
    CHECK(whyNot(dmy, "30/02/2027") == "'30/02/2027' is not a date: February 2027 has 28 days; type it like "
                                       "15/03/2027 or 2027-03-15, from 01/01/1950 to 31/12/2249");
    CHECK(whyNot(DateFormat(), "2027-02-30") == "'2027-02-30' is not a date: February 2027 has 28 days; type it like "
                                               "2027-03-15, from 1950-01-01 to 2249-12-31");
    CHECK_FALSE(dmy.parse("").has_value());
    // Trailing text is a typo to point out, not something to ignore.
    CHECK(whyNot(dmy, "15/03/2027x") == "'15/03/2027x' is not a date; type it like 15/03/2027 or 2027-03-15, from 01/01/1950 to 31/12/2249");
    CHECK(whyNot(dmy, "15/03/2027/4") == "'15/03/2027/4' is not a date; type it like 15/03/2027 or 2027-03-15, from 01/01/1950 to 31/12/2249");
    CHECK_FALSE(DateFormat(DateStyle::DayMonthName).parse("15 Mar 2027 or so").has_value());
    CHECK_FALSE(DateFormat(DateStyle::MonthDayYear).parse("03/15/2027 10:00").has_value());
}

TEST_CASE("Typed dates outside the supported dates are refused with the range, as the loader does",
          "[presenters][dates][limits]")
{
    const DateFormat dmy(DateStyle::DayMonthYear);
    CHECK(whyNot(dmy, "31/12/1949") == "'31/12/1949' is not a date from 01/01/1950 to 31/12/2249");
    CHECK(whyNot(dmy, "2250-01-01") == "'2250-01-01' is not a date from 01/01/1950 to 31/12/2249");
    CHECK(parsedIso(dmy, "01/01/1950") == "1950-01-01");
    CHECK(parsedIso(dmy, "2249-12-31") == "2249-12-31");
}

TEST_CASE("Style names show an example", "[presenters][dates]")
{
    CHECK(DateFormat::allStyles().size() == 4);
    CHECK(DateFormat::styleName(DateStyle::Iso) == "2027-03-15 (ISO 8601)");
    CHECK(DateFormat::styleName(DateStyle::DayMonthYear) == "15/03/2027 (day/month/year)");
    CHECK(DateFormat::styleName(DateStyle::MonthDayYear) == "03/15/2027 (month/day/year)");
    CHECK(DateFormat::styleName(DateStyle::DayMonthName) == "15 Mar 2027");
}
