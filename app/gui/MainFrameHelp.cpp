// SPDX-License-Identifier: MIT
// The Help menu: Getting Started, Keyboard Shortcuts, About.
#include "HelpMenu.h"

#include "AppIcon.h"
#include "MainFrame.h"
#include "WxConvert.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/ShortcutsDialog.h"

#include <wx/icon.h>

namespace certplan::gui {

wxAboutDialogInfo aboutInfo()
{
    wxAboutDialogInfo info;
    info.SetName("CertPlan"_wx);
    info.SetVersion(wx(CERTPLAN_VERSION));
    info.SetDescription("Plan and track ISO/IEC 20000-1 certification: the project, the requirement checklist, "_wx
                        "the audit programme and nonconformities."_wx);
    info.SetLicence("CertPlan is free software under the MIT licence: you may use, copy, modify and distribute it, "_wx
                    "provided the copyright and licence notice is kept. It comes without any warranty."_wx);
    wxIcon icon;
    icon.CopyFromBitmap(appIconBitmap(128));
    info.SetIcon(icon);
    return info;
}

void MainFrame::onHelp(int id)
{
    switch (id) {
    case ID_GettingStarted: {
        GuideDialog dlg(this);
        dlg.CenterOnParent();
        dlg.ShowModal();
        return;
    }
    case ID_KeyboardShortcuts: {
        ShortcutsDialog dlg(this, GetMenuBar());
        dlg.CenterOnParent();
        dlg.ShowModal();
        return;
    }
    default: wxAboutBox(aboutInfo(), this); return;
    }
}

} // namespace certplan::gui
