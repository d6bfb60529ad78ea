// SPDX-License-Identifier: MIT
#include "core/FieldLimits.h"

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

} // namespace certplan::limits
