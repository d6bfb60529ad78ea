// SPDX-License-Identifier: MIT
#include "dialogs/NewPlanWizard.h"

#include "WxConvert.h"
#include "presenters/HolidayLines.h"
#include "presenters/TaskCount.h"
#include "core/FieldLimits.h"
#include "schedule/Scheduler.h"
#include "widgets/DateField.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/msgdlg.h>
#include <wx/radiobox.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>
#include <wx/textctrl.h>

#include <sstream>

namespace certplan::gui {

namespace {

std::string programDir()
{
    return utf8(wxPathOnly(wxStandardPaths::Get().GetExecutablePath()));
}

wxStaticText* heading(wxWindow* parent, const wxString& text)
{
    auto* t = new wxStaticText(parent, wxID_ANY, text);
    const wxFont font = t->GetFont().Bold().Larger();
    t->SetFont(font);
    // GTK keeps the width measured in the normal font and would cut the bold text.
    wxClientDC dc(t);
    dc.SetFont(font);
    const wxSize ext = dc.GetTextExtent(text);
    t->SetMinSize(wxSize(ext.x + 8, ext.y + 2));
    return t;
}

} // namespace

NewPlanWizard::NewPlanWizard(wxWindow* parent, const Preferences& prefs)
    : wxWizard(parent, wxID_ANY, "New Certification Plan"_wx), m_prefs(prefs)
{
    m_templates = listTemplates(templateSearchPath(programDir()));
    buildTemplatePage();
    buildOrganizationPage();
    buildSchedulePage();
    buildCalendarPage();
    buildTeamPage();
    for (std::size_t i = 1; i < m_pages.size(); ++i)
        wxWizardPageSimple::Chain(m_pages[i - 1], m_pages[i]);
    SetPageSize(wxSize(620, 420));
    // Every page in the page-area sizer: with only the first one there, GTK laid
    // the button row out under the heading of the next page once the first was hidden.
    for (auto* page : m_pages)
        GetPageAreaSizer()->Add(page);
    Bind(wxEVT_WIZARD_PAGE_CHANGING, &NewPlanWizard::onPageChanging, this);
    // GTK left the button row drawn over the second page until the next layout pass.
    Bind(wxEVT_WIZARD_PAGE_CHANGED, [this](wxWizardEvent& e) {
        e.Skip();
        CallAfter([this] {
            Layout();
            Refresh();
        });
    });
    loadTemplateRoles();
}

void NewPlanWizard::buildTemplatePage()
{
    auto* page = new wxWizardPageSimple(this);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(heading(page, "Template and organization size"_wx), 0, wxBOTTOM, 12);
    s->Add(new wxStaticText(page, wxID_ANY, "&Template:"_wx), 0, wxBOTTOM, 4);
    m_templateChoice = new wxChoice(page, wxID_ANY);
    for (const auto& t : m_templates)
        m_templateChoice->Append(wx(t.title));
    if (!m_templates.empty())
        m_templateChoice->SetSelection(0);
    s->Add(m_templateChoice, 0, wxEXPAND | wxBOTTOM, 12);
    const wxString sizes[] = {"Small: under 50 IT staff, one site"_wx, "Medium: 50 to 250 IT staff"_wx,
                              "Large: over 250 IT staff or several sites"_wx};
    m_size = new wxRadioBox(page, wxID_ANY, "Organization &size (sets task durations)"_wx, wxDefaultPosition,
                            wxDefaultSize, 3, sizes, 1, wxRA_SPECIFY_COLS);
    m_size->SetSelection(1);
    s->Add(m_size, 0, wxEXPAND);
    if (m_templates.empty())
        s->Add(new wxStaticText(page, wxID_ANY, "No templates were found. Reinstall CertPlan or set CERTPLAN_TEMPLATE_DIR."_wx),
               0, wxTOP, 12);
    m_templateChoice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { loadTemplateRoles(); });
    page->SetSizer(s);
    m_pages.push_back(page);
}

