// SPDX-License-Identifier: MIT
#include "presenters/DateFormat.h"

#include "core/FieldLimits.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <array>
#include <cctype>
#include <cstdio>

namespace certplan::present {

namespace {
constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string pad2(int v)
{
    char b[8];
    std::snprintf(b, sizeof b, "%02d", v);
    return b;
}
} // namespace

const char* monthAbbreviation(int month)
{
    return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : "?";
}

std::string DateFormat::format(Date d) const
{
    const int y = d.year(), m = d.month(), day = d.day();
    switch (m_style) {
    case DateStyle::Iso: return formatIsoDate(d);
    case DateStyle::DayMonthYear: return pad2(day) + "/" + pad2(m) + "/" + std::to_string(y);
    case DateStyle::MonthDayYear: return pad2(m) + "/" + pad2(day) + "/" + std::to_string(y);
    case DateStyle::DayMonthName: return std::to_string(day) + " " + kMonths[static_cast<std::size_t>(m - 1)] + " " + std::to_string(y);
    }
    return formatIsoDate(d);
}

std::string DateFormat::format(const OptDate& d) const
{
    return d ? format(*d) : std::string();
}

OptDate DateFormat::parse(const std::string& raw, std::string* whyNot) const
{
    std::string text;
    for (char c : raw)
        if (!(text.empty() && c == ' '))
            text += c;
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    // Plan dates stay inside the calendars' range, as the loader requires; the
    // range is said in the format the user types in.
    const std::string range = m_style == DateStyle::Iso
                                  ? limits::dateRangeText()
                                  : "a date from " + format(limits::firstDate()) + " to " + format(limits::lastDate());
    auto inRange = [&](OptDate d) -> OptDate {
        if (d && !limits::inDateRange(*d)) {
            if (whyNot)
                *whyNot = "'" + text + "' is not " + range;
            return std::nullopt;
        }
        return d;
    };
    // Every refusal quotes what was typed, says what is wrong when it can
    // ("February 2027 has 28 days"), and how to type a date in the range.
    const std::string example = format(Date(2027, 3, 15));
    const auto notADate = [&](const std::string& detail) -> OptDate {
        if (whyNot)
            *whyNot = "'" + text + "' is not a date" + (detail.empty() ? std::string() : ": " + detail) +
                      "; type it like " + example + (example == "2027-03-15" ? std::string() : " or 2027-03-15") +
                      ", from " + format(limits::firstDate()) + " to " + format(limits::lastDate());
        return std::nullopt;
    };
    using Kind = DateTextProblem::Kind;
    DateTextProblem isoProblem;
    if (auto iso = parseIsoDate(text, isoProblem))
        return inRange(iso);
    // The ISO shape with an impossible month or day: say which.
    if (isoProblem.kind == Kind::Month || isoProblem.kind == Kind::Day)
        return notADate(isoProblem.detail);
    int a = 0, b = 0, y = 0;
    char mon[16] = {};
    std::string iso;
    // %n makes sure the whole text was read: "15/03/2027x" is a typo, not a date.
    int used = 0;
    const auto whole = [&] { return used == static_cast<int>(text.size()); };
    if (std::sscanf(text.c_str(), "%d/%d/%d%n", &a, &b, &y, &used) == 3 && whole() &&
        (m_style == DateStyle::DayMonthYear || m_style == DateStyle::MonthDayYear)) {
        const int day = m_style == DateStyle::DayMonthYear ? a : b;
        const int month = m_style == DateStyle::DayMonthYear ? b : a;
        iso = std::to_string(y) + "-" + pad2(month) + "-" + pad2(day);
    } else if (used = 0; std::sscanf(text.c_str(), "%d %15s %d%n", &a, mon, &y, &used) == 3 && whole()) {
        for (std::size_t k = 0; k < kMonths.size(); ++k) {
            std::string want = kMonths[k];
            std::string got = mon;
            if (got.size() >= 3 && std::tolower(static_cast<unsigned char>(got[0])) == std::tolower(static_cast<unsigned char>(want[0])) &&
                std::tolower(static_cast<unsigned char>(got[1])) == want[1] && std::tolower(static_cast<unsigned char>(got[2])) == want[2])
                iso = std::to_string(y) + "-" + pad2(static_cast<int>(k) + 1) + "-" + pad2(a);
        }
    }
    if (iso.empty())
        return notADate("");
    if (iso.size() < 10)
        iso.insert(0, 10 - iso.size(), '0');
    DateTextProblem problem;
    const OptDate d = parseIsoDate(iso, problem);
    if (!d)
        return notADate(problem.kind == Kind::Month || problem.kind == Kind::Day ? problem.detail : std::string());
    return inRange(d);
}

std::string DateFormat::styleName(DateStyle s)
{
    switch (s) {
    case DateStyle::Iso: return "2027-03-15 (ISO 8601)";
    case DateStyle::DayMonthYear: return "15/03/2027 (day/month/year)";
    case DateStyle::MonthDayYear: return "03/15/2027 (month/day/year)";
    case DateStyle::DayMonthName: return "15 Mar 2027";
    }
    return "";
}

std::vector<DateStyle> DateFormat::allStyles()
{
    return {DateStyle::Iso, DateStyle::DayMonthYear, DateStyle::MonthDayYear, DateStyle::DayMonthName};
}

Date statusDateOrToday(const Plan& plan)
{
    return plan.info.statusDate.value_or(boost::gregorian::day_clock::local_day());
}

} // namespace certplan::present
