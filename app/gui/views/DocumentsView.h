// SPDX-License-Identifier: MIT
#pragma once
// The Documents tab: the register of documented information (ISO/IEC 20000-1
// clause 7.5) with what is not ready for the audit and which reviews are
// overdue as of the status date, the same figures as `certplan-cli documents`,
// and adding, editing and removing entries as undoable commands.

#include "commands/Document.h"
#include "presenters/documents/DocumentRegister.h"
#include "widgets/WrappingText.h"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxButton;
class wxCheckBox;
class wxListCtrl;
class wxSearchCtrl;

namespace certplan::gui {

class MainFrame;

class DocumentsView : public wxPanel, public PlanListener {
public:
    DocumentsView(wxWindow* parent, MainFrame& frame, Document& doc);
    ~DocumentsView() override;
    void planChanged(const ChangeSet& changes) override;

    // The selected entry's id ("" for none), and selecting one by id.
    std::string selectedDocument() const;
    void selectDocument(const std::string& id);
    // The buttons' actions: Add and Edit open the document dialog; Remove asks first.
    void addDocument();
    void editSelected();
    void removeSelected();
    // Runs the add (originalId empty) or edit as one command; false, with the
    // reason shown, when the register refuses it.
    bool applyEntry(const std::string& originalId, const DocumentEntry& entry);

    wxListCtrl* list() const { return m_list; }
    const WrappingText* summary() const { return m_summary; }
    void setMandatoryOnly(bool on);
    void setSearchText(const std::string& text);

private:
    void refresh();
    void enableRowButtons();

    MainFrame& m_frame;
    Document& m_doc;
    present::DocumentFilter m_filter;
    std::vector<std::string> m_rowIds; // list row -> document id
    WrappingText* m_summary = nullptr;
    wxCheckBox* m_mandatory = nullptr;
    wxSearchCtrl* m_search = nullptr;
    wxListCtrl* m_list = nullptr;
    wxButton* m_edit = nullptr;
    wxButton* m_remove = nullptr;
};

} // namespace certplan::gui
