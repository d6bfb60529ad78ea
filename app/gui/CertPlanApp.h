// SPDX-License-Identifier: MIT
#pragma once
#include <wx/app.h>

namespace certplan::gui {

class MainFrame;

class CertPlanApp : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;

private:
    MainFrame* m_frame = nullptr;
};

} // namespace certplan::gui
