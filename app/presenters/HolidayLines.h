// SPDX-License-Identifier: MIT
#pragma once
// The New Plan wizard's holiday box: one holiday or shutdown per line, a date
// (YYYY-MM-DD) or a range (YYYY-MM-DD..YYYY-MM-DD), then an optional name.
// Every line is read or refused: nothing is dropped without a word, and dates
// follow the plan file's rule (core/FieldLimits.h), so what the wizard accepts
// the file can hold.

#include "core/Calendar.h"
#include "presenters/DateFormat.h"
#include "util/Result.h"

#include <string>
#include <vector>

namespace certplan::present {

// Blank lines are skipped. Errors: "line N ('text'): why", for the first bad
// line (a date that is not a date or outside 1950-01-01..2249-12-31, a range
// that ends before it starts).
Result<std::vector<CalendarException>, std::string> parseHolidayLines(const std::string& text);

// Project > Change Working Time's box: the same lines, with dates typed in the
// user's date format (DateFormat::parse, so ISO is always read too), e.g.
// "24/12/2027..31/12/2027 Shutdown" or "15 Mar 2027 Audit day". Errors:
// "line N ('text'): why; write one per line: a date (15/03/2027) or a range
// (15/03/2027..17/03/2027), then a name".
Result<std::vector<CalendarException>, std::string> parseHolidayLines(const std::string& text,
                                                                      const DateFormat& dates);
// The form parseHolidayLines(text, dates) reads back: "24/12/2027..31/12/2027 Shutdown".
std::string formatHolidayLine(const CalendarException& e, const DateFormat& dates);

} // namespace certplan::present
