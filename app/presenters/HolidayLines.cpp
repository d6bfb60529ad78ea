// SPDX-License-Identifier: MIT
#include "presenters/HolidayLines.h"

#include "core/FieldLimits.h"

#include <algorithm>
#include <sstream>

namespace certplan::present {

namespace {

std::string trimmed(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

} // namespace

Result<std::vector<CalendarException>, std::string> parseHolidayLines(const std::string& text)
{
    std::vector<CalendarException> out;
    std::istringstream lines(text);
    std::string raw;
    for (int number = 1; std::getline(lines, raw); ++number) {
        const std::string line = trimmed(raw);
        if (line.empty())
            continue;
        auto fail = [&](const std::string& why) {
            return unexpected("line " + std::to_string(number) + " ('" + line + "'): " + why);
        };
        const auto sp = line.find_first_of(" \t");
        const std::string dates = line.substr(0, sp);
        const std::string name = sp == std::string::npos ? std::string() : trimmed(line.substr(sp + 1));
        const auto dots = dates.find("..");
        std::string why;
        const OptDate from = limits::parsePlanDate(dates.substr(0, dots), &why);
        if (!from)
            return fail(why);
        const OptDate to = dots == std::string::npos ? from : limits::parsePlanDate(dates.substr(dots + 2), &why);
        if (!to)
            return fail(why);
        if (*to < *from)
            return fail("the range ends before it starts");
        out.push_back({*from, *to, false, name});
    }
    return out;
}

namespace {

// Whitespace-separated words of a line.
std::vector<std::string> words(const std::string& line)
{
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

struct Span {
    OptDate from, to;
    std::string why;
};

Span readSpan(const std::string& text, const DateFormat& dates)
{
    Span s;
    const auto dots = text.find("..");
    s.from = dates.parse(text.substr(0, dots), &s.why);
    if (!s.from)
        return s;
    s.to = dots == std::string::npos ? s.from : dates.parse(text.substr(dots + 2), &s.why);
    return s;
}

} // namespace

Result<std::vector<CalendarException>, std::string> parseHolidayLines(const std::string& text, const DateFormat& dates)
{
    const std::string example = dates.format(Date(2027, 3, 15));
    const std::string form = "write one per line: a date (" + example + ") or a range (" + example + ".." +
                             dates.format(Date(2027, 3, 17)) + "), then a name";
    std::vector<CalendarException> out;
    std::istringstream lines(text);
    std::string raw;
    for (int number = 1; std::getline(lines, raw); ++number) {
        const std::string line = trimmed(raw);
        if (line.empty())
            continue;
        auto fail = [&](const std::string& why) {
            return unexpected("line " + std::to_string(number) + " ('" + line + "'): " + why + "; " + form);
        };
        // A date may itself hold blanks ("15 Mar 2027"): the dates are the
        // fewest leading words that read as a date or a range, the rest is the name.
        const auto w = words(line);
        const std::size_t most = std::min<std::size_t>(w.size(), 7);
        std::size_t used = 0;
        Span span;
        std::string joined;
        for (std::size_t k = 1; k <= most && !used; ++k) {
            joined += (k > 1 ? " " : "") + w[k - 1];
            Span s = readSpan(joined, dates);
            if (s.from && s.to) {
                span = s;
                used = k;
            } else if (k == 1 || (dates.style() == DateStyle::DayMonthName && k == std::min<std::size_t>(most, 3))) {
                span.why = s.why; // the attempt the user most likely meant, for the message
            }
        }
        if (!used)
            return fail(span.why);
        if (*span.to < *span.from)
            return fail("the range ends before it starts");
        std::string name;
        for (std::size_t k = used; k < w.size(); ++k)
            name += (name.empty() ? "" : " ") + w[k];
        out.push_back({*span.from, *span.to, false, name});
    }
    return out;
}

std::string formatHolidayLine(const CalendarException& e, const DateFormat& dates)
{
    std::string out = dates.format(e.from);
    if (e.to != e.from)
        out += ".." + dates.format(e.to);
    if (!e.name.empty())
        out += " " + e.name;
    return out;
}

} // namespace certplan::present
