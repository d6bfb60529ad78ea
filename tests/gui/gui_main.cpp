// SPDX-License-Identifier: MIT
// Catch2 runner for the GUI tests. The tests need a live wxApp and an X
// display, but CTest lists them at build time (maybe with no display), so:
//  * --list* answers at once, without wx;
//  * with no display, the runner re-runs itself under `xvfb-run` (screen big
//    enough for the 1400x860 main window), or exits 77 (CTest: skipped);
//  * otherwise Catch runs inside the wx event loop, so windows really map,
//    size and paint while the tests drive them.
#define CATCH_CONFIG_RUNNER
// Catch first: its implementation names a variable `_`, which wx/intl.h defines as a macro.
#include <catch2/catch.hpp>

#include "Locale.h"
#include "SafetyNet.h"
#include "WxConvert.h"

#include <wx/app.h>
#include <wx/image.h>
#include <wx/init.h>
#include <wx/log.h>
#include <wx/stdpaths.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

using namespace certplan::gui::literals;

namespace {

int g_argc = 0;
char** g_argv = nullptr;
int g_result = 1;

class TestApp : public certplan::gui::SafeApp {
public:
    bool OnInit() override
    {
        certplan::gui::setUpLocale();
        SetAppName("certplan-gui-tests"_wx);
        wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
        // A wxLogError must never pop up a modal box in a test: it would hang.
        delete wxLog::SetActiveTarget(new wxLogStderr);
        wxInitAllImageHandlers();
        CallAfter([this] {
            g_result = Catch::Session().run(g_argc, g_argv);
            ExitMainLoop();
        });
        return true;
    }
};

bool hasDisplay()
{
    const char* x = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (w && *w);
}

bool onPath(const char* program)
{
    const char* path = std::getenv("PATH");
    if (!path)
        return false;
    std::string dirs = path;
    std::size_t from = 0;
    while (from <= dirs.size()) {
        const std::size_t to = std::min(dirs.find(':', from), dirs.size());
        const std::filesystem::path candidate = std::filesystem::path(dirs.substr(from, to - from)) / program;
        if (::access(candidate.c_str(), X_OK) == 0)
            return true;
        from = to + 1;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strncmp(argv[i], "--list", 6) == 0 || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0)
            return Catch::Session().run(argc, argv);

    if (!hasDisplay()) {
        // The guard stops a loop if xvfb-run starts but gives us no display.
        if (!std::getenv("CERTPLAN_UNDER_XVFB") && onPath("xvfb-run")) {
            ::setenv("CERTPLAN_UNDER_XVFB", "1", 1);
            std::vector<char*> args;
            std::string a0 = "xvfb-run", a1 = "-a", a2 = "-s", a3 = "-screen 0 1600x1000x24";
            args.push_back(a0.data());
            args.push_back(a1.data());
            args.push_back(a2.data());
            args.push_back(a3.data());
            for (int i = 0; i < argc; ++i)
                args.push_back(argv[i]);
            args.push_back(nullptr);
            ::execvp("xvfb-run", args.data());
        }
        std::fprintf(stderr, "gui_tests: no display and no xvfb-run: skipped\n");
        return 77; // CTest SKIP_RETURN_CODE
    }

    // Forced X11 (XTEST, window positions) and quiet accessibility bridge.
    ::setenv("GDK_BACKEND", "x11", 0);
    ::setenv("NO_AT_BRIDGE", "1", 0);
    // The main window reads and writes preferences and recent files: keep the user's own out of it.
    const auto config = std::filesystem::temp_directory_path() / ("certplan-gui-tests-" + std::to_string(::getpid()));
    std::filesystem::create_directories(config);
    ::setenv("XDG_CONFIG_HOME", config.c_str(), 1);
    // Recovery copies of the windows under test, likewise.
    ::setenv("XDG_STATE_HOME", (config / "state").c_str(), 1);

    g_argc = argc;
    g_argv = argv;
    wxApp::SetInstance(new TestApp);
    int wxArgc = 1;
    char* wxArgv[] = {argv[0], nullptr};
    wxEntry(wxArgc, wxArgv);
    std::error_code ec;
    std::filesystem::remove_all(config, ec);
    return g_result;
}