void NewPlanWizard::buildOrganizationPage()
{
    auto* page = new wxWizardPageSimple(this);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(heading(page, "Organization and scope"_wx), 0, wxBOTTOM, 12);
    s->Add(new wxStaticText(page, wxID_ANY, "&Organization:"_wx), 0, wxBOTTOM, 4);
    m_organization = new wxTextCtrl(page, wxID_ANY);
    s->Add(m_organization, 0, wxEXPAND | wxBOTTOM, 10);
    s->Add(new wxStaticText(page, wxID_ANY, "S&cope of the service management system (services, sites, units):"_wx), 0,
           wxBOTTOM, 4);
    m_scope = new wxTextCtrl(page, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(-1, 90), wxTE_MULTILINE);
    s->Add(m_scope, 0, wxEXPAND | wxBOTTOM, 10);
    s->Add(new wxStaticText(page, wxID_ANY, "Certification &body (if chosen):"_wx), 0, wxBOTTOM, 4);
    m_body = new wxTextCtrl(page, wxID_ANY);
    s->Add(m_body, 0, wxEXPAND);
    page->SetSizer(s);
    m_pages.push_back(page);
}

void NewPlanWizard::buildSchedulePage()
{
    auto* page = new wxWizardPageSimple(this);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(heading(page, "Schedule"_wx), 0, wxBOTTOM, 12);
    const Date today = boost::gregorian::day_clock::local_day();
    const present::DateFormat dates(m_prefs.dateStyle);
    m_forward = new wxRadioButton(page, wxID_ANY, "Plan &forward from a start date:"_wx, wxDefaultPosition, wxDefaultSize,
                                  wxRB_GROUP);
    m_startDate = new DateField(page, today, dates, "Start date", false);
    m_backward = new wxRadioButton(page, wxID_ANY, "Plan &backward: the stage 2 audit must happen by:"_wx);
    m_target = new DateField(page, today + boost::gregorian::years(1), dates, "Stage 2 target date", false);
    m_forward->SetValue(true);
    s->Add(m_forward, 0, wxBOTTOM, 4);
    s->Add(m_startDate, 0, wxLEFT | wxBOTTOM, 24);
    s->Add(m_backward, 0, wxBOTTOM, 4);
    s->Add(m_target, 0, wxLEFT | wxBOTTOM, 24);
    s->Add(new wxStaticText(page, wxID_ANY,
                            "Backward planning works out the latest day you can start and still reach stage 2 on the "_wx
                            "target date."),
           0, wxTOP, 8);
    page->SetSizer(s);
    m_pages.push_back(page);
}

void NewPlanWizard::buildCalendarPage()
{
    auto* page = new wxWizardPageSimple(this);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(heading(page, "Working calendar"_wx), 0, wxBOTTOM, 12);
    s->Add(new wxStaticText(page, wxID_ANY, "Working days:"_wx), 0, wxBOTTOM, 4);
    auto* days = new wxBoxSizer(wxHORIZONTAL);
    const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int i = 0; i < 7; ++i) {
        m_days[i] = new wxCheckBox(page, wxID_ANY, wx(names[i]));
        m_days[i]->SetValue(m_prefs.defaultWeek.works(i));
        days->Add(m_days[i], 0, wxRIGHT, 8);
    }
    s->Add(days, 0, wxBOTTOM, 12);
    s->Add(new wxStaticText(page, wxID_ANY,
                            "&Holidays and shutdowns, one per line: a date (YYYY-MM-DD) or a range "_wx
                            "(YYYY-MM-DD..YYYY-MM-DD), then a name:"),
           0, wxBOTTOM, 4);
    m_holidays = new wxTextCtrl(page, wxID_ANY, ""_wx, wxDefaultPosition, wxSize(-1, 160), wxTE_MULTILINE);
    s->Add(m_holidays, 1, wxEXPAND);
    page->SetSizer(s);
    m_pages.push_back(page);
}

