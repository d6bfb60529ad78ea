// SPDX-License-Identifier: MIT
#pragma once
// The line under a dialog's form that says why OK refused a value. The field
// gets the cursor with its text selected; no second window opens, and the
// typed text stays as it was.

#include <wx/stattext.h>

#include <string>

namespace certplan::gui {

class FieldProblem : public wxStaticText {
public:
    explicit FieldProblem(wxWindow* parent);
    // Shows the sentence and focuses `field`; always returns false, so a
    // dialog's check can end with `return problem->show(...)`.
    bool show(wxWindow* field, const std::string& sentence);
    void clear();
    // The sentence shown (the label is wrapped to the dialog's width); empty when hidden.
    const std::string& sentence() const { return m_sentence; }

private:
    std::string m_sentence;
};

} // namespace certplan::gui
