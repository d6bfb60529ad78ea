// SPDX-License-Identifier: MIT
#include "dialogs/NonconformityDialog.h"
#include "presenters/DateFormat.h"

#include "WxConvert.h"
#include "core/FieldLimits.h"
#include "commands/ChecklistCommands.h"
#include "lifecycle/NonconformityDue.h"
#include "widgets/DateField.h"
#include "widgets/EnumChoice.h"
#include "widgets/FieldProblem.h"
#include "widgets/ResourceChoice.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace certplan::gui {

NonconformityDialog::NonconformityDialog(wxWindow* parent, const Plan& plan, const present::DateFormat& dates)
    : wxDialog(parent, wxID_ANY, "Raise Nonconformity"_wx), m_plan(plan)
{
    auto* top = new wxBoxSizer(wxVERTICAL);
    auto* form = new wxFlexGridSizer(2, 6, 8);
    form->AddGrowableCol(1);
    m_source = enumChoice(this, NcSource::InternalAudit);
    m_audit = new wxChoice(this, wxID_ANY);
    m_audit->Append("\u2014"_wx);
    for (const auto& a : plan.audits)
        m_audit->Append(wx(a.id + ": " + std::string(enumLabel(a.type)) +
                           (a.planned ? " " + formatIsoDate(*a.planned) : std::string())));
    m_audit->SetSelection(0);
    m_audit->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        const int k = m_audit->GetSelection();
        if (k <= 0)
            return;
        const NcSource src = ncSourceFor(m_plan.audits[static_cast<std::size_t>(k - 1)].type);
        const auto entries = enumEntries<NcSource>();
        for (std::size_t i = 0; i < entries.size(); ++i)
            if (entries[i].value == src)
                m_source->SetSelection(static_cast<int>(i));
    });
    m_class = enumChoice(this, NcClass::Minor);
    m_clause = new wxTextCtrl(this, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(120, -1));
    m_description = new wxTextCtrl(this, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(420, 90), wxTE_MULTILINE);
    m_owner = resourceChoice(this, plan, {}, "\u2014"_wx);
    m_raised = new DateField(this, present::statusDateOrToday(plan), dates, "Raised on", false);
    auto row = [&](const wxString& label, wxWindow* w) {
        form->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL);
        form->Add(w, 1, wxEXPAND);
    };
    row("Raised at audit"_wx, m_audit);
    row("Found by"_wx, m_source);
    row("Class"_wx, m_class);
    row("Clause"_wx, m_clause);
    row("What was found"_wx, m_description);
    row("Owner"_wx, m_owner);
    row("Raised on"_wx, m_raised);
    top->Add(form, 1, wxEXPAND | wxALL, 10);
    top->Add(new wxStaticText(this, wxID_ANY, "The due date follows the certification body's rules."_wx),
             0, wxLEFT | wxRIGHT, 10);
    m_problem = new FieldProblem(this);
    top->Add(m_problem, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 10);
    top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 10);
    SetSizerAndFit(top);
    CentreOnParent();
}

Nonconformity NonconformityDialog::nonconformity() const
{
    Nonconformity nc;
    nc.id = uniqueNonconformityId(m_plan);
    nc.source = enumAt<NcSource>(m_source);
    nc.ncClass = enumAt<NcClass>(m_class);
    nc.clause = utf8(m_clause->GetValue().Strip(wxString::both));
    nc.description = utf8(m_description->GetValue().Strip(wxString::both));
    nc.owner = resourceAt(m_owner, m_plan);
    // TransferDataFromWindow refused OK unless the typed date is valid.
    const auto raised = m_raised->value();
    nc.raised = raised && *raised ? **raised : present::statusDateOrToday(m_plan);
    if (!m_plan.certificates.empty())
        nc.certificate = m_plan.certificates.front().id;
    if (const int k = m_audit->GetSelection(); k > 0) {
        const Audit& a = m_plan.audits[static_cast<std::size_t>(k - 1)];
        nc.audit = a.id;
        if (!a.certificate.empty())
            nc.certificate = a.certificate;
    }
    return nc;
}

bool NonconformityDialog::TransferDataFromWindow()
{
    m_problem->clear();
    const auto raised = m_raised->value();
    if (!raised)
        return m_problem->show(m_raised, raised.error());
    // A finding comes out of its audit: not before the audit's first day.
    if (const int k = m_audit->GetSelection(); k > 0 && *raised) {
        const Audit& a = m_plan.audits[static_cast<std::size_t>(k - 1)];
        if (a.planned && **raised < *a.planned)
            return m_problem->show(m_raised, "Raised on: audit '" + a.id + "' starts on " + formatIsoDate(*a.planned) +
                                                 "; a finding of that audit cannot be raised before it.");
    }
    return true;
}

} // namespace certplan::gui
