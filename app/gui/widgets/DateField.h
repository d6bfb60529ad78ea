// SPDX-License-Identifier: MIT
#pragma once
// A date entry that never changes what the user typed: text in the user's
// date format (or ISO), plus a button that opens a month calendar. The native
// date picker replaced a date it could not read with the previous one or with
// today, silently; this field keeps the text, marks it while it is not a date
// from 1950-01-01 to 2249-12-31, and value() says why (present::readDate).

#include "core/Date.h"
#include "presenters/DateFormat.h"
#include "util/Result.h"

#include <wx/panel.h>

#include <string>

class wxTextCtrl;
class wxButton;

namespace certplan::gui {

class DateField : public wxPanel {
public:
    // optional: empty text means "no date" (an actual finish not yet known).
    DateField(wxWindow* parent, const OptDate& value, const present::DateFormat& format, std::string field,
              bool optional);
    // The typed date (std::nullopt: empty and optional), or a sentence naming
    // the field and how to type a date.
    Result<OptDate, std::string> value() const;
    void setValue(const OptDate& d);
    wxTextCtrl* text() const { return m_text; }
    const std::string& fieldName() const { return m_field; }
    wxButton* calendarButton() const { return m_pick; }
    void SetFocus() override;

private:
    void markValidity();
    void pickFromCalendar();

    present::DateFormat m_format;
    std::string m_field;
    bool m_optional;
    wxTextCtrl* m_text = nullptr;
    wxButton* m_pick = nullptr;
};

} // namespace certplan::gui
