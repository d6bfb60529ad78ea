// SPDX-License-Identifier: MIT
#include "CertPlanApp.h"

wxIMPLEMENT_APP(certplan::gui::CertPlanApp);
