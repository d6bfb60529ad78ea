// SPDX-License-Identifier: MIT
#include "io/LoadIssue.h"

namespace certplan {

std::string LoadIssue::format(const char* severity) const
{
    std::string out = file;
    if (position.known())
        out += ":" + std::to_string(position.line) + ":" + std::to_string(position.column);
    out += ": ";
    out += severity;
    out += ": ";
    out += message;
    return out;
}

} // namespace certplan
