// SPDX-License-Identifier: MIT
#pragma once
// Shared by the wx-strings probes: something that takes wx text, like every
// wx label, title, tooltip or message setter does.
#include <wx/string.h>

inline void takesWxText(const wxString&) {}
