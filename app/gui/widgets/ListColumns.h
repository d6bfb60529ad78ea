// SPDX-License-Identifier: MIT
#pragma once
// Report lists whose columns fit the list's width: one column (the name or
// description) gives or takes the difference, so the short columns that carry
// figures (float, due date, slip) stay in view in a narrow window instead of
// scrolling off to the right.

class wxListCtrl;

namespace certplan::gui {

// Keeps `stretch`'s width equal to what the other columns leave of the list's
// client width, never below `minimum` pixels (below that the list scrolls
// sideways). Every column is also made at least as wide as its header text.
void keepColumnsFitted(wxListCtrl* list, int stretch, int minimum = 120);

} // namespace certplan::gui
