// SPDX-License-Identifier: MIT
#include "widgets/FieldProblem.h"

#include "WxConvert.h"

#include <wx/bookctrl.h>
#include <wx/settings.h>
#include <wx/textctrl.h>
#include <wx/toplevel.h>

namespace certplan::gui {

FieldProblem::FieldProblem(wxWindow* parent) : wxStaticText(parent, wxID_ANY, " "_wx)
{
    SetForegroundColour(wxColour(176, 0, 32));
    Hide();
}

bool FieldProblem::show(wxWindow* field, const std::string& sentence)
{
    m_sentence = sentence;
    SetLabel(wx(sentence));
    Wrap(GetParent()->GetClientSize().x > 200 ? GetParent()->GetClientSize().x - 24 : 480);
    Show();
    if (wxWindow* top = wxGetTopLevelParent(this)) {
        top->Layout();
        // Grow the dialog if the sentence needs room, never shrink it.
        const wxSize best = top->GetBestSize();
        const wxSize now = top->GetSize();
        top->SetSize(wxSize(std::max(now.x, best.x), std::max(now.y, best.y)));
        top->Layout();
    }
    if (field) {
        // A field on another notebook page: show that page first.
        for (wxWindow* w = field; w && w->GetParent(); w = w->GetParent())
            if (auto* book = dynamic_cast<wxBookCtrlBase*>(w->GetParent()))
                if (const int page = book->FindPage(w); page != wxNOT_FOUND)
                    book->SetSelection(static_cast<std::size_t>(page));
        field->SetFocus();
        if (auto* text = dynamic_cast<wxTextCtrl*>(wxWindow::FindFocus()))
            text->SelectAll();
    }
    return false;
}

void FieldProblem::clear()
{
    m_sentence.clear();
    if (!IsShown())
        return;
    SetLabel(" "_wx);
    Hide();
    if (wxWindow* top = wxGetTopLevelParent(this))
        top->Layout();
}

} // namespace certplan::gui
