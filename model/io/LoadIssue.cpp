// SPDX-License-Identifier: MIT
#include "io/LoadIssue.h"

#include "util/TerminalText.h"

namespace certplan {

std::string LoadIssue::format(const char* severity) const
{
    // Messages quote the file's own text; keep it from driving the terminal.
    std::string out = terminalSafe(file);
    if (position.known())
        out += ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
    out += ": ";
    out += severity;
    out += ": ";
    out += terminalSafe(message);
    return out;
}

} // namespace certplan
