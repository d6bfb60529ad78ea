// SPDX-License-Identifier: MIT
#pragma once
// The bundled example plan opened in a test window, from a copy: opening takes
// a lock beside the file, and the templates folder is shared by every run.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "TestPaths.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace certplan::test {

inline void openExample(Window& w)
{
    static TempDir dir("example-plan");
    const std::string copy = dir.file("northwind.certplan");
    std::filesystem::copy_file(templatePath("examples/northwind-iso20000.certplan"), copy,
                               std::filesystem::copy_options::overwrite_existing);
    REQUIRE(w.frame->openFile(copy));
    pump(50);
}

// A menu command as a click sends it (check items carry their new state).
inline void sendChecked(wxWindow* frame, int id, bool checked)
{
    wxCommandEvent e(wxEVT_MENU, id);
    e.SetEventObject(frame);
    e.SetInt(checked ? 1 : 0);
    frame->GetEventHandler()->ProcessEvent(e);
}

} // namespace certplan::test
