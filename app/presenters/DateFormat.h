// SPDX-License-Identifier: MIT
#pragma once
// How dates are shown and typed (a preference). Parsing always accepts ISO
// YYYY-MM-DD as well as the chosen format.

#include "core/Date.h"
#include "core/Plan.h"

#include <string>
#include <vector>

namespace certplan::present {

enum class DateStyle { Iso, DayMonthYear, MonthDayYear, DayMonthName };

// "Jan" ... "Dec" for month 1..12: the app's text is English in every locale,
// so month names are too (the C library's would be German under de_DE).
const char* monthAbbreviation(int month);

class DateFormat {
public:
    explicit DateFormat(DateStyle style = DateStyle::Iso) : m_style(style) {}
    DateStyle style() const { return m_style; }
    std::string format(Date d) const;
    std::string format(const OptDate& d) const; // "" for none
    OptDate parse(const std::string& text, std::string* whyNot = nullptr) const;

    static std::string styleName(DateStyle s);   // "2027-03-15 (ISO 8601)"
    static std::vector<DateStyle> allStyles();

private:
    DateStyle m_style;
};

// The date progress and due dates are judged on: the plan's status date, or
// today when the plan has none.
Date statusDateOrToday(const Plan& plan);

} // namespace certplan::present
