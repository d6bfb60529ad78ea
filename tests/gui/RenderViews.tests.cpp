// SPDX-License-Identifier: MIT
// `certplan --render-views DIR`, run as a user would run it: one PNG per tab of
// the main window and one of the Gantt chart at the status date, each showing
// a real picture (not a blank or single-colour window).

#include "GuiTestSupport.h"
#include "TestPaths.h"
#include "MainFrame.h"
#include "ViewRenderer.h"
#include "WxConvert.h"

#include <catch2/catch.hpp>

#include <wx/bookctrl.h>
#include <wx/display.h>
#include <wx/image.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <unordered_set>

using namespace certplan::gui;
using certplan::test::TempDir;

namespace {

std::size_t distinctColours(const wxImage& img, std::size_t enough)
{
    std::unordered_set<std::uint32_t> seen;
    const unsigned char* p = img.GetData();
    const std::size_t n = static_cast<std::size_t>(img.GetWidth()) * static_cast<std::size_t>(img.GetHeight());
    for (std::size_t i = 0; i < n && seen.size() <= enough; ++i, p += 3)
        seen.insert((std::uint32_t(p[0]) << 16) | (std::uint32_t(p[1]) << 8) | p[2]);
    return seen.size();
}

std::vector<std::string> tabPictureNames()
{
    // The tabs a main window has today, however many the app grows.
    auto* frame = new MainFrame();
    std::vector<std::string> names;
    if (wxBookCtrlBase* tabs = findViewTabs(frame))
        for (std::size_t i = 0; i < tabs->GetPageCount(); ++i)
            names.push_back(pictureName(std::string(tabs->GetPageText(i).utf8_str())));
    frame->Destroy();
    certplan::test::pump(20);
    return names;
}

} // namespace

TEST_CASE("Picture names come from tab titles", "[gui][render]")
{
    CHECK(pictureName("Plan") == "plan");
    CHECK(pictureName("Audit Programme") == "audit-programme");
    CHECK(pictureName(" Resources & Load ") == "resources-load");
    CHECK(pictureName("***") == "view");
}

TEST_CASE("certplan --render-views writes a non-trivial PNG of every view", "[gui][render]")
{
    const std::vector<std::string> tabs = tabPictureNames();
    REQUIRE_FALSE(tabs.empty());
    CHECK(tabs.front() == "plan");

    TempDir dir("render");
    const std::string out = (dir.path() / "shots").string(); // the command creates it
    std::string cmd = std::string("'") + CERTPLAN_GUI + "' --render-views '" + out + "'";
    // The pictures are 1400x860: give them a screen that large when ours is smaller.
    const wxRect screen = wxDisplay(0u).GetGeometry();
    if ((screen.width < 1400 || screen.height < 900) && std::system("command -v xvfb-run >/dev/null 2>&1") == 0)
        cmd = "xvfb-run -a -s '-screen 0 1600x1000x24' " + cmd;
    INFO(cmd);
    REQUIRE(std::system((cmd + " >/dev/null").c_str()) == 0);

    std::vector<std::string> expected = tabs;
    expected.push_back("gantt-status-date");
    expected.push_back("checklist-requirement"); // the example has a partly conforming requirement
    std::set<std::string> written;
    for (const auto& e : std::filesystem::directory_iterator(out))
        written.insert(e.path().filename().string());
    CHECK(written.size() == expected.size());
    // Each tab's picture shows that tab: no two are the same.
    std::set<std::string> pixels;
    for (const auto& name : tabs) {
        wxImage img(wx(out + "/" + name + ".png"), wxBITMAP_TYPE_PNG);
        REQUIRE(img.IsOk());
        pixels.insert(std::string(reinterpret_cast<const char*>(img.GetData()),
                                  static_cast<std::size_t>(img.GetWidth() * img.GetHeight() * 3)));
    }
    CHECK(pixels.size() == tabs.size());
    for (const auto& name : expected) {
        const std::string path = out + "/" + name + ".png";
        INFO(path);
        REQUIRE(std::filesystem::exists(path));
        wxImage img;
        REQUIRE(img.LoadFile(wx(path), wxBITMAP_TYPE_PNG));
        if (name == "gantt-status-date") {
            CHECK(img.GetWidth() > 400);
        } else {
            // The frame's client area: full width, less the menu and status bars in height.
            CHECK(img.GetWidth() == 1400);
            CHECK(img.GetHeight() > 700);
            CHECK(img.GetHeight() < 860);
        }
        CHECK(distinctColours(img, 20) > 20);
    }
}

TEST_CASE("certplan opens a plan and writes into a folder with non-ASCII names under LANG=C", "[gui][render][locale]")
{
    // wx decodes argv with the C locale: "ü" came back as "Ã¼" and the file was "not found".
    TempDir dir("render-names");
    const std::string plan = (dir.path() / "\xC3\xBC-plan.certplan").string();
    std::filesystem::copy_file(certplan::test::dataPath("cases/lifecycle/never-renewed.certplan"), plan);
    const std::string out = (dir.path() / "Bilder-\xC3\xA4").string();
    std::string cmd = std::string("'") + CERTPLAN_GUI + "' --render-views '" + out + "' '" + plan + "'";
    const wxRect screen = wxDisplay(0u).GetGeometry();
    if ((screen.width < 1400 || screen.height < 900) && std::system("command -v xvfb-run >/dev/null 2>&1") == 0)
        cmd = "xvfb-run -a -s '-screen 0 1600x1000x24' " + cmd;
    cmd = "LANG=C LC_ALL=C " + cmd;
    INFO(cmd);
    REQUIRE(std::system((cmd + " >/dev/null 2>&1").c_str()) == 0);
    CHECK(std::filesystem::exists(out + "/dashboard.png"));
    CHECK(std::filesystem::exists(out + "/audits.png"));
}
