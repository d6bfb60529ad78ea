// SPDX-License-Identifier: MIT
#pragma once
// The one place where model values (UTF-8 std::string, boost dates) become wx
// values and back.

#include "core/Date.h"

#include <wx/datetime.h>
#include <wx/string.h>

#include <string>

namespace certplan::gui {

inline wxString wx(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline std::string utf8(const wxString& s) { return std::string(s.utf8_str()); }

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
