// SPDX-License-Identifier: MIT
#pragma once
// The application icon, compiled into the binary from packaging/icons (the
// PNGs rendered from certplan.svg): the frame's icons and the About box's.

#include <wx/bitmap.h>
#include <wx/iconbndl.h>

#include <cstddef>
#include <vector>

namespace certplan::gui {

struct EmbeddedPng {
    int size; // pixels, square
    const unsigned char* data;
    std::size_t bytes;
};
// Every size, smallest first (generated at configure time: AppIconData.cpp).
const std::vector<EmbeddedPng>& appIconPngs();

// All sizes, for wxTopLevelWindow::SetIcons. Empty if a PNG cannot be decoded.
wxIconBundle appIcons();
// The smallest embedded size at least `size` pixels (the largest when none is).
wxBitmap appIconBitmap(int size);

} // namespace certplan::gui
