// SPDX-License-Identifier: MIT
#include "MainFrame.h"

#include "AppIcon.h"
#include "WxConvert.h"
#include "commands/TaskEdits.h"
#include "io/PlanReader.h"
#include "safety/PlanLock.h"
#include "dialogs/ConflictsDialog.h"
#include "dialogs/TaskDialog.h"
#include "lifecycle/Readiness.h"
#include "presenters/LinkNotes.h"
#include "presenters/TaskCount.h"
#include "presenters/TextFormat.h"
#include "views/AuditsView.h"
#include "views/ChecklistView.h"
#include "views/DocumentsView.h"
#include "views/DashboardView.h"
#include "views/PlanView.h"
#include "views/ResourcesView.h"

#include <algorithm>

#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/display.h>
#include <wx/dnd.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>

#include <filesystem>

namespace certplan::gui {

namespace {

// Plans dropped from a file manager open like File > Open.
class PlanDropTarget : public wxFileDropTarget {
public:
    explicit PlanDropTarget(MainFrame& frame) : m_frame(frame) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override
    {
        if (files.empty())
            return false;
        m_frame.CallAfter([this, path = utf8(files[0])] { m_frame.openFile(path); });
        return true;
    }

private:
    MainFrame& m_frame;
};

} // namespace

MainFrame::MainFrame()
    : wxFrame(nullptr, wxID_ANY, "CertPlan"_wx, wxDefaultPosition, wxSize(1400, 860)), m_wxPrompts(this),
      m_prompts(&m_wxPrompts), m_files(m_doc, m_wxPrompts), m_prefs(Preferences::load()), m_history(9),
      m_recovery(m_doc, safety::RecoveryStore()), m_recoveryTimer(this)
{
    SetMinSize(wxSize(800, 500));
    m_tabs = new wxNotebook(this, wxID_ANY);
    m_planView = new PlanView(m_tabs, *this, m_doc);
    m_tabs->AddPage(m_planView, "Plan"_wx, true);
    m_tabs->AddPage(new ResourcesView(m_tabs, *this, m_doc), "Resources"_wx);
    m_tabs->AddPage(new ChecklistView(m_tabs, *this, m_doc), "Checklist"_wx);
    m_tabs->AddPage(new DocumentsView(m_tabs, *this, m_doc), "Documents"_wx);
    m_tabs->AddPage(new AuditsView(m_tabs, *this, m_doc), "Audits"_wx);
    m_dashboard = new DashboardView(m_tabs, *this, m_doc);
    m_tabs->AddPage(m_dashboard, "Dashboard"_wx);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_tabs, 1, wxEXPAND);
    SetSizer(sizer);

    buildMenus();
    buildStatusBar();
    buildToolbar();
    SetIcons(appIcons());
    {
        const bool legend = wxConfigBase::Get()->ReadBool("/Window/Legend"_wx, true);
        m_planView->showLegend(legend);
        GetMenuBar()->Check(ID_ShowLegend, legend);
    }
    m_history.Load(*wxConfigBase::Get());
    updateRecentMenu();
    m_files.setOnFileUsed([this](const std::string& path) {
        // Just opened or saved: the file holds all the work, the recovery copy goes.
        m_recoveryTimer.Stop();
        m_recovery.discard();
        updateStatusBar();
        // Absolute: a plan opened from the command line as "plan.certplan" must
        // still be found from Open Recent when the app starts elsewhere.
        std::error_code ec;
        const auto absolute = std::filesystem::absolute(path, ec).lexically_normal();
        m_history.AddFileToHistory(wx(ec ? path : absolute.string()));
        updateRecentMenu();
        m_history.Save(*wxConfigBase::Get());
        wxConfigBase::Get()->Flush();
    });
    SetDropTarget(new PlanDropTarget(*this));
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    Bind(wxEVT_MENU, &MainFrame::onMenu, this);
    Bind(wxEVT_MENU, &MainFrame::onRecent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_TIMER, &MainFrame::onRecoveryTimer, this);
    Bind(wxEVT_ACTIVATE, &MainFrame::onActivate, this);
    m_tabs->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        e.Skip();
        updateTaskCommands();
    });
    m_doc.addListener(this);
    applyPreferences();
    updateTitle();
    updateStatusBar();
    updateUndoMenu();
    updateTaskCommands();
}

MainFrame::~MainFrame()
{
    m_doc.removeListener(this);
    // The views observe m_doc and unregister from it when destroyed. wxWindow's
    // own destructor would destroy them only after m_doc is gone, so they go
    // first, here, while the document they observe still exists.
    DestroyChildren();
}

