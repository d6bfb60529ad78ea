// SPDX-License-Identifier: MIT
#pragma once
#include <cstddef>
#include <string_view>

namespace certplan {

// 1-based line and column, as editors show them. Column counts UTF-8 code points.
struct TextPosition {
    int line = 0;
    int column = 0;
    bool known() const { return line > 0; }
    bool operator==(const TextPosition&) const = default;
};

TextPosition positionOf(std::string_view text, std::size_t offset);

// Offset of the first byte that breaks UTF-8, or npos when the text is valid UTF-8.
std::size_t firstInvalidUtf8(std::string_view text);

} // namespace certplan
