// SPDX-License-Identifier: MIT
#include "core/FieldLimits.h"

#include <algorithm>

namespace certplan::limits {

Date firstDate()
{
    return Date(kFirstYear, 1, 1);
}

Date lastDate()
{
    return Date(kLastYear, 12, 31);
}

std::string dateRangeText()
{
    return "a date from " + formatIsoDate(firstDate()) + " to " + formatIsoDate(lastDate());
}

std::string dateRule()
{
    return "a date is written YYYY-MM-DD, from " + formatIsoDate(firstDate()) + " to " + formatIsoDate(lastDate());
}

OptDate parsePlanDate(std::string_view text, std::string* whyNot)
{
    using Kind = DateTextProblem::Kind;
    DateTextProblem problem;
    OptDate d = parseIsoDate(text, problem);
    if (d && inDateRange(*d))
        return d;
    if (whyNot) {
        // An impossible month or day is worth saying ("February 2027 has 28
        // days"); the wrong form or a year outside the range is said by the rule.
        const bool detail = problem.kind == Kind::Month || problem.kind == Kind::Day;
        *whyNot = detail ? problem.detail + "; " + dateRule() : dateRule();
    }
    return std::nullopt;
}

std::string WholeNumber::sentence() const
{
    return std::string(rule) + " from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string DecimalNumber::sentence() const
{
    return std::string(rule) + " from " + std::to_string(min) + " to " + std::to_string(max);
}

std::string HalfDays::sentence() const
{
    return std::string(rule) + " from " + std::to_string(min) + " to " + std::to_string(max);
}

std::optional<int> parseHalfDays(std::string_view text, const HalfDays& limit)
{
    constexpr std::string_view blanks = " \t\r\n";
    const std::size_t b = text.find_first_not_of(blanks);
    if (b == std::string_view::npos)
        return std::nullopt;
    text = text.substr(b, text.find_last_not_of(blanks) - b + 1);
    std::size_t i = 0;
    long long whole = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i)
        whole = std::min<long long>(whole * 10 + (text[i] - '0'), 1'000'000'000LL); // saturates, far past any limit
    if (i == 0)
        return std::nullopt;
    int half = 0;
    if (i < text.size()) {
        if (text.size() != i + 2 || text[i] != '.' || (text[i + 1] != '0' && text[i + 1] != '5'))
            return std::nullopt;
        half = text[i + 1] == '5' ? 1 : 0;
    }
    const long long halves = whole * 2 + half;
    if (halves < 2LL * limit.min || halves > 2LL * limit.max)
        return std::nullopt;
    return static_cast<int>(halves);
}

std::string formatHalfDays(int halfDays)
{
    return std::to_string(halfDays / 2) + (halfDays % 2 ? ".5" : "");
}

} // namespace certplan::limits
