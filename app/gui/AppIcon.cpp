// SPDX-License-Identifier: MIT
#include "AppIcon.h"

#include <wx/icon.h>
#include <wx/image.h>
#include <wx/mstream.h>

namespace certplan::gui {

namespace {

wxBitmap decode(const EmbeddedPng& png)
{
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
        wxImage::AddHandler(new wxPNGHandler);
    wxMemoryInputStream in(png.data, png.bytes);
    wxImage image(in, wxBITMAP_TYPE_PNG);
    return image.IsOk() ? wxBitmap(image) : wxBitmap();
}

} // namespace

wxIconBundle appIcons()
{
    wxIconBundle bundle;
    for (const auto& png : appIconPngs()) {
        const wxBitmap bmp = decode(png);
        if (!bmp.IsOk())
            continue;
        wxIcon icon;
        icon.CopyFromBitmap(bmp);
        bundle.AddIcon(icon);
    }
    return bundle;
}

wxBitmap appIconBitmap(int size)
{
    const auto& all = appIconPngs();
    for (const auto& png : all)
        if (png.size >= size)
            return decode(png);
    return all.empty() ? wxBitmap() : decode(all.back());
}

} // namespace certplan::gui
