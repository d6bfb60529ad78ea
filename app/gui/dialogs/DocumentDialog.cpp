// SPDX-License-Identifier: MIT
#include "dialogs/DocumentDialog.h"

#include "WxConvert.h"
#include "commands/DocumentCommands.h"
#include "widgets/DateField.h"
#include "widgets/EnumChoice.h"
#include "widgets/FieldProblem.h"
#include "widgets/ResourceChoice.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <cctype>

namespace certplan::gui {

DocumentDialog::DocumentDialog(wxWindow* parent, const Plan& plan, const DocumentEntry* entry,
                               const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, entry ? "Edit Document"_wx : "Add Document"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_plan(plan), m_originalId(entry ? entry->id : std::string())
{
    DocumentEntry d;
    if (entry)
        d = *entry;
    else
        d.id = uniqueDocumentId(plan);
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* form = new wxFlexGridSizer(2, 6, 10);
    form->AddGrowableCol(1);
    m_id = new wxTextCtrl(this, wxID_ANY, wx(d.id));
    m_title = new wxTextCtrl(this, wxID_ANY, wx(d.title), wxDefaultPosition, wxSize(380, -1));
    m_kind = enumChoice(this, d.kind);
    m_clause = new wxTextCtrl(this, wxID_ANY, wx(d.clause), wxDefaultPosition, wxSize(120, -1));
    m_mandatory = new wxCheckBox(this, wxID_ANY, "Required documented information (the standard asks for it)"_wx);
    m_mandatory->SetValue(d.mandatory);
    m_owner = resourceChoice(this, plan, d.owner, "\u2014"_wx);
    m_version = new wxTextCtrl(this, wxID_ANY, wx(d.version), wxDefaultPosition, wxSize(120, -1));
    m_status = enumChoice(this, d.status);
    m_approved = new DateField(this, d.approved, dates, "Approved on", true);
    m_nextReview = new DateField(this, d.nextReview, dates, "Next review", true);
    m_location = new wxTextCtrl(this, wxID_ANY, wx(d.location));
    auto row = [&](const wxString& label, wxWindow* w) {
        form->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        form->Add(w, 1, wxEXPAND);
    };
    row("Id"_wx, m_id);
    row("Title"_wx, m_title);
    row("Kind"_wx, m_kind);
    row("Clause"_wx, m_clause);
    form->AddSpacer(0);
    form->Add(m_mandatory, 0);
    row("Owner"_wx, m_owner);
    row("Version"_wx, m_version);
    row("Status"_wx, m_status);
    row("Approved on"_wx, m_approved);
    row("Next review"_wx, m_nextReview);
    row("Location"_wx, m_location);
    top->Add(form, 1, wxEXPAND | wxALL, 10);
    top->Add(new wxStaticText(this, wxID_ANY,
                              "Approved or published documents count as evidence for the audit; dates may stay empty."_wx),
             0, wxLEFT | wxRIGHT, 10);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(top);
    CentreOnParent();
    m_title->SetFocus();
}

DocumentEntry DocumentDialog::entry() const
{
    DocumentEntry d;
    d.id = utf8(m_id->GetValue().Strip(wxString::both));
    d.title = utf8(m_title->GetValue().Strip(wxString::both));
    d.kind = enumAt<DocumentKind>(m_kind);
    d.clause = utf8(m_clause->GetValue().Strip(wxString::both));
    d.mandatory = m_mandatory->GetValue();
    d.owner = resourceAt(m_owner, m_plan);
    d.version = utf8(m_version->GetValue().Strip(wxString::both));
    d.status = enumAt<DocumentStatus>(m_status);
    if (const auto a = m_approved->value())
        d.approved = *a;
    if (const auto n = m_nextReview->value())
        d.nextReview = *n;
    d.location = utf8(m_location->GetValue().Strip(wxString::both));
    return d;
}

bool DocumentDialog::TransferDataFromWindow()
{
    m_problem->clear();
    for (DateField* f : {m_approved, m_nextReview})
        if (const auto v = f->value(); !v)
            return m_problem->show(f, v.error());
    const DocumentEntry d = entry();
    const DocumentProblem problem = documentProblem(m_plan, d, m_plan.findDocument(m_originalId));
    if (problem.why.empty())
        return true;
    using F = DocumentProblem::Field;
    wxWindow* field = m_nextReview;
    switch (problem.field) {
    case F::Id: field = m_id; break;
    case F::Title: field = m_title; break;
    case F::Owner: field = m_owner; break;
    case F::Approved: field = m_approved; break;
    case F::NextReview:
    case F::None: break;
    }
    std::string sentence = problem.why;
    sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
    return m_problem->show(field, sentence + ".");
}

} // namespace certplan::gui
