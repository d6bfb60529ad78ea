// SPDX-License-Identifier: MIT
#include "CertPlanApp.h"
#include "RawArguments.h"

#include "Locale.h"
#include "MainFrame.h"
#include "PaintBenchmark.h"
#include "ViewRenderer.h"
#include "WxConvert.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/crt.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/stdpaths.h>

namespace certplan::gui {

bool CertPlanApp::OnInit()
{
    setUpLocale();
    SetAppName("certplan"_wx);
    SetAppDisplayName("CertPlan"_wx);
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    // A fresh account may have no ~/.config yet; wxFileConfig would then fail
    // to save the preferences and say so at every start and quit.
    {
        const wxFileName conf(wxFileConfig::GetLocalFileName(GetAppName()));
        if (!conf.DirExists())
            wxFileName::Mkdir(conf.GetPath(), wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    }
    wxInitAllImageHandlers();

    wxCmdLineParser parser(argc, argv);
    parser.AddSwitch("h"_wx, "help"_wx, "show this help"_wx, wxCMD_LINE_OPTION_HELP);
    parser.AddSwitch("v"_wx, "version"_wx, "print the version"_wx);
    parser.AddOption(""_wx, "render-views"_wx, "write a PNG of each view of the plan file (default: the example plan) to DIR and exit"_wx,
                     wxCMD_LINE_VAL_STRING);
    parser.AddSwitch(""_wx, "bench-paint"_wx, "time opening, painting and scrolling generated 10,000 and 100,000-task plans"_wx);
    parser.AddParam("plan file"_wx, wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    if (parser.Parse() != 0)
        return false;
    if (parser.Found("v"_wx)) {
        wxPrintf("certplan %s\n"_wx, wx(CERTPLAN_VERSION));
        return false;
    }

    const auto finish = [this](int rc) {
        m_exitCode = rc;
        ExitMainLoop();
    };
    if (wxString dir; parser.Found("render-views"_wx, &dir)) {
        startViewRendering(rawArgument(dir), parser.GetParamCount() > 0 ? rawArgument(parser.GetParam(0)) : std::string(),
                           finish);
        return true;
    }
    if (parser.Found("bench-paint"_wx)) {
        startPaintBenchmark(finish);
        return true;
    }

    m_frame = new MainFrame();
    m_frame->restoreGeometry(); // not for --render-views, whose pictures have a fixed size
    m_frame->Show();
    if (parser.GetParamCount() > 0) {
        const std::string path = rawArgument(parser.GetParam(0));
        runGuarded("Opening " + path, [&] { m_frame->openFile(path); });
    }
    // Once the window is up: work a crash left behind.
    m_frame->CallAfter([frame = m_frame] { runGuarded("Recovering unsaved work", [frame] { frame->offerRecovery(); }); });
    return true;
}

int CertPlanApp::OnRun()
{
    const int rc = wxApp::OnRun();
    return m_exitCode != 0 ? m_exitCode : rc;
}

int CertPlanApp::OnExit()
{
    delete wxConfigBase::Set(nullptr);
    return wxApp::OnExit();
}

} // namespace certplan::gui