void MainFrame::setPrompts(present::UserPrompts* prompts)
{
    m_prompts = prompts ? prompts : &m_wxPrompts;
    m_files.setPrompts(*m_prompts);
}

void MainFrame::showPlanTask(const std::string& id)
{
    m_tabs->SetSelection(static_cast<size_t>(m_tabs->FindPage(m_planView)));
    m_planView->scrollToTask(id);
}

void MainFrame::showConflicts()
{
    if (!m_doc.hasSchedule())
        return;
    ConflictsDialog dlg(this, present::conflictRows(m_doc.plan(), m_doc.schedule()));
    dlg.CenterOnParent();
    if (dlg.ShowModal() != wxID_CLOSE && !dlg.chosenTask().empty())
        showPlanTask(dlg.chosenTask());
}

void MainFrame::showTab(int menuIndex)
{
    static const char* names[] = {"Plan", "Resources", "Checklist", "Documents", "Audits", "Dashboard"};
    if (menuIndex < 0 || menuIndex >= static_cast<int>(std::size(names)))
        return;
    for (size_t p = 0; p < m_tabs->GetPageCount(); ++p)
        if (m_tabs->GetPageText(p) == wx(names[menuIndex]))
            m_tabs->SetSelection(p);
}

bool MainFrame::openFile(const std::string& path)
{
    return m_files.open(path);
}

bool MainFrame::runEdit(Result<CommandPtr, std::string> cmd)
{
    if (!cmd) {
        if (cmd.error() != "nothing to change")
            m_prompts->showError("This change is not possible", cmd.error());
        return false;
    }
    auto done = m_doc.execute(std::move(cmd).value());
    if (!done) {
        m_prompts->showError("This change is not possible", done.error());
        return false;
    }
    return true;
}

bool MainFrame::runLinkEdit(Result<CommandPtr, std::string> cmd, const std::vector<std::string>& taskIds)
{
    const auto before = present::snapshotLinks(m_doc.plan(), taskIds);
    if (!runEdit(std::move(cmd)))
        return false;
    // After the edit's own status bar update, which would overwrite it.
    if (const std::string note = present::ignoredLinkNote(m_doc.plan(), before, m_planView->dates()); !note.empty())
        showStatusMessage(note);
    return true;
}

void MainFrame::actionFailed(const std::string& action, const std::string& reason)
{
    // Work first: a recovery copy, in case the next step fails too.
    m_recovery.writeNow(true);
    // The views may be half-way through an update: bring them back in line
    // with the plan as it is.
    m_doc.notifyEverythingChanged();
    std::string kept = "The plan is still open with all its changes; nothing was saved.";
    if (!m_recovery.copyPath().empty())
        kept += " A recovery copy is in " + m_recovery.copyPath() + ".";
    m_prompts->showError(action + " failed", reason + "\n\n" + kept + " Save the plan (perhaps under a new name) before you go on.");
}

void MainFrame::planChanged(const ChangeSet&)
{
    m_recovery.noteChange();
    // The first unsaved change starts the clock; changes while it runs go into the same copy.
    if (m_recovery.pending() && m_prefs.recoverySeconds > 0 && !m_recoveryTimer.IsRunning())
        m_recoveryTimer.StartOnce(m_prefs.recoverySeconds * 1000);
    updateTitle();
    updateStatusBar();
    updateUndoMenu();
}

void MainFrame::updateTitle()
{
    SetTitle(wx(m_files.windowTitle()));
}

void MainFrame::buildStatusBar()
{
    CreateStatusBar(4);
    // The figures' fields as wide as their longest text, the rest for messages.
    wxStatusBar* bar = GetStatusBar();
    wxClientDC dc(bar);
    dc.SetFont(bar->GetFont());
    auto fits = [&dc](const char* longest) { return dc.GetTextExtent(wx(longest)).x + 28; };
    const int widths[] = {-1, fits("Finish: 31 Dec 2249"), fits("Critical tasks: 99999"), fits("Readiness: 100.0 %")};
    bar->SetStatusWidths(4, widths);
    bar->Bind(wxEVT_LEFT_DCLICK, [this](wxMouseEvent&) {
        if (m_doc.hasSchedule() && !m_doc.schedule().conflicts.empty())
            showConflicts();
    });
}

