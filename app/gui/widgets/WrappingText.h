// SPDX-License-Identifier: MIT
#pragma once
// A label that wraps its text to its own width whenever that width changes and
// asks for the height of every line, so a long reason, warning or clause title
// is read in full at 1024x700 instead of being cut or ellipsized.

#include <wx/stattext.h>

namespace certplan::gui {

class WrappingText : public wxStaticText {
public:
    WrappingText(wxWindow* parent, const wxString& text = wxString());
    // Replaces the text (unwrapped; '\n' still breaks lines) and wraps it again.
    void setText(const wxString& text);
    // The text as given, without the line breaks wrapping added.
    const wxString& text() const { return m_text; }

private:
    void rewrap();

    wxString m_text;
    int m_wrappedTo = 0; // the width the label was last wrapped to, in pixels
};

} // namespace certplan::gui
