// SPDX-License-Identifier: MIT
#include "core/Date.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <array>
#include <charconv>

namespace certplan {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames{
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"};

bool parseDigits(std::string_view s, int& out)
{
    for (char c : s)
        if (c < '0' || c > '9')
            return false;
    return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc{};
}

} // namespace

OptDate parseIsoDate(std::string_view text, DateTextProblem& problem)
{
    using Kind = DateTextProblem::Kind;
    auto fail = [&](Kind kind, std::string detail) -> OptDate {
        problem = {kind, std::move(detail)};
        return std::nullopt;
    };
    problem = {};
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !parseDigits(text.substr(0, 4), y) ||
        !parseDigits(text.substr(5, 2), m) || !parseDigits(text.substr(8, 2), d))
        return fail(Kind::Form, {});
    if (y < 1400 || y > 9999)
        return fail(Kind::Year, "year " + std::to_string(y) + " is outside the supported range 1400-9999");
    if (m < 1 || m > 12)
        return fail(Kind::Month, "months run from 01 to 12");
    const int last = boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(y), static_cast<unsigned short>(m));
    if (d < 1 || d > last)
        return fail(Kind::Day, std::string(kMonthNames[m - 1]) + " " + std::to_string(y) + " has " +
                                   std::to_string(last) + " days");
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

OptDate parseIsoDate(std::string_view text, std::string* whyNot)
{
    using Kind = DateTextProblem::Kind;
    DateTextProblem problem;
    OptDate date = parseIsoDate(text, problem);
    if (!date && whyNot) {
        const std::string quoted = "'" + std::string(text) + "'";
        switch (problem.kind) {
        case Kind::Form: *whyNot = quoted + " is not a date in the form YYYY-MM-DD"; break;
        case Kind::Year: *whyNot = problem.detail; break;
        case Kind::Month:
            *whyNot = quoted + " has month " + std::to_string((text[5] - '0') * 10 + (text[6] - '0')) + "; " +
                      problem.detail;
            break;
        case Kind::Day:
        case Kind::None: *whyNot = quoted + " is not a valid date: " + problem.detail; break;
        }
    }
    return date;
}

std::string formatIsoDate(Date d)
{
    return boost::gregorian::to_iso_extended_string(d);
}

std::string formatIsoDate(const OptDate& d)
{
    return d ? formatIsoDate(*d) : std::string();
}

Date minSupportedDate()
{
    return Date(1400, 1, 1);
}

Date maxSupportedDate()
{
    return Date(9999, 12, 31);
}

Date addMonths(Date d, int months)
{
    if (d.is_special())
        return d;
    const long long total = static_cast<long long>(d.year()) * 12 + (static_cast<int>(d.month()) - 1) + months;
    if (total < 1400LL * 12)
        return minSupportedDate();
    if (total > 9999LL * 12 + 11)
        return maxSupportedDate();
    const auto y = static_cast<unsigned short>(total / 12);
    const auto m = static_cast<unsigned short>(total % 12 + 1);
    const unsigned short last = boost::gregorian::gregorian_calendar::end_of_month_day(y, m);
    const unsigned short day = d.day() > last ? last : static_cast<unsigned short>(d.day());
    return Date(y, m, day);
}

Date addYears(Date d, int years)
{
    const long long months = static_cast<long long>(years) * 12;
    return addMonths(d, static_cast<int>(std::clamp<long long>(months, -200000, 200000)));
}

Date addDays(Date d, long n)
{
    if (d.is_special())
        return d;
    const long long day = static_cast<long long>(d.day_number()) + n;
    if (day < static_cast<long long>(minSupportedDate().day_number()))
        return minSupportedDate();
    if (day > static_cast<long long>(maxSupportedDate().day_number()))
        return maxSupportedDate();
    return d + boost::gregorian::days(n);
}

} // namespace certplan
