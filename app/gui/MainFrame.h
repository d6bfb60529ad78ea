// SPDX-License-Identifier: MIT
#pragma once
// The main window: menus, the view tabs and the status bar over one Document.
// It routes user actions to the model (commands through Document::execute,
// files through FileController) and never edits the plan itself.

#include "Preferences.h"
#include "SafetyNet.h"
#include "WxPrompts.h"
#include "commands/Document.h"
#include "presenters/FileController.h"
#include "presenters/RecoveryKeeper.h"

#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>

#include <memory>
#include <string>
#include <vector>

class wxNotebook;

namespace certplan::gui {

class PlanView;
class DashboardView;

enum MenuId {
    ID_NewFromTemplate = wxID_HIGHEST + 1,
    ID_Revert,
    ID_InsertTask,
    ID_InsertMilestone,
    ID_DeleteTask,
    ID_IndentTask,
    ID_OutdentTask,
    ID_MoveUp,
    ID_MoveDown,
    ID_LinkTasks,
    ID_UnlinkTasks,
    ID_TaskProperties,
    ID_Progress0,
    ID_Progress25,
    ID_Progress50,
    ID_Progress75,
    ID_Progress100,
    ID_ZoomIn,
    ID_ZoomOut,
    ID_ScaleDays,
    ID_ScaleWeeks,
    ID_ScaleMonths,
    ID_ScaleQuarters,
    ID_ScaleYears,
    ID_ExpandAll,
    ID_CollapseAll,
    ID_GoToToday,
    ID_GoToTask,
    ID_ShowConflicts,
    ID_Find,
    ID_FindNext,
    ID_Preferences,
    ID_ShowTab0, // View > Plan, Resources, Checklist, Documents, Audits, Dashboard: Ctrl+1..Ctrl+6
    ID_ShowTabLast = ID_ShowTab0 + 5,
    ID_ChooseColumns, // View > Columns...
    ID_ToggleColumn0, // the grid header's menu: one per column of the column model
    ID_ToggleColumnLast = ID_ToggleColumn0 + 63,
    ID_NewBlankPlan,
    ID_ProjectInformation,
    ID_ChangeWorkingTime,
    ID_LevelResources,
    // Project menu (MainFrameProject.cpp)
    ID_StatusDate,
    ID_SetBaseline,
    ID_CompareBaseline,
    ID_DeleteBaseline,
    ID_ZoomToFit,       // View > Zoom to Fit: the whole plan in the chart's width
    ID_ShowLegend,      // View > Legend (check item, remembered: /Window/Legend)
    ID_ShowToolbar,     // View > Toolbar (check item, remembered: /Window/Toolbar)
    ID_KeyboardShortcuts,
    ID_GettingStarted,
    ID_LinkTo,          // Edit > Link to...: the selected task follows a task chosen from a list
};

class MainFrame : public wxFrame, public PlanListener, public ActionFailureSink {
public:
    MainFrame();
    ~MainFrame() override;

