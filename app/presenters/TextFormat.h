// SPDX-License-Identifier: MIT
#pragma once
// Text formatting shared by the CLI and the GUI (no wx here).

#include "core/Date.h"

#include <string>
#include <string_view>
#include <vector>

namespace certplan::present {

std::size_t displayWidth(std::string_view utf8); // code points
std::string padRight(std::string_view s, std::size_t width);
std::string padLeft(std::string_view s, std::size_t width);
std::string truncate(std::string_view s, std::size_t width); // ends with "…" when cut
std::string percent(double value, int decimals = 0);       // "42 %"
std::string plural(int n, std::string_view one, std::string_view many);
std::string dateOrDash(const OptDate& d);
// The items of a typed list ("3FS+2d; 5SS" or "Ann [50%], Bob"), split at ';' and ','; untrimmed.
std::vector<std::string> splitList(std::string_view text);

// A plain-text table: columns padded to their widest cell; numeric columns right-aligned.
class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers, std::vector<bool> rightAligned = {});
    void add(std::vector<std::string> row);
    std::string render(std::string_view indent = "") const;

private:
    std::vector<std::string> m_headers;
    std::vector<bool> m_right;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace certplan::present
