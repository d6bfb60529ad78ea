// SPDX-License-Identifier: MIT
#pragma once
// The owner picker of the register dialogs: "nobody" first (its label given),
// then the plan's resources in plan order, by name.

#include "core/Plan.h"

#include <wx/choice.h>

#include <string>

namespace certplan::gui {

// Selects the resource whose id is `selected`, or the first entry.
wxChoice* resourceChoice(wxWindow* parent, const Plan& plan, const std::string& selected, const wxString& nobody);
// The chosen resource's id; empty for the first entry.
std::string resourceAt(const wxChoice* choice, const Plan& plan);

} // namespace certplan::gui
