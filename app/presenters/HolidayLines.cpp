// SPDX-License-Identifier: MIT
#include "presenters/HolidayLines.h"

#include "core/FieldLimits.h"

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

} // namespace certplan::present
