// SPDX-License-Identifier: MIT
#pragma once
// The Resources tab: the team sheet (editable, each edit one command) and the
// selected person's load by week, with over-allocated weeks in red and the
// list of over-allocations the scheduler found.

#include "commands/Document.h"
#include "resources/ResourceLoad.h"

#include <wx/panel.h>

class wxGrid;
class wxGridEvent;
class wxListCtrl;

namespace certplan::gui {

class MainFrame;
class LoadHistogram;

class ResourcesView : public wxPanel, public PlanListener {
public:
    ResourcesView(wxWindow* parent, MainFrame& frame, Document& doc);
    ~ResourcesView() override;
    void planChanged(const ChangeSet& changes) override;

private:
    void refresh();
    void fillSheet();
    void onCellChanged(wxGridEvent& e);
    void addResource();
    void removeResource();
    // The selected resource's own calendar (Project > Change Working Time for one person).
    void editWorkingTime();
    int selectedResource() const;

    MainFrame& m_frame;
    Document& m_doc;
    ResourceLoadReport m_load;
    bool m_filling = false;
    wxGrid* m_sheet = nullptr;
    LoadHistogram* m_histogram = nullptr;
    wxListCtrl* m_over = nullptr;
};

} // namespace certplan::gui
