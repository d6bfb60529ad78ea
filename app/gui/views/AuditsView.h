// SPDX-License-Identifier: MIT
#pragma once
// The Audits tab: the multi-year audit programme of every certificate in the
// plan as a timeline (windows, planned audits, expiry, restoration, status
// date), the same events as a list with what is overdue or at risk, and the
// nonconformity register.

#include "commands/Document.h"
#include "lifecycle/AuditCalendar.h"

#include "widgets/WrappingText.h"

#include <wx/scrolwin.h>

class wxListCtrl;
class wxStaticText;

namespace certplan::gui {

class MainFrame;
class AuditTimelineCanvas;

class AuditsView : public wxScrolledWindow, public PlanListener {
public:
    AuditsView(wxWindow* parent, MainFrame& frame, Document& doc);
    ~AuditsView() override;
    void planChanged(const ChangeSet& changes) override;

private:
    void refresh();
    void addNonconformity();
    void advanceNonconformity();
    void planCorrectiveAction();
    void planNextCycle();
    std::string selectedNc() const;

    MainFrame& m_frame;
    Document& m_doc;
    std::vector<ProgrammeEvent> m_events;
    AuditTimelineCanvas* m_timeline = nullptr;
    WrappingText* m_summary = nullptr;   // each certificate's cycles and where they stand
    WrappingText* m_warnings = nullptr;  // what the rules say is wrong with the programme
    WrappingText* m_auditTime = nullptr; // audit days per audit type of each certificate
    wxListCtrl* m_list = nullptr;
    wxListCtrl* m_ncs = nullptr;
};

} // namespace certplan::gui
