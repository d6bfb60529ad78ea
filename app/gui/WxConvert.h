// SPDX-License-Identifier: MIT
#pragma once
// The one place where model values (UTF-8 std::string, boost dates) become wx
// values and back.
//
// Every narrow string reaches wx through these functions, as UTF-8, whatever
// the C locale is. wx's own implicit char* conversion uses the C library's
// locale: under LANG=C (or before a locale is set up) it turns "—", "“" or "•"
// into an empty string and printf-style formatting into a null pointer. The
// build defines wxNO_IMPLICIT_WXSTRING_ENCODING for every wx target, so a
// narrow string that skips these helpers does not compile; the test
// "wx-strings" proves that stays so.

#include "core/Date.h"

#include <wx/datetime.h>
#include <wx/string.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace certplan::gui {

// UTF-8 bytes to wx text. Invalid UTF-8 (never produced by the model, which
// refuses it on load) becomes an empty string, as wxString::FromUTF8 does.
inline wxString wx(std::string_view s) { return wxString::FromUTF8(s.data(), s.size()); }
inline wxString wx(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline wxString wx(const char* s) { return wxString::FromUTF8(s); }
// wx text to UTF-8 bytes for the model.
inline std::string utf8(const wxString& s) { return std::string(s.utf8_str()); }

inline namespace literals {
// "Save changes to “%s”?"_wx: a UTF-8 literal as wx text.
inline wxString operator""_wx(const char* s, std::size_t n) { return wxString::FromUTF8(s, n); }
} // namespace literals

inline wxDateTime toWx(Date d)
{
    return wxDateTime(static_cast<wxDateTime::wxDateTime_t>(d.day()), static_cast<wxDateTime::Month>(d.month() - 1),
                      static_cast<int>(d.year()));
}

inline wxDateTime toWx(const OptDate& d) { return d ? toWx(*d) : wxDateTime(); }

inline OptDate fromWx(const wxDateTime& d)
{
    if (!d.IsValid())
        return std::nullopt;
    return Date(static_cast<unsigned short>(d.GetYear()), static_cast<unsigned short>(d.GetMonth() + 1),
                static_cast<unsigned short>(d.GetDay()));
}

} // namespace certplan::gui
