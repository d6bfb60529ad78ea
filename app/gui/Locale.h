// SPDX-License-Identifier: MIT
#pragma once
// The locale is set up once, at start, for what wx formats for people (dates
// in pickers, month names, number grouping, translated stock labels). Text
// never depends on it: every narrow string is UTF-8 (WxConvert.h).

namespace certplan::gui {

// Uses the user's locale (LANG/LC_*) for wx and the C library, except
// LC_NUMERIC, which stays "C" so that numbers the model writes or parses
// (XML attributes, CSV) keep a '.' decimal point in every locale. Returns false
// when the user's locale is not installed (the C locale stays in force; the app
// works the same, with English formats).
bool setUpLocale();

} // namespace certplan::gui
