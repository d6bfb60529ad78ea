// SPDX-License-Identifier: MIT
#pragma once
// Does a plain-text table printed by certplan-cli line up on a terminal? Every
// cell must start where its column's header starts (left-aligned) or end where
// it ends (right-aligned), in terminal columns. The widths are worked out here
// by hand, for the characters the wide-text fixtures hold, and deliberately not
// by the product's DisplayWidth: a wrong width there must not agree with itself.

#include <cstddef>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace certplan::test {

struct TextRun {
    std::size_t start = 0; // terminal column of its first character
    std::size_t end = 0;   // one past its last
    std::string text;
};

// Runs of text separated by two or more spaces: the cells of a table line.
// Unknown non-ASCII code points end up in *error.
inline std::vector<TextRun> cellsOf(std::string_view line, std::string* error)
{
    std::vector<TextRun> runs;
    std::size_t column = 0, spaces = 0, previousWidth = 0;
    bool afterJoiner = false, loneRegional = false, inRun = false;
    for (std::size_t i = 0; i < line.size();) {
        const auto c = static_cast<unsigned char>(line[i]);
        const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = len == 1 ? c : c & (0xFFu >> (len + 1));
        for (std::size_t k = 1; k < len && i + k < line.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(line[i + k]) & 0x3Fu);
        const std::string_view bytes = line.substr(i, len);
        i += len;

        const bool combining = (cp >= 0x300 && cp <= 0x36F) || cp == 0x200D || cp == 0xFE0F ||
                               (cp >= 0x1F3FB && cp <= 0x1F3FF);
        const bool regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
        if (combining || afterJoiner || (regional && loneRegional)) {
            // Part of the previous character: no column of its own, except
            // that VS16 turns a one-column symbol into a two-column emoji.
            if (cp == 0xFE0F && previousWidth == 1) {
                ++column;
                previousWidth = 2;
            }
            afterJoiner = cp == 0x200D;
            loneRegional = false;
            if (inRun)
                runs.back().text += bytes, runs.back().end = column;
            continue;
        }
        std::size_t width = 0;
        if (cp >= 0x20 && cp < 0x7F)
            width = 1;
        else if ((cp >= 0xC0 && cp <= 0xFF) || cp == 0x2026 || cp == 0x25C6 || cp == 0x2764)
            width = 1; // Latin-1 letters, "…", "◆", "❤" (text style)
        else if ((cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xFF01 && cp <= 0xFF60) ||
                 (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F680 && cp <= 0x1F6FF) ||
                 (cp >= 0x1F900 && cp <= 0x1F9FF) || cp == 0x2705 || regional)
            width = 2; // CJK, kana, fullwidth forms, emoji, a flag's first letter
        else if (error) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "no width known for U+%04X\n", cp);
            *error += buf;
        }
        loneRegional = regional;
        previousWidth = width;
        if (cp == ' ') {
            ++spaces;
            if (spaces >= 2)
                inRun = false;
        } else {
            if (!inRun) {
                runs.push_back({column, column, ""});
                inRun = true;
            } else if (spaces == 1) {
                runs.back().text += ' ';
            }
            spaces = 0;
            runs.back().text += bytes;
            runs.back().end = column + width;
        }
        column += width;
    }
    return runs;
}

struct TableCheck {
    int rows = 0;         // data rows found under the header
    std::string problems; // one line per misplaced cell; empty when the table lines up
};

// The table whose header line starts with headerPrefix: its rows follow until
// an empty line, a note "(…" or a line indented less than the header.
// rightAligned: headers of right-aligned columns. indented: headers of columns
// whose cells may start 2, 4, ... columns in (an outline's levels).
inline TableCheck checkTable(const std::string& output, const std::string& headerPrefix,
                             const std::set<std::string>& rightAligned, const std::set<std::string>& indented = {})
{
    TableCheck result;
    std::istringstream in(output);
    std::string line;
    while (std::getline(in, line) && line.rfind(headerPrefix, 0) != 0) {
    }
    if (line.rfind(headerPrefix, 0) != 0) {
        result.problems = "no line starts with '" + headerPrefix + "'\n";
        return result;
    }
    const std::size_t indent = line.find_first_not_of(' ');
    const std::vector<TextRun> header = cellsOf(line, &result.problems);
    while (std::getline(in, line)) {
        if (line.size() <= indent || line.find_first_not_of(' ') < indent || line[indent] == '(')
            break;
        ++result.rows;
        std::size_t next = 0; // cells match columns left to right
        for (const TextRun& cell : cellsOf(line, &result.problems)) {
            bool placed = false;
            for (; next < header.size() && !placed; ++next) {
                const TextRun& h = header[next];
                if (rightAligned.count(h.text))
                    placed = cell.end == h.end;
                else if (indented.count(h.text))
                    placed = cell.start >= h.start && (cell.start - h.start) % 2 == 0 &&
                             (next + 1 == header.size() || cell.start < header[next + 1].start);
                else
                    placed = cell.start == h.start;
            }
            if (!placed) {
                result.problems += "'" + cell.text + "' at columns " + std::to_string(cell.start) + "-" +
                                   std::to_string(cell.end) + " is in no column of: " + line + "\n";
                break;
            }
        }
    }
    return result;
}

} // namespace certplan::test
