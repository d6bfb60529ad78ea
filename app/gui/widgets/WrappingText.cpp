// SPDX-License-Identifier: MIT
#include "widgets/WrappingText.h"

#include <wx/dcclient.h>
#include <wx/scrolwin.h>

#include <algorithm>

namespace certplan::gui {

WrappingText::WrappingText(wxWindow* parent, const wxString& text) : wxStaticText(parent, wxID_ANY, wxString())
{
    // The width comes from the sizer: the label never asks for more than a little,
    // or it would widen its column to its longest line.
    SetMinSize(wxSize(40, -1));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (e.GetSize().x != m_wrappedTo)
            CallAfter([this] { rewrap(); });
    });
    setText(text);
}

void WrappingText::setText(const wxString& text)
{
    m_text = text;
    m_wrappedTo = -1;
    rewrap();
}

void WrappingText::rewrap()
{
    const int width = GetSize().x;
    if (width == m_wrappedTo)
        return;
    m_wrappedTo = width;
    SetLabel(m_text);
    // Before the first layout the label has no width yet: wrap to a sensible one.
    Wrap(width > 60 ? width : 500);
    InvalidateBestSize();
    // Measured here: GTK's preferred height for a label is that of its
    // narrowest allowed width, lines taller than the text it shows.
    wxClientDC dc(this);
    dc.SetFont(GetFont());
    const int lines = static_cast<int>(GetLabel().Freq('\n')) + 1;
    const int height = GetLabel().empty() ? 0 : std::max(dc.GetMultiLineTextExtent(GetLabel()).y, lines * GetCharHeight()) + 2;
    if (GetMinSize().y != height) {
        SetMinSize(wxSize(40, height));
        for (wxWindow* w = GetParent(); w; w = w->GetParent()) {
            // A scrolled page's scrollable height follows its content.
            if (dynamic_cast<wxScrollHelperBase*>(w))
                w->FitInside();
            w->Layout();
            if (w->IsTopLevel())
                break;
        }
    }
}

} // namespace certplan::gui