void NewPlanWizard::buildTeamPage()
{
    auto* page = new wxWizardPageSimple(this);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(heading(page, "Team"_wx), 0, wxBOTTOM, 12);
    s->Add(new wxStaticText(page, wxID_ANY, "Who fills each role? Leave a name empty to keep the role as a placeholder."_wx),
           0, wxBOTTOM, 8);
    m_team = new wxGrid(page, wxID_ANY, wxDefaultPosition, wxSize(-1, 220));
    m_team->CreateGrid(0, 3);
    m_team->SetColLabelValue(0, "Role"_wx);
    m_team->SetColLabelValue(1, "Name"_wx);
    m_team->SetColLabelValue(2, "E-mail"_wx);
    m_team->SetColSize(0, 220);
    m_team->SetColSize(1, 170);
    m_team->SetColSize(2, 170);
    m_team->SetRowLabelSize(0);
    m_team->SetDefaultCellOverflow(false);
    m_team->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { fitTeamColumns(); });
    });
    s->Add(m_team, 1, wxEXPAND | wxBOTTOM, 8);
    // Filled in when the page is shown (updateSummary); until then it says what it will hold.
    m_summary = new wxStaticText(page, wxID_ANY, "The plan's number of tasks and its dates appear here."_wx);
    s->Add(m_summary, 0, wxEXPAND);
    page->SetSizer(s);
    m_pages.push_back(page);
}

void NewPlanWizard::loadTemplateRoles()
{
    m_template.reset();
    const int sel = m_templateChoice ? m_templateChoice->GetSelection() : -1;
    if (sel < 0 || sel >= static_cast<int>(m_templates.size()))
        return;
    auto t = loadTemplate(templateSearchPath(programDir()), m_templates[static_cast<std::size_t>(sel)].id);
    if (!t)
        return;
    m_template = std::move(t).value();
    if (m_team->GetNumberRows() > 0)
        m_team->DeleteRows(0, m_team->GetNumberRows());
    for (const auto& r : m_template->resources) {
        if (r.kind == ResourceKind::External)
            continue;
        m_team->AppendRows(1);
        const int row = m_team->GetNumberRows() - 1;
        m_team->SetCellValue(row, 0, wx(r.name));
        m_team->SetReadOnly(row, 0);
        m_team->SetCellValue(row, 1, r.kind == ResourceKind::Person ? wx(r.name) : wxString());
    }
    fitTeamColumns();
}

void NewPlanWizard::fitTeamColumns()
{
    // Each role read in full in its own column (it ran on under the empty Name
    // cell), the name and e-mail sharing what is left of the table's width.
    m_team->AutoSizeColumn(0, false);
    const int room = m_team->GetClientSize().x - m_team->GetColSize(0) - 4;
    const int each = std::max(150, room / 2);
    m_team->SetColSize(1, each);
    m_team->SetColSize(2, each);
    m_team->ForceRefresh();
}

NewPlanOptions NewPlanWizard::options() const
{
    NewPlanOptions o;
    o.organization = utf8(m_organization->GetValue().Strip(wxString::both));
    o.scope = utf8(m_scope->GetValue().Strip(wxString::both));
    o.certificationBody = utf8(m_body->GetValue().Strip(wxString::both));
    o.size = static_cast<OrganizationSize>(std::max(0, m_size->GetSelection()));
    // Checked when leaving the schedule page; buildPlan refuses a bad date.
    if (auto d = scheduleDate(); d && m_backward->GetValue())
        o.target = *d;
    else if (d)
        o.start = *d;
    WeekMask week{0};
    for (int i = 0; i < 7; ++i)
        if (m_days[i]->GetValue())
            week.bits = static_cast<std::uint8_t>(week.bits | (1U << i));
    o.workingWeek = week;
    // Checked when leaving the calendar page; a bad line is refused there.
    if (auto holidays = present::parseHolidayLines(utf8(m_holidays->GetValue())))
        o.holidays = std::move(holidays).value();
    if (m_template) {
        std::size_t row = 0;
        for (const auto& r : m_template->resources) {
            if (r.kind == ResourceKind::External)
                continue;
            const std::string name = utf8(m_team->GetCellValue(static_cast<int>(row), 1).Strip(wxString::both));
            const std::string mail = utf8(m_team->GetCellValue(static_cast<int>(row), 2).Strip(wxString::both));
            if (!name.empty() && name != r.name)
                o.team.push_back({r.id, name, mail});
            ++row;
        }
    }
    return o;
}

