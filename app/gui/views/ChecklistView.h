// SPDX-License-Identifier: MIT
#pragma once
// The Checklist tab: the standard's clause tree with each requirement's gap
// status, a detail pane to assess one item, readiness per clause as it changes,
// and one action that turns a gap into a corrective task in the plan.

#include "commands/Document.h"
#include "presenters/ChecklistRows.h"
#include "widgets/WrappingText.h"

#include <wx/panel.h>
#include <wx/treelist.h>

#include <string>
#include <vector>

class wxChoice;
class wxListBox;
class wxSearchCtrl;
class wxStaticText;
class wxTextCtrl;
class wxButton;

namespace certplan::gui {

class MainFrame;
class ReadinessStrip;

class ChecklistView : public wxPanel, public PlanListener {
public:
    ChecklistView(wxWindow* parent, MainFrame& frame, Document& doc);
    ~ChecklistView() override;
    void planChanged(const ChangeSet& changes) override;

    // The selected requirement's id ("" for none); tests and menus use it.
    std::string selectedItem() const;
    void selectItem(const std::string& id);
    bool setSelectedStatus(RequirementStatus status);
    void createCorrectiveTask();

private:
    const Checklist* checklist() const;
    const Requirement* selectedRequirement() const;
    void rebuildTree();
    void rebuildFilters();
    void showDetails();
    void applyDetails();
    void onKey(wxKeyEvent& e);
    void onFilter();
    void addEvidence();
    void removeEvidence();

    MainFrame& m_frame;
    Document& m_doc;
    present::ChecklistFilter m_filter;
    std::vector<std::string> m_ownerIds; // owner filter choice -> resource id
    std::vector<std::string> m_itemIds;  // per wxTreeListItem data index
    bool m_filling = false;

    ReadinessStrip* m_strip = nullptr;
    wxChoice* m_statusFilter = nullptr;
    wxChoice* m_ownerFilter = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxTreeListCtrl* m_tree = nullptr;
    WrappingText* m_heading = nullptr;
    WrappingText* m_guidance = nullptr;
    wxChoice* m_status = nullptr;
    wxChoice* m_maturity = nullptr;
    wxChoice* m_owner = nullptr;
    wxTextCtrl* m_notes = nullptr;
    wxTextCtrl* m_justification = nullptr;
    wxListBox* m_evidence = nullptr;
    wxButton* m_corrective = nullptr;
    WrappingText* m_linkedTasks = nullptr;
};

} // namespace certplan::gui