    bool openFile(const std::string& path);
    Document& document() { return m_doc; }
    present::FileController& files() { return m_files; }
    PlanView* planView() { return m_planView; }
    DashboardView* dashboardView() { return m_dashboard; }
    // File > Open Recent, newest first (absolute paths).
    const wxFileHistory& recentFiles() const { return m_history; }
    // Switches to the Plan tab with the task selected and in view.
    void showPlanTask(const std::string& id);
    // Selects the tab at the menu's position (Plan 0 ... Dashboard 5), by name, so
    // the menu order holds whatever order the pages were added in.
    void showTab(int menuIndex);
    void showConflicts(); // View > Schedule Conflicts, or a double-click on the status bar
    // Runs the menu item whose shortcut (as the menu shows it) is this key, if
    // one is enabled: controls such as the grid take keys like Delete or
    // Shift+F2 for themselves before the menu bar sees them. True when it ran.
    bool runMenuShortcut(const wxKeyEvent& key);
    // Edit > Find Task / Find Next: the text last searched for (kept while the
    // window is open), and selecting the next task whose name contains it.
    void setFindText(const std::string& text) { m_findText = text; }
    void findNextTask();
    // The window's size, maximized state and grid/chart divider from the last
    // session (wxConfig /Window/...), as planners restore them; a size that no
    // longer fits the screen, or below the minimum, is ignored. Saved on close.
    void restoreGeometry();
    void saveGeometry();
    // Applies preferences to every view at once (File > Preferences; not saved here).
    void setPreferences(const Preferences& p);
    // How dates are shown and typed in dialogs (the Date format preference).
    present::DateFormat dateFormat() const { return present::DateFormat(m_prefs.dateStyle); }
    // A message in the status bar's first field until the plan next changes
    // (what a drag did to the task, for example).
    void showStatusMessage(const std::string& text);
    // View > Toolbar and View > Legend; each remembered in wxConfig.
    void showToolbar(bool show);
    void showLegend(bool show);
    // Tests replace the dialogs with scripted answers.
    void setPrompts(present::UserPrompts* prompts);
    // Where views tell the user something (never a native message box of their own).
    present::UserPrompts& prompts() { return *m_prompts; }

    // File > New Blank Plan: an empty plan (one Monday-Friday calendar, start
    // today or the next working day), unmodified until edited; then Project
    // Information is offered, as MS Project does for a new project.
    void newBlankPlan();
    // Project > Project Information, Change Working Time (resourceId: that
    // resource's own calendar, from the Resources tab) and Level Resources.
    void editProjectInformation();
    void changeWorkingTime(const std::string& resourceId = {});
    void levelResources();

    // Runs an edit; shows why when the model refuses it. True when applied.
    bool runEdit(Result<CommandPtr, std::string> cmd);
    // The same, for an edit that may add links into these tasks: a new link
    // the scheduler ignores, because the task has actual dates, is said in the
    // status bar (presenters/LinkNotes.h) instead of changing nothing silently.
    bool runLinkEdit(Result<CommandPtr, std::string> cmd, const std::vector<std::string>& taskIds);

    // After a crash: offers the recovery copies left behind (called once the
    // window is up).
    void offerRecovery();
    present::RecoveryKeeper& recovery() { return m_recovery; }

    void planChanged(const ChangeSet& changes) override;
    // The safety net: says what failed; the plan stays open with its changes.
    void actionFailed(const std::string& action, const std::string& reason) override;

private:
    void buildMenus();
    void buildStatusBar();
    void buildToolbar();
    void updateToolbar();
    void onHelp(int id);
    void updateTitle();
    void updateStatusBar();
    void updateUndoMenu();
    // Enables the task commands only while the Plan tab is showing.
    void updateTaskCommands();
    void updateRecentMenu();
    void onClose(wxCloseEvent& e);
    void onMenu(wxCommandEvent& e);
    // Project > Status Date, Set Baseline, Compare to Baseline, Delete Baseline.
    void projectCommand(int menuId);
    void onRecent(wxCommandEvent& e);
    void onRecoveryTimer(wxTimerEvent& e);
    void onActivate(wxActivateEvent& e);
    void applyPreferences();
    void editSelection(int menuId);

    Document m_doc;
    WxPrompts m_wxPrompts;
    present::UserPrompts* m_prompts;
    present::FileController m_files;
    Preferences m_prefs;
    wxFileHistory m_history;
    present::RecoveryKeeper m_recovery;
    wxTimer m_recoveryTimer;
    std::string m_findText;
    bool m_checkingDisk = false;
    bool m_recoveryWarned = false; // the user was told recovery copies fail
    wxNotebook* m_tabs = nullptr;
    PlanView* m_planView = nullptr;
    DashboardView* m_dashboard = nullptr;
    wxMenu* m_editMenu = nullptr;
    wxMenuItem* m_recentItem = nullptr; // File > Open Recent: disabled while empty
};

} // namespace certplan::gui