Result<Plan, std::string> NewPlanWizard::buildPlan() const
{
    if (!m_template)
        return unexpected(std::string("choose a template"));
    const NewPlanOptions o = options();
    if (o.workingWeek && o.workingWeek->bits == 0)
        return unexpected(std::string("choose at least one working day"));
    if (auto holidays = present::parseHolidayLines(utf8(m_holidays->GetValue())); !holidays)
        return unexpected("holidays: " + holidays.error());
    if (auto d = scheduleDate(); !d)
        return unexpected(d.error());
    auto plan = instantiateTemplate(*m_template, o);
    if (!plan)
        return plan;
    // A backward plan records the start its target requires.
    if (plan->info.direction == PlanningDirection::Backward)
        if (auto s = computeSchedule(*plan))
            plan->info.start = s->start;
    return plan;
}

Result<Date, std::string> NewPlanWizard::scheduleDate() const
{
    const DateField* field = m_backward->GetValue() ? m_target : m_startDate;
    auto d = field->value();
    if (!d)
        return unexpected(d.error());
    return **d; // a required field: a valid value is a date
}

void NewPlanWizard::updateSummary()
{
    auto plan = buildPlan();
    if (!plan) {
        m_summary->SetLabel(wx(plan.error()));
        return;
    }
    auto s = computeSchedule(*plan);
    if (!s) {
        m_summary->SetLabel(wx(s.error().message));
        return;
    }
    // Counted like the status bar and the grid's row numbers (presenters/TaskCount.h).
    const present::DateFormat dates(m_prefs.dateStyle);
    wxString text = wxString::Format("%s from %s to %s."_wx, wx(present::taskCountText(present::countTasks(*plan))),
                                     wx(dates.format(s->start)), wx(dates.format(s->finish)));
    if (plan->info.direction == PlanningDirection::Backward)
        text += "\nTo reach stage 2 by "_wx + wx(dates.format(*plan->info.target)) + ", start on "_wx +
                wx(dates.format(s->start)) + " at the latest."_wx;
    m_summary->SetLabel(text);
    m_summary->Wrap(580);
}

void NewPlanWizard::onPageChanging(wxWizardEvent& e)
{
    if (!e.GetDirection())
        return;
    wxWizardPage* page = e.GetPage();
    if (page == m_pages[0] && !m_template) {
        wxMessageBox("Choose a template first."_wx, "New Plan"_wx, wxOK | wxICON_INFORMATION, this);
        e.Veto();
    } else if (page == m_pages[1] && m_organization->GetValue().Strip(wxString::both).empty()) {
        wxMessageBox("Enter the organization's name: it appears on the plan and the certificate."_wx, "New Plan"_wx,
                     wxOK | wxICON_INFORMATION, this);
        m_organization->SetFocus();
        e.Veto();
    } else if (page == m_pages[2]) {
        if (auto d = scheduleDate(); !d) {
            wxMessageBox(wx(d.error()), "New Plan"_wx, wxOK | wxICON_INFORMATION, this);
            (m_backward->GetValue() ? m_target : m_startDate)->SetFocus();
            e.Veto();
        }
    } else if (page == m_pages[3]) {
        if (auto holidays = present::parseHolidayLines(utf8(m_holidays->GetValue())); !holidays) {
            wxMessageBox("Holidays and shutdowns, "_wx + wx(holidays.error()), "New Plan"_wx, wxOK | wxICON_INFORMATION,
                         this);
            m_holidays->SetFocus();
            e.Veto();
            return;
        }
        CallAfter([this] { updateSummary(); });
    }
}

std::optional<Plan> NewPlanWizard::run()
{
    if (!RunWizard(m_pages.front()))
        return std::nullopt;
    auto plan = buildPlan();
    if (!plan) {
        wxMessageBox(wx(plan.error()), "New Plan"_wx, wxOK | wxICON_ERROR, GetParent());
        return std::nullopt;
    }
    return std::move(plan).value();
}

} // namespace certplan::gui
