// SPDX-License-Identifier: MIT
#include "Locale.h"

#include <wx/uilocale.h>

#include <clocale>

namespace certplan::gui {

bool setUpLocale()
{
    const bool ok = wxUILocale::UseDefault();
    std::setlocale(LC_NUMERIC, "C");
    return ok;
}

} // namespace certplan::gui