void MainFrame::updateStatusBar()
{
    const Plan& plan = m_doc.plan();
    if (!m_doc.hasSchedule()) {
        SetStatusText("Cannot schedule: "_wx + wx(m_doc.scheduleError()), 0);
        SetStatusText(""_wx, 1);
        SetStatusText(""_wx, 2);
    } else {
        const Schedule& s = m_doc.schedule();
        // Counted as the rows are numbered (presenters/TaskCount.h).
        wxString left = wx(present::taskCountText(present::countTasks(plan)));
        if (!s.conflicts.empty())
            left += wxString::Format("  \u2014  %zu schedule conflict%s (double-click or Ctrl+Shift+K to read)"_wx,
                                     s.conflicts.size(), wx(s.conflicts.size() == 1 ? "" : "s"));
        SetStatusText(left, 0);
        // The certification project's finish, as the dashboard shows it: later cycles' audits do not move it.
        SetStatusText(plan.tasks.empty() ? wxString() : "Finish: "_wx + wx(m_planView->dates().format(s.projectFinish)), 1);
        SetStatusText(wxString::Format("Critical tasks: %d"_wx, s.criticalCount), 2);
    }
    if (!plan.checklists.empty())
        SetStatusText("Readiness: "_wx + wx(present::percent(computeReadiness(plan.checklists.front()).overall, 1)), 3);
    else
        SetStatusText(""_wx, 3);
}

void MainFrame::onClose(wxCloseEvent& e)
{
    if (e.CanVeto() && !m_files.confirmDiscard()) {
        e.Veto();
        return;
    }
    // Closed cleanly (saved, or changes discarded on purpose): nothing to recover, nobody holds the file.
    m_recoveryTimer.Stop();
    m_recovery.discard();
    m_files.close();
    saveGeometry();
    Destroy();
}

void MainFrame::restoreGeometry()
{
    wxConfigBase* c = wxConfigBase::Get();
    const long w = c->ReadLong("/Window/Width"_wx, 0), h = c->ReadLong("/Window/Height"_wx, 0);
    const wxRect screen = wxDisplay(0u).GetClientArea();
    if (w >= GetMinSize().x && h >= GetMinSize().y && w <= screen.width && h <= screen.height) {
        SetSize(wxSize(static_cast<int>(w), static_cast<int>(h)));
    } else if (GetSize().x > screen.width || GetSize().y > screen.height) {
        // First run on a small screen: the default 1400x860 would hang off its edges.
        SetSize(screen.GetPosition().x, screen.GetPosition().y, std::min(GetSize().x, screen.width),
                std::min(GetSize().y, screen.height));
    }
    if (c->ReadBool("/Window/Maximized"_wx, false))
        Maximize();
    const long sash = c->ReadLong("/Window/Sash"_wx, 0);
    if (sash >= 100 && sash < GetSize().x - 100)
        m_planView->setSashPosition(static_cast<int>(sash));
}

void MainFrame::saveGeometry()
{
    wxConfigBase* c = wxConfigBase::Get();
    c->Write("/Window/Maximized"_wx, IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        c->Write("/Window/Width"_wx, static_cast<long>(GetSize().x));
        c->Write("/Window/Height"_wx, static_cast<long>(GetSize().y));
    }
    c->Write("/Window/Sash"_wx, static_cast<long>(m_planView->sashPosition()));
    c->Flush();
}

void MainFrame::updateRecentMenu()
{
    // An empty submenu opens as a blank box; a disabled item says there is nothing yet.
    if (m_recentItem)
        m_recentItem->Enable(m_history.GetCount() > 0);
}

void MainFrame::onRecent(wxCommandEvent& e)
{
    const wxString path = m_history.GetHistoryFile(static_cast<size_t>(e.GetId() - wxID_FILE1));
    if (!std::filesystem::exists(utf8(path))) {
        m_prompts->showError("Cannot open " + utf8(path), "The file no longer exists; it is removed from the recent files.");
        m_history.RemoveFileFromHistory(static_cast<size_t>(e.GetId() - wxID_FILE1));
        updateRecentMenu();
        m_history.Save(*wxConfigBase::Get());
        return;
    }
    openFile(utf8(path));
}

