// SPDX-License-Identifier: MIT
#pragma once
// Closes the modal wx dialogs an action opens, from inside their own modal
// loop: a timer looks for a modal wxDialog among wxTopLevelWindows, reads all
// its texts (TextAudit), then cancels it, or answers it when told to (press
// OK once, type an answer into a text-entry dialog). Native GTK message boxes
// (wxMessageBox) are out of wx's reach: the app must not show any while the
// smoke test runs (they go through UserPrompts instead).

#include "TextAudit.h"

#include <wx/button.h>
#include <wx/menu.h>

#include <dlfcn.h>
#include <wx/dialog.h>
#include <wx/textdlg.h>
#include <wx/timer.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace certplan::test {

class ModalCloser : public wxTimer {
public:
    struct Seen {
        std::string className;
        std::string title;
    };

    // Read by the test after each action.
    std::vector<Seen> seen;
    TextAudit* audit = nullptr;
    // Answers for the next dialogs: press OK on a dialog this predicate picks (once each);
    // type this text into a text-entry dialog and press OK.
    std::function<bool(wxDialog&)> pressOk;
    wxString textAnswer;
    bool answerText = false;
    // A popup menu (wxWindow::PopupMenu) runs its own loop too. Tests bind
    // wxEVT_MENU_OPEN and hand the menu over; the next tick picks the item at
    // popupChoice (or none: -1) and closes it, through GTK itself (looked up
    // in the process: wx has no call that closes a popup menu).
    wxMenu* openPopup = nullptr;
    int popupChoice = -1;
    int popupsSeen = 0;

    ModalCloser() { Start(15); }
    ~ModalCloser() override { Stop(); }

    void reset()
    {
        seen.clear();
        m_handled.clear();
        pressOk = nullptr;
        answerText = false;
        openPopup = nullptr;
        popupChoice = -1;
    }

    void Notify() override
    {
        if (wxMenu* popup = openPopup) {
            openPopup = nullptr;
            ++popupsSeen;
            using GtkCall = void (*)(void*);
            static auto popdown = reinterpret_cast<GtkCall>(::dlsym(RTLD_DEFAULT, "gtk_menu_popdown"));
            static auto activate = reinterpret_cast<GtkCall>(::dlsym(RTLD_DEFAULT, "gtk_menu_item_activate"));
            if (popupChoice >= 0 && static_cast<size_t>(popupChoice) < popup->GetMenuItemCount() && activate)
                activate(popup->FindItemByPosition(static_cast<size_t>(popupChoice))->GetMenuItem());
            popupChoice = -1;
            if (popdown)
                popdown(popup->m_menu);
        }
        for (wxWindow* top : wxTopLevelWindows) {
            auto* dlg = dynamic_cast<wxDialog*>(top);
            if (!dlg || !dlg->IsModal())
                continue;
            int& ticks = m_handled[dlg];
            if (ticks++ > 0) {
                // Still open after our answer (OK refused by validation): cancel it.
                if (ticks > 20)
                    dlg->EndModal(wxID_CANCEL);
                continue;
            }
            seen.push_back({dlg->GetClassInfo() ? certplan::gui::utf8(dlg->GetClassInfo()->GetClassName()) : std::string(),
                            certplan::gui::utf8(dlg->GetTitle())});
            if (audit)
                audit->window(dlg);
            if (auto* entry = dynamic_cast<wxTextEntryDialog*>(dlg); entry && answerText) {
                answerText = false;
                entry->SetValue(textAnswer);
                entry->EndModal(wxID_OK);
                continue;
            }
            if (pressOk && pressOk(*dlg)) {
                pressOk = nullptr;
                if (auto* ok = dynamic_cast<wxButton*>(dlg->FindWindow(wxID_OK))) {
                    wxCommandEvent e(wxEVT_BUTTON, wxID_OK);
                    e.SetEventObject(ok);
                    ok->ProcessWindowEvent(e);
                    continue;
                }
            }
            dlg->EndModal(wxID_CANCEL);
        }
    }

private:
    std::map<wxDialog*, int> m_handled;
};

} // namespace certplan::test
