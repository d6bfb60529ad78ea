// SPDX-License-Identifier: MIT
#include "widgets/FieldLook.h"

#include "WxConvert.h"

namespace certplan::gui {

void markEntry(wxTextCtrl* text, bool valid, const std::string& why)
{
    // wxNullColour restores the theme's own background.
    text->SetBackgroundColour(valid ? wxNullColour : wxColour(255, 224, 224));
    if (valid)
        text->UnsetToolTip();
    else
        text->SetToolTip(wx(why));
    text->Refresh();
}

} // namespace certplan::gui
