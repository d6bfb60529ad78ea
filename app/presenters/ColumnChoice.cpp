// SPDX-License-Identifier: MIT
#include "presenters/ColumnChoice.h"

namespace certplan::present {

ColumnChoice::ColumnChoice() : m_shown(static_cast<std::size_t>(columnCount()), true) {}

void ColumnChoice::setShown(TaskColumn c, bool shown)
{
    if (!shown && !canHide(c))
        return;
    m_shown[static_cast<std::size_t>(c)] = shown;
}

std::string ColumnChoice::toConfig() const
{
    std::string out;
    for (int c = 0; c < columnCount(); ++c) {
        if (m_shown[static_cast<std::size_t>(c)])
            continue;
        if (!out.empty())
            out += '|';
        out += columnTitle(static_cast<TaskColumn>(c));
    }
    return out;
}

ColumnChoice ColumnChoice::fromConfig(const std::string& text)
{
    ColumnChoice choice;
    std::size_t from = 0;
    while (from <= text.size()) {
        const auto bar = text.find('|', from);
        const std::string title = text.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
        for (int c = 0; c < columnCount(); ++c)
            if (!title.empty() && columnTitle(static_cast<TaskColumn>(c)) == title)
                choice.setShown(static_cast<TaskColumn>(c), false);
        if (bar == std::string::npos)
            break;
        from = bar + 1;
    }
    return choice;
}

} // namespace certplan::present
