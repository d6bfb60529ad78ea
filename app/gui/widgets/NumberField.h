// SPDX-License-Identifier: MIT
#pragma once
// A whole-number entry (text plus up/down arrows) that never changes what the
// user typed. wxSpinCtrl clamps "200000" to its maximum and reads "2.5" as 25
// when it loses focus, before OK can object; this field keeps the text, marks
// it while it is not a valid value, and value() says why
// (present::readWholeNumber, limits from core/FieldLimits.h).

#include "core/FieldLimits.h"
#include "util/Result.h"

#include <wx/panel.h>

#include <string>

class wxTextCtrl;
class wxSpinButton;

namespace certplan::gui {

class NumberField : public wxPanel {
public:
    // field: the label used in messages ("Duration"); suffix: a unit the user
    // may type after the number ("%").
    NumberField(wxWindow* parent, const limits::WholeNumber& limit, int value, std::string field,
                std::string suffix = {});
    // The typed number, or a sentence naming the field and its range.
    Result<int, std::string> value() const;
    void setValue(int v);
    wxTextCtrl* text() const { return m_text; }
    const std::string& fieldName() const { return m_field; }
    void SetFocus() override;

private:
    void markValidity();
    void step(int delta);

    limits::WholeNumber m_limit;
    std::string m_field;
    std::string m_suffix;
    wxTextCtrl* m_text = nullptr;
    wxSpinButton* m_arrows = nullptr;
};

} // namespace certplan::gui
