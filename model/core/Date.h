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
// project manager understands ("February 2027 has 28 days").
OptDate parseIsoDate(std::string_view text, std::string* whyNot = nullptr);

std::string formatIsoDate(Date d);
std::string formatIsoDate(const OptDate& d); // empty for nullopt

// Calendar months, clamped to the end of a shorter month (Jan 31 + 1 month = Feb 28/29).
// Boost's month iterator "snaps" month ends instead, which certification rules do not want.
// Results past the supported range (1400-01-01 .. 9999-12-31, boost::gregorian's
// own limits) saturate at its ends instead of throwing: every date the loader
// accepts must survive every derived computation.
Date addMonths(Date d, int months);
Date addYears(Date d, int years);
// d + n days, saturated like addMonths.
Date addDays(Date d, long n);

Date minSupportedDate(); // 1400-01-01
Date maxSupportedDate(); // 9999-12-31

} // namespace certplan
