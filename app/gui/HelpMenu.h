// SPDX-License-Identifier: MIT
#pragma once
// What Help > About CertPlan shows: name, version, the application icon,
// licence and a short description.

#include <wx/aboutdlg.h>

namespace certplan::gui {

wxAboutDialogInfo aboutInfo();

} // namespace certplan::gui
