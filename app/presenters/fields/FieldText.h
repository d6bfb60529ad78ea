// SPDX-License-Identifier: MIT
#pragma once
// What a user typed into a number or date field of a dialog, read the same way
// in every dialog and checked against the same limits as the loader
// (core/FieldLimits.h). Nothing is clamped or rounded: a value outside its range,
// a decimal where a whole number belongs, or a date that does not exist is
// refused with a sentence naming the field and the allowed values, and the
// dialog keeps the text so the user can correct it.

#include "core/Date.h"
#include "core/FieldLimits.h"
#include "presenters/DateFormat.h"
#include "util/Result.h"

#include <string>
#include <string_view>

namespace certplan::present {

// A whole number between limit.min and limit.max. Blanks around the number and
// a leading '+' are accepted (as the XSD's xs:integer does); `suffix` (e.g. "%"
// or "d") may follow the digits. Errors, each naming `field` and ending with
// limit.sentence():
//   empty text, a decimal ("2.5", "2,5"), an exponent ("1e3"), letters,
//   a value outside the range ("200000" for a duration).
Result<int, std::string> readWholeNumber(std::string_view text, const limits::WholeNumber& limit,
                                         std::string_view field, std::string_view suffix = {});

// A date typed in the user's date format or as ISO YYYY-MM-DD, from 1950-01-01
// to 2249-12-31. Empty text is no date (std::nullopt) when `optional`, else an
// error. Errors name `field` and say how to type a date ("'31/02/2027' is not a
// date; ...") or the range.
Result<OptDate, std::string> readDate(std::string_view text, const DateFormat& format, std::string_view field,
                                      bool optional);

} // namespace certplan::present
