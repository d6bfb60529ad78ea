// SPDX-License-Identifier: MIT
#pragma once
// Command-line arguments as the bytes the shell passed. wx decodes argv with
// the C library's locale; under LANG=C a file name such as "ü-plan.certplan"
// comes back as Latin-1 mojibake ("Ã¼-plan.certplan") and cannot be opened.
// File names on Linux are bytes, and the model takes them as bytes.

#include <wx/string.h>

#include <string>

namespace certplan::gui {

// The argument (from /proc/self/cmdline) that wx decoded as `parsed`; when no
// raw argument matches (or /proc is unavailable), `parsed` as UTF-8.
std::string rawArgument(const wxString& parsed);

} // namespace certplan::gui
