// SPDX-License-Identifier: MIT
#pragma once
#include "SafetyNet.h"

namespace certplan::gui {

class MainFrame;

class CertPlanApp : public SafeApp {
public:
    bool OnInit() override;
    int OnExit() override;
    int OnRun() override;

private:
    MainFrame* m_frame = nullptr;
    int m_exitCode = 0; // of --render-views and --bench-paint
};

} // namespace certplan::gui
