// SPDX-License-Identifier: MIT
#include "CertPlanApp.h"

#include "MainFrame.h"
#include "WxConvert.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/crt.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/stdpaths.h>

namespace certplan::gui {

bool CertPlanApp::OnInit()
{
    SetAppName("certplan");
    SetAppDisplayName("CertPlan");
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    wxInitAllImageHandlers();

    wxCmdLineParser parser(argc, argv);
    parser.AddSwitch("h", "help", "show this help", wxCMD_LINE_OPTION_HELP);
    parser.AddSwitch("v", "version", "print the version");
    parser.AddParam("plan file", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
    if (parser.Parse() != 0)
        return false;
    if (parser.Found("v")) {
        wxPrintf("certplan %s\n", CERTPLAN_VERSION);
        return false;
    }

    m_frame = new MainFrame();
    m_frame->Show();
    if (parser.GetParamCount() > 0)
        m_frame->openFile(utf8(parser.GetParam(0)));
    return true;
}

int CertPlanApp::OnExit()
{
    delete wxConfigBase::Set(nullptr);
    return wxApp::OnExit();
}

} // namespace certplan::gui
