// SPDX-License-Identifier: MIT
#pragma once
// How an entry shows that its text is not a valid value yet: a pale red
// background and the reason as its tooltip. Shared by NumberField and DateField.

#include <wx/textctrl.h>

#include <string>

namespace certplan::gui {

void markEntry(wxTextCtrl* text, bool valid, const std::string& why);

} // namespace certplan::gui
