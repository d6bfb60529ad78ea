// SPDX-License-Identifier: MIT
#pragma once
// Calendar dates are boost::gregorian::date throughout the model; the GUI converts
// to wxDateTime at its edge. These helpers keep ISO 8601 text handling in one place.

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace certplan {

using Date = boost::gregorian::date;
using OptDate = std::optional<Date>;

// Strict YYYY-MM-DD. On failure returns nullopt and, if asked, says why in words a
// project manager understands ("February 2027 has 28 days"). Years run over
// boost::gregorian's 1400-9999; plan fields take a narrower range
// (limits::parsePlanDate in core/FieldLimits.h).
OptDate parseIsoDate(std::string_view text, std::string* whyNot = nullptr);

// Why text is not a date, in parts, for callers that word the message
// themselves. detail: "months run from 01 to 12", "February 2027 has 28 days",
// "year 1399 is outside the supported range 1400-9999"; empty for Form.
struct DateTextProblem {
    enum class Kind { None, Form, Year, Month, Day };
    Kind kind = Kind::None;
    std::string detail;
};
OptDate parseIsoDate(std::string_view text, DateTextProblem& problem);

std::string formatIsoDate(Date d);
std::string formatIsoDate(const OptDate& d); // empty for nullopt

// Calendar months, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).
// Boost's month iterator "snaps" month ends instead, which certification rules do not want.
// Results past 1400-01-01 .. 9999-12-31 (boost::gregorian's own limits)
// saturate at its ends instead of throwing, so that no derived computation
// throws. Plan fields themselves are limited to 1950-2249 (core/FieldLimits.h).
Date addMonths(Date d, int months);
Date addYears(Date d, int years);
// d + n days, saturated like addMonths.
Date addDays(Date d, long n);

// Where the date arithmetic above saturates (boost::gregorian's limits), not
// the range of plan dates (limits::firstDate/lastDate).
Date minSupportedDate(); // 1400-01-01
Date maxSupportedDate(); // 9999-12-31

} // namespace certplan
