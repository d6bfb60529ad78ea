// SPDX-License-Identifier: MIT
#pragma once
// Help > Getting Started: a short guide in a scrollable HTML window: what each
// tab is for, the usual way through a certification plan, where things are.

#include <wx/dialog.h>

#include <string>

class wxHtmlWindow;

namespace certplan::gui {

// The guide's HTML (our own words; no external files, so it always matches the build).
std::string gettingStartedHtml();

class GuideDialog : public wxDialog {
public:
    explicit GuideDialog(wxWindow* parent);
    wxHtmlWindow* html() { return m_html; }

private:
    wxHtmlWindow* m_html = nullptr;
};

} // namespace certplan::gui
