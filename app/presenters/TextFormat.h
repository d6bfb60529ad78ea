// SPDX-License-Identifier: MIT
#pragma once
// Text formatting shared by the CLI and the GUI (no wx here).

#include "core/Date.h"
#include "presenters/text/DisplayWidth.h"

#include <string>
#include <string_view>
#include <vector>

namespace certplan::present {

// s cut to at most `width` terminal columns (text/DisplayWidth.h), ending with
// "…" when cut; never inside a character. width 0: no limit.
std::string truncate(std::string_view s, std::size_t width);
std::string percent(double value, int decimals = 0);       // "42 %"
std::string plural(int n, std::string_view one, std::string_view many);
std::string dateOrDash(const OptDate& d);
// The items of a typed list ("3FS+2d; 5SS" or "Ann [50%], Bob"), split at ';' and ','; untrimmed.
std::vector<std::string> splitList(std::string_view text);

// A plain-text table for a terminal: columns padded to their widest cell in
// terminal columns (text/DisplayWidth.h), so they line up whatever the script;
// numeric columns right-aligned. Cells are the user's text: add() escapes
// control characters (util/TerminalText.h) and shows a tab as a space, since
// a tab would jump to the terminal's next tab stop.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers, std::vector<bool> rightAligned = {});
    // Cells of `column` added from now on are cut to `columns` terminal columns (truncate()).
    void limit(std::size_t column, std::size_t columns);
    void add(std::vector<std::string> row);
    std::string render(std::string_view indent = "") const;

private:
    std::vector<std::string> m_headers;
    std::vector<bool> m_right;
    std::vector<std::size_t> m_limit; // 0: none
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace certplan::present
