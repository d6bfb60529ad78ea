// SPDX-License-Identifier: MIT
#include "presenters/TextFormat.h"

#include "util/TerminalText.h"

#include <cmath>
#include <cstdio>

namespace certplan::present {

std::string truncate(std::string_view s, std::size_t width)
{
    if (width == 0 || displayWidth(s) <= width)
        return std::string(s);
    const std::string_view ellipsis = "\u2026"; // one column
    return std::string(s.substr(0, fittingPrefix(s, width - 1))) + std::string(ellipsis);
}

std::string percent(double value, int decimals)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f %%", decimals, value);
    return buf;
}

std::string plural(int n, std::string_view one, std::string_view many)
{
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string dateOrDash(const OptDate& d)
{
    return d ? formatIsoDate(*d) : std::string("-");
}

TextTable::TextTable(std::vector<std::string> headers, std::vector<bool> rightAligned)
    : m_headers(std::move(headers)), m_right(std::move(rightAligned))
{
    m_right.resize(m_headers.size(), false);
    m_limit.resize(m_headers.size(), 0);
}

void TextTable::limit(std::size_t column, std::size_t columns)
{
    if (column < m_limit.size())
        m_limit[column] = columns;
}

void TextTable::add(std::vector<std::string> row)
{
    row.resize(m_headers.size());
    for (std::size_t c = 0; c < row.size(); ++c) {
        std::string cell = terminalSafe(row[c]);
        for (char& ch : cell)
            if (ch == '\t')
                ch = ' ';
        row[c] = truncate(cell, m_limit[c]);
    }
    m_rows.push_back(std::move(row));
}

std::string TextTable::render(std::string_view indent) const
{
    std::vector<std::size_t> width(m_headers.size());
    for (std::size_t c = 0; c < m_headers.size(); ++c) {
        width[c] = displayWidth(m_headers[c]);
        for (const auto& r : m_rows)
            width[c] = std::max(width[c], displayWidth(r[c]));
    }
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out(indent);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            if (m_right[c])
                out += padToWidth(cells[c], width[c], Align::Right);
            else
                out += last ? cells[c] : padToWidth(cells[c], width[c], Align::Left);
            if (!last)
                out += "  ";
        }
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out + "\n";
    };
    // A table whose headers are all empty is a plain aligned list.
    bool anyHeader = false;
    for (const auto& h : m_headers)
        anyHeader = anyHeader || !h.empty();
    std::string out = anyHeader ? line(m_headers) : std::string();
    for (const auto& r : m_rows)
        out += line(r);
    return out;
}

std::vector<std::string> splitList(std::string_view text)
{
    std::vector<std::string> parts(1);
    for (char c : text) {
        if (c == ';' || c == ',')
            parts.emplace_back();
        else
            parts.back() += c;
    }
    return parts;
}

} // namespace certplan::present
