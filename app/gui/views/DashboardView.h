// SPDX-License-Identifier: MIT
#pragma once
// The project board's page: a red/amber/green verdict with its reasons,
// progress against the status date, readiness, and lists of what comes next
// and what is late. All figures come from present::buildDashboard.

#include "commands/Document.h"

#include "widgets/WrappingText.h"

#include <wx/scrolwin.h>

class wxGauge;
class wxListCtrl;
class wxListEvent;
class wxStaticText;

namespace certplan::gui {

class MainFrame;
class RagBadge;


class DashboardView : public wxScrolledWindow, public PlanListener {
public:
    DashboardView(wxWindow* parent, MainFrame& frame, Document& doc);
    ~DashboardView() override;
    void planChanged(const ChangeSet& changes) override;
    void refresh();
    // The "Project status" reasons, for tests.
    const wxStaticText* reasonsLabel() const { return m_reasons; }

private:
    wxListCtrl* addList(wxWindow* parent, wxSizer* into, const wxString& title,
                        std::initializer_list<std::pair<const char*, int>> columns, int stretch);
    void onActivate(wxListEvent& e);

    MainFrame& m_frame;
    Document& m_doc;
    RagBadge* m_badge = nullptr;
    // Every reason, wrapped to the page's width (it clipped after two lines).
    WrappingText* m_reasons = nullptr;
    void showReasons(const wxString& text);
    wxStaticText* m_progressText = nullptr;
    wxGauge* m_progress = nullptr;
    wxGauge* m_expected = nullptr;
    wxStaticText* m_readinessText = nullptr;
    wxGauge* m_readiness = nullptr;
    wxStaticText* m_finishText = nullptr;
    wxListCtrl* m_phases = nullptr;
    wxListCtrl* m_milestones = nullptr;
    wxListCtrl* m_audits = nullptr;
    wxListCtrl* m_late = nullptr;
    wxListCtrl* m_ncs = nullptr;
};

} // namespace certplan::gui
