// SPDX-License-Identifier: MIT
#include "presenters/fields/FieldText.h"

#include <cctype>

namespace certplan::present {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool endsWithNoCase(std::string_view s, std::string_view tail)
{
    if (tail.empty() || s.size() < tail.size())
        return false;
    for (std::size_t k = 0; k < tail.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - tail.size() + k])) !=
            std::tolower(static_cast<unsigned char>(tail[k])))
            return false;
    return true;
}

bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

// "2.5", "2,5", "-0.5": digits on both sides of one separator.
bool looksDecimal(std::string_view s)
{
    if (!s.empty() && (s.front() == '+' || s.front() == '-'))
        s.remove_prefix(1);
    const auto sep = s.find_first_of(".,");
    if (sep == std::string_view::npos)
        return false;
    const auto whole = s.substr(0, sep);
    const auto fraction = s.substr(sep + 1);
    return (whole.empty() || allDigits(whole)) && allDigits(fraction);
}

std::string refusal(std::string_view field, const std::string& problem, const std::string& rule)
{
    return std::string(field) + ": " + problem + "; " + rule + ".";
}

} // namespace

Result<int, std::string> readWholeNumber(std::string_view text, const limits::WholeNumber& limit, std::string_view field,
                                         std::string_view suffix)
{
    std::string_view t = trimmed(text);
    if (endsWithNoCase(t, suffix))
        t = trimmed(t.substr(0, t.size() - suffix.size()));
    const std::string shown(trimmed(text));
    if (t.empty())
        return unexpected(refusal(field, "no number was typed", limit.sentence()));
    if (looksDecimal(t))
        return unexpected(refusal(field, "'" + shown + "' is not a whole number", limit.sentence()));
    std::string_view digits = t;
    const bool negative = digits.front() == '-';
    if (digits.front() == '+' || digits.front() == '-')
        digits.remove_prefix(1);
    if (!allDigits(digits))
        return unexpected(refusal(field, "'" + shown + "' is not a number", limit.sentence()));
    while (digits.size() > 1 && digits.front() == '0')
        digits.remove_prefix(1);
    // Eighteen digits fit a long long; anything longer is out of every range.
    long long value = 0;
    const bool huge = digits.size() > 18;
    if (!huge)
        for (char c : digits)
            value = value * 10 + (c - '0');
    if (negative)
        value = -value;
    if (huge || !limit.allows(value))
        return unexpected(refusal(field, "'" + shown + "' is outside the allowed range", limit.sentence()));
    return static_cast<int>(value);
}

Result<OptDate, std::string> readDate(std::string_view text, const DateFormat& format, std::string_view field,
                                      bool optional)
{
    const std::string t(trimmed(text));
    if (t.empty()) {
        if (optional)
            return OptDate{};
        const std::string example = format.format(Date(2027, 3, 15));
        return unexpected(std::string(field) + ": no date was typed; type it like " + example + ".");
    }
    std::string why;
    OptDate d = format.parse(t, &why);
    if (!d)
        return unexpected(std::string(field) + ": " + why + ".");
    return d;
}

} // namespace certplan::present
