// SPDX-License-Identifier: MIT
// What a user types into a dialog's number or date field is read as typed:
// refused with the field and its range, never clamped, rounded or replaced.
#include "presenters/fields/FieldText.h"

#include <catch2/catch.hpp>

using namespace certplan;
using present::readDate;
using present::readWholeNumber;

namespace {

std::string refusal(std::string_view text, const limits::WholeNumber& limit, std::string_view suffix = {})
{
    auto r = readWholeNumber(text, limit, "Duration", suffix);
    REQUIRE_FALSE(r);
    return r.error();
}

} // namespace

TEST_CASE("A whole number field takes exactly what was typed, with blanks, a plus sign or its unit", "[fields]")
{
    CHECK(*readWholeNumber("5", limits::kDuration, "Duration") == 5);
    CHECK(*readWholeNumber("  12\t", limits::kDuration, "Duration") == 12);
    CHECK(*readWholeNumber("+5", limits::kDuration, "Duration") == 5); // as the XSD's xs:integer
    CHECK(*readWholeNumber("007", limits::kDuration, "Duration") == 7);
    CHECK(*readWholeNumber("0", limits::kDuration, "Duration") == 0);
    CHECK(*readWholeNumber("109573", limits::kDuration, "Duration") == 109573);
    CHECK(*readWholeNumber("50 %", limits::kPercentComplete, "% complete", "%") == 50);
    CHECK(*readWholeNumber("5D", limits::kDuration, "Duration", "d") == 5);
    CHECK(*readWholeNumber("-3", limits::kLag, "Lag") == -3);
}

TEST_CASE("A whole number field refuses values beyond its range, naming the range, instead of clamping", "[fields]")
{
    CHECK(refusal("200000", limits::kDuration) ==
          "Duration: '200000' is outside the allowed range; a duration is a whole number of working days from 0 to "
          "109573.");
    CHECK(refusal("109574", limits::kDuration).find("outside the allowed range") != std::string::npos);
    CHECK(refusal("-1", limits::kDuration).find("from 0 to 109573") != std::string::npos);
    CHECK(refusal("0", limits::kCorrectiveDuration).find("from 1 to 109573") != std::string::npos);
    CHECK(refusal("101", limits::kPercentComplete).find("from 0 to 100") != std::string::npos);
    // Far beyond what an int or a long long holds: still a range refusal, not an overflow.
    CHECK(refusal("99999999999999999999999", limits::kDuration).find("outside the allowed range") != std::string::npos);
    CHECK(refusal("2147483648", limits::kDuration).find("outside the allowed range") != std::string::npos);
}

TEST_CASE("A whole number field refuses decimals and other text instead of dropping the separator", "[fields]")
{
    // wxSpinCtrl read "2.5" as 25 and "1e3" as 13.
    CHECK(refusal("2.5", limits::kDuration) ==
          "Duration: '2.5' is not a whole number; a duration is a whole number of working days from 0 to 109573.");
    CHECK(refusal("2,5", limits::kDuration).find("is not a whole number") != std::string::npos);
    CHECK(refusal("50.5", limits::kPercentComplete, "%").find("'50.5' is not a whole number") != std::string::npos);
    CHECK(refusal(".5", limits::kDuration).find("is not a whole number") != std::string::npos);
    CHECK(refusal("1e3", limits::kDuration).find("'1e3' is not a number") != std::string::npos);
    CHECK(refusal("five", limits::kDuration).find("is not a number") != std::string::npos);
    CHECK(refusal("5 5", limits::kDuration).find("is not a number") != std::string::npos);
    CHECK(refusal("+", limits::kDuration).find("is not a number") != std::string::npos);
    CHECK(refusal("\xEF\xBC\x95", limits::kDuration).find("is not a number") != std::string::npos); // fullwidth 5
    CHECK(refusal("", limits::kDuration) ==
          "Duration: no number was typed; a duration is a whole number of working days from 0 to 109573.");
    CHECK(refusal("   ", limits::kDuration).find("no number was typed") != std::string::npos);
    // The unit alone is not a number, and another unit is not this one.
    CHECK(refusal("d", limits::kDuration, "d").find("no number was typed") != std::string::npos);
    CHECK(refusal("5w", limits::kDuration, "d").find("is not a number") != std::string::npos);
}

TEST_CASE("A date field reads the user's format or ISO and refuses impossible or out-of-range dates", "[fields]")
{
    const present::DateFormat iso;
    const present::DateFormat dmy(present::DateStyle::DayMonthYear);
    CHECK(**readDate("2027-03-15", iso, "Deadline", true) == Date(2027, 3, 15));
    CHECK(**readDate(" 15/03/2027 ", dmy, "Deadline", true) == Date(2027, 3, 15));
    CHECK(**readDate("2027-03-15", dmy, "Deadline", true) == Date(2027, 3, 15));
    CHECK(**readDate("1950-01-01", iso, "Deadline", true) == Date(1950, 1, 1));
    CHECK(**readDate("2249-12-31", iso, "Deadline", true) == Date(2249, 12, 31));

    // Empty: no date when optional, refused when required.
    auto none = readDate("  ", iso, "Deadline", true);
    REQUIRE(none);
    CHECK_FALSE(*none);
    auto required = readDate("", dmy, "Raised on", false);
    REQUIRE_FALSE(required);
    CHECK(required.error() == "Raised on: no date was typed; type it like 15/03/2027.");

    // The native picker put back the old date or today for these.
    auto feb30 = readDate("30/02/2027", dmy, "Actual start", true);
    REQUIRE_FALSE(feb30);
    CHECK(feb30.error().rfind("Actual start: ", 0) == 0);
    auto early = readDate("1900-01-01", iso, "Deadline", true);
    REQUIRE_FALSE(early);
    CHECK(early.error() == "Deadline: '1900-01-01' is not a date from 1950-01-01 to 2249-12-31.");
    auto late = readDate("01/01/2250", dmy, "Deadline", true);
    REQUIRE_FALSE(late);
    CHECK(late.error().find("from 01/01/1950 to 31/12/2249") != std::string::npos); // in the format typed
    CHECK_FALSE(readDate("tomorrow", iso, "Deadline", true));
    CHECK_FALSE(readDate("2027-03-15x", iso, "Deadline", true));
}
