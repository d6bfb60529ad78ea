// SPDX-License-Identifier: MIT
#include "core/Calendar.h"

#include <array>
#include <bit>
#include <sstream>

namespace certplan {

namespace {
constexpr std::array<const char*, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
}

bool WeekMask::worksOn(Date d) const
{
    // boost: Sunday = 0; ours: Monday = 0.
    const int wd = (d.day_of_week().as_number() + 6) % 7;
    return works(wd);
}

int WeekMask::workingDaysPerWeek() const
{
    return std::popcount(static_cast<unsigned>(bits & 0x7F));
}

std::string formatWeekMask(WeekMask m)
{
    std::string out;
    for (int i = 0; i < 7; ++i) {
        if (!m.works(i))
            continue;
        if (!out.empty())
            out += ' ';
        out += kDayKeys[static_cast<std::size_t>(i)];
    }
    return out;
}

std::optional<WeekMask> parseWeekMask(const std::string& s)
{
    WeekMask m{0};
    std::istringstream in(s);
    std::string word;
    while (in >> word) {
        bool found = false;
        for (std::size_t i = 0; i < kDayKeys.size(); ++i) {
            if (word == kDayKeys[i]) {
                m.bits = static_cast<std::uint8_t>(m.bits | (1U << i));
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return m;
}

} // namespace certplan
