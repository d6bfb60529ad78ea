// SPDX-License-Identifier: MIT
#pragma once
// File > New from Template: template and size, organization and scope,
// forward from a start date or backward from a target date, calendar and
// holidays, and the team filling the template's roles.

#include "Preferences.h"
#include "core/Plan.h"
#include "templating/NewPlan.h"
#include "templating/TemplateCatalog.h"

#include <wx/wizard.h>

#include <optional>
#include <vector>

class wxChoice;
class wxRadioBox;
class wxTextCtrl;
class wxRadioButton;
class wxCheckBox;
class wxGrid;
class wxStaticText;

namespace certplan::gui {

class DateField;

class NewPlanWizard : public wxWizard {
public:
    NewPlanWizard(wxWindow* parent, const Preferences& prefs);
    // Shows the wizard; the new plan, or nothing if cancelled.
    std::optional<Plan> run();

    // The plan the current answers describe (also used by run() and by tests).
    Result<Plan, std::string> buildPlan() const;
    NewPlanOptions options() const;

    // Controls, for scripted tests.
    wxWizardPageSimple* firstPage() { return m_pages.front(); }
    wxTextCtrl* organizationCtrl() { return m_organization; }
    wxRadioButton* backwardCtrl() { return m_backward; }
    DateField* targetCtrl() { return m_target; }
    DateField* startCtrl() { return m_startDate; }
    wxRadioBox* sizeCtrl() { return m_size; }
    wxTextCtrl* holidaysCtrl() { return m_holidays; }

private:
    void buildTemplatePage();
    void buildOrganizationPage();
    void buildSchedulePage();
    void buildCalendarPage();
    void buildTeamPage();
    void onPageChanging(wxWizardEvent& e);
    void loadTemplateRoles();
    void fitTeamColumns();
    // The date the chosen direction needs (start or stage 2 target), as typed.
    Result<Date, std::string> scheduleDate() const;
    void updateSummary();

    Preferences m_prefs;
    std::vector<TemplateEntry> m_templates;
    std::optional<Plan> m_template;
    std::vector<wxWizardPageSimple*> m_pages;
    wxChoice* m_templateChoice = nullptr;
    wxRadioBox* m_size = nullptr;
    wxTextCtrl* m_organization = nullptr;
    wxTextCtrl* m_scope = nullptr;
    wxTextCtrl* m_body = nullptr;
    wxRadioButton* m_forward = nullptr;
    wxRadioButton* m_backward = nullptr;
    DateField* m_startDate = nullptr;
    DateField* m_target = nullptr;
    wxCheckBox* m_days[7] = {};
    wxTextCtrl* m_holidays = nullptr;
    wxGrid* m_team = nullptr;
    wxStaticText* m_summary = nullptr;
};

} // namespace certplan::gui