void MainFrame::onRecoveryTimer(wxTimerEvent&)
{
    if (!m_recovery.pending())
        return;
    // Waited for (milliseconds: see the README's figures), so the status bar tells the truth.
    if (m_recovery.writeNow(true)) {
        m_recoveryWarned = false;
        SetStatusText("Recovery copy written at "_wx + wxDateTime::Now().FormatISOTime(), 0);
        return;
    }
    // The writer's error already begins "cannot write the recovery copy: ".
    std::string why = m_recovery.lastError();
    if (const std::string prefix = "cannot write the recovery copy: "; why.rfind(prefix, 0) == 0)
        why.erase(0, prefix.size());
    SetStatusText("Recovery copy NOT written: "_wx + wx(why), 0);
    // Said once until copies work again; the next change tries again.
    if (!m_recoveryWarned) {
        m_recoveryWarned = true;
        m_prompts->showError("Unsaved work cannot be kept safe",
                             "CertPlan could not write the recovery copy of this plan: " + why + "." +
                                 "\n\nIf CertPlan stopped now, the changes since the last save would be lost. Save the plan, "
                                 "or make " + m_recovery.store().directory() + " writable.");
    }
}

void MainFrame::onActivate(wxActivateEvent& e)
{
    e.Skip();
    if (!e.GetActive() || m_checkingDisk)
        return;
    // After the activation settles: the question is a dialog, which changes activation itself.
    CallAfter([this] {
        if (m_checkingDisk)
            return;
        m_checkingDisk = true;
        m_files.checkChangedOnDisk();
        m_checkingDisk = false;
    });
}

void MainFrame::offerRecovery()
{
    const safety::RecoveryStore& store = m_recovery.store();
    auto entries = present::RecoveryKeeper::recoverable(store);
    if (entries.empty())
        return;
    std::vector<std::string> descriptions;
    for (const auto& e : entries)
        descriptions.push_back(present::RecoveryKeeper::describe(e));
    const auto choice = m_prompts->askRecover(descriptions);
    using Kind = present::UserPrompts::RecoveryChoice::Kind;
    if (choice.kind == Kind::DiscardAll) {
        for (const auto& e : entries)
            store.remove(e);
        return;
    }
    if (choice.kind != Kind::Recover || choice.index >= entries.size())
        return;
    const safety::RecoveryEntry& entry = entries[choice.index];
    if (!entry.usable) {
        m_prompts->showError("Cannot recover this copy", present::RecoveryKeeper::describe(entry));
        return;
    }
    auto loaded = readPlanFile(entry.planFile);
    if (!loaded) {
        m_prompts->showError("Cannot recover " + present::RecoveryKeeper::describe(entry), loaded.error().format("error"));
        return;
    }
    // The crashed process left its lock behind: that one is ours to remove.
    const std::string& original = entry.info.originalPath;
    if (auto lock = safety::readLock(original); !original.empty() && lock && lock->pid == entry.pid && safety::isStale(*lock))
        safety::breakLock(original);
    if (!m_files.openRecovered(std::move(loaded->plan), original))
        return;
    // Our own copy first, then the old one goes: the work is never in no copy at all.
    m_recovery.writeNow(true);
    store.remove(entry);
}

void MainFrame::setPreferences(const Preferences& p)
{
    m_prefs = p;
    applyPreferences();
    updateStatusBar();
}

void MainFrame::applyPreferences()
{
    m_planView->setDateFormat(present::DateFormat(m_prefs.dateStyle));
    // The other views read the Date format when they fill; one notification refills them all.
    m_doc.notifyEverythingChanged();
    m_planView->setTimeUnit(m_prefs.ganttUnit);
    m_files.setBackupLevels(m_prefs.backupLevels);
    if (m_prefs.recoverySeconds <= 0)
        m_recoveryTimer.Stop();
}

} // namespace certplan::gui

namespace certplan::gui {

void MainFrame::updateTaskCommands()
{
    // The task commands act on the Plan tab's selection: on another tab they
    // would change rows the user cannot see (Delete in the Documents list
    // removed a phase), so they wait for the Plan tab, as MS Project's task
    // commands do for a task view.
    wxMenuBar* bar = GetMenuBar();
    if (!bar || !m_tabs)
        return;
    const bool onPlan = m_tabs->GetCurrentPage() == m_planView;
    for (const int id : {int(ID_InsertTask), int(ID_InsertMilestone), int(ID_DeleteTask), int(ID_IndentTask),
                         int(ID_OutdentTask), int(ID_MoveUp), int(ID_MoveDown), int(ID_LinkTasks), int(ID_UnlinkTasks),
                         int(ID_LinkTo), int(ID_Progress0), int(ID_Progress25), int(ID_Progress50), int(ID_Progress75),
                         int(ID_Progress100)})
        if (bar->FindItem(id))
            bar->Enable(id, onPlan);
    updateToolbar();
}

} // namespace certplan::gui
