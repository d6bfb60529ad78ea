// SPDX-License-Identifier: MIT
#pragma once
// A choice listing an enumeration's labels (core/Enums.h tables) in table
// order, and the value picked.

#include "WxConvert.h"
#include "core/Enums.h"

#include <wx/choice.h>

#include <algorithm>
#include <string>

namespace certplan::gui {

template <class E>
wxChoice* enumChoice(wxWindow* parent, E initial)
{
    auto* c = new wxChoice(parent, wxID_ANY);
    int k = 0;
    for (const auto& e : enumEntries<E>()) {
        c->Append(wx(std::string(e.label)));
        if (e.value == initial)
            c->SetSelection(k);
        ++k;
    }
    return c;
}

template <class E>
void selectEnum(wxChoice* c, E value)
{
    int k = 0;
    for (const auto& e : enumEntries<E>()) {
        if (e.value == value)
            c->SetSelection(k);
        ++k;
    }
}

template <class E>
E enumAt(const wxChoice* c)
{
    return enumEntries<E>()[static_cast<std::size_t>(std::max(0, c->GetSelection()))].value;
}

} // namespace certplan::gui
