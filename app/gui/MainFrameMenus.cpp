// SPDX-License-Identifier: MIT
// The menu bar of the main window and what each item does.
#include "MainFrame.h"

#include "WxConvert.h"
#include "commands/TaskEdits.h"
#include "dialogs/ColumnsDialog.h"
#include "dialogs/ConflictsDialog.h"
#include "commands/LevellingEdits.h"
#include "dialogs/LevellingDialog.h"
#include "dialogs/NewPlanWizard.h"
#include "dialogs/ProjectInfoDialog.h"
#include "dialogs/WorkingTimeDialog.h"
#include "templating/BlankPlan.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/TaskDialog.h"
#include "presenters/DeleteQuestion.h"
#include "presenters/NewTaskPlacement.h"
#include "presenters/text/TaskSearch.h"
#include "views/TaskGrid.h"
#include "views/GanttCanvas.h"
#include "views/PlanView.h"

#include <wx/config.h>
#include <wx/menu.h>
#include <wx/choicdlg.h>
#include <wx/textdlg.h>

#include <algorithm>
#include <memory>

namespace certplan::gui {

void MainFrame::buildMenus()
{
    auto* file = new wxMenu;
    file->Append(ID_NewFromTemplate, "&New from Template...\tCtrl+N"_wx, "Create a certification plan from a template"_wx);
    file->Append(ID_NewBlankPlan, "New &Blank Plan"_wx, "Start an empty plan with a Monday to Friday calendar"_wx);
    file->Append(wxID_OPEN, "&Open...\tCtrl+O"_wx);
    auto* recent = new wxMenu;
    m_recentItem = file->AppendSubMenu(recent, "Open &Recent"_wx);
    m_history.UseMenu(recent);
    file->Append(wxID_SAVE, "&Save\tCtrl+S"_wx);
    file->Append(wxID_SAVEAS, "Save &As...\tCtrl+Shift+S"_wx);
    file->Append(ID_Revert, "Re&vert"_wx, "Discard changes since the last save"_wx);
    file->AppendSeparator();
    file->Append(ID_Preferences, "Pr&eferences..."_wx); // R is Open Recent's
    file->AppendSeparator();
    file->Append(wxID_EXIT, "&Quit\tCtrl+Q"_wx);

    m_editMenu = new wxMenu;
    m_editMenu->Append(wxID_UNDO, "&Undo\tCtrl+Z"_wx);
    m_editMenu->Append(wxID_REDO, "&Redo\tCtrl+Y"_wx);
    m_editMenu->AppendSeparator();
    m_editMenu->Append(ID_InsertTask, "&Insert Task\tInsert"_wx);
    m_editMenu->Append(ID_InsertMilestone, "Insert &Milestone\tCtrl+Shift+M"_wx);
    m_editMenu->Append(ID_DeleteTask, "&Delete Task\tDelete"_wx);
    m_editMenu->AppendSeparator();
    m_editMenu->Append(ID_IndentTask, "Inden&t\tAlt+Shift+Right"_wx);
    m_editMenu->Append(ID_OutdentTask, "&Outdent\tAlt+Shift+Left"_wx);
    m_editMenu->Append(ID_MoveUp, "Mo&ve Up\tAlt+Shift+Up"_wx);
    m_editMenu->Append(ID_MoveDown, "Move Do&wn\tAlt+Shift+Down"_wx);
    m_editMenu->AppendSeparator();
    m_editMenu->Append(ID_LinkTasks, "&Link Tasks\tCtrl+L"_wx, "Link the selected tasks finish-to-start, in order"_wx);
    m_editMenu->Append(ID_LinkTo, "Lin&k to..."_wx, "Make the selected task follow another task (finish-to-start)"_wx);
    m_editMenu->Append(ID_UnlinkTasks, "U&nlink Tasks\tCtrl+Shift+L"_wx);
    m_editMenu->Append(ID_TaskProperties, "Task Prop&erties...\tShift+F2"_wx);
    auto* progress = new wxMenu;
    progress->Append(ID_Progress0, "&0 % Complete"_wx);
    progress->Append(ID_Progress25, "&25 % Complete"_wx);
    progress->Append(ID_Progress50, "&50 % Complete"_wx);
    progress->Append(ID_Progress75, "&75 % Complete"_wx);
    progress->Append(ID_Progress100, "&100 % Complete"_wx);
    m_editMenu->AppendSubMenu(progress, "Mark &Progress"_wx);
    m_editMenu->AppendSeparator();
    m_editMenu->Append(ID_Find, "&Find Task...\tCtrl+F"_wx);
    m_editMenu->Append(ID_FindNext, "Find Ne&xt\tF3"_wx, "The next task whose name contains the text last searched for"_wx);

    auto* view = new wxMenu;
    const char* tabs[] = {"&Plan", "&Resources", "&Checklist", "Doc&uments", "&Audits", "&Dashboard"};
    for (int k = 0; k < 6; ++k)
        view->Append(ID_ShowTab0 + k, wxString::Format("%s\tCtrl+%d"_wx, wx(tabs[k]), k + 1));
    view->AppendSeparator();
    view->Append(ID_ZoomIn, "Zoom &In\tCtrl+="_wx);
    view->Append(ID_ZoomOut, "Zoom &Out\tCtrl+-"_wx);
    auto* scale = new wxMenu;
    scale->AppendRadioItem(ID_ScaleDays, "&Days"_wx);
    scale->AppendRadioItem(ID_ScaleWeeks, "&Weeks"_wx);
    scale->AppendRadioItem(ID_ScaleMonths, "&Months"_wx);
    scale->AppendRadioItem(ID_ScaleQuarters, "&Quarters"_wx);
    scale->AppendRadioItem(ID_ScaleYears, "&Years"_wx);
    view->AppendSubMenu(scale, "&Time Scale"_wx);
    view->Append(ID_ZoomToFit, "Zoom to &Fit"_wx, "Choose the time scale and scroll so the whole plan fits the chart"_wx);
    view->AppendCheckItem(ID_ShowLegend, "Le&gend"_wx, "What the chart's bars, diamonds and lines mean"_wx);
    view->AppendCheckItem(ID_ShowToolbar, "Tool&bar"_wx);
    view->AppendSeparator();
    view->Append(ID_ExpandAll, "&Expand All"_wx);
    view->Append(ID_CollapseAll, "Collapse A&ll"_wx);
    view->Append(ID_ChooseColumns, "Colu&mns..."_wx, "Choose the columns of the task grid"_wx);
    view->AppendSeparator();
    view->Append(ID_GoToToday, "Go to Toda&y\tCtrl+T"_wx);
    view->Append(ID_GoToTask, "&Scroll to Task\tCtrl+Shift+T"_wx);
    view->AppendSeparator();
    view->Append(ID_ShowConflicts, "Schedule Co&nflicts...\tCtrl+Shift+K"_wx,
                 "Read every schedule conflict and go to the task concerned"_wx);

    auto* project = new wxMenu;
    project->Append(ID_ProjectInformation, "Project &Information..."_wx,
                    "Title, organization, scope, standard, start and target dates, plan calendar"_wx);
    project->Append(ID_StatusDate, "&Status Date..."_wx, "Set or move the date progress is reported up to"_wx);
    project->Append(ID_ChangeWorkingTime, "Change Working &Time..."_wx,
                    "Working weekdays, holidays and shutdowns of the plan's calendars"_wx);
    project->AppendSeparator();
    project->Append(ID_SetBaseline, "Set &Baseline..."_wx, "Save the current schedule as a baseline"_wx);
    project->Append(ID_CompareBaseline, "&Compare to Baseline..."_wx,
                    "Show a baseline's dates and the variance in the grid, and its bars in the chart"_wx);
    project->Append(ID_DeleteBaseline, "&Delete Baseline..."_wx, "Remove a saved baseline from the plan"_wx);
    project->AppendSeparator();
    project->Append(ID_LevelResources, "&Level Resources"_wx,
                    "Delay tasks until no one is asked for more than they can give (one undoable step)"_wx);

    auto* help = new wxMenu;
    help->Append(ID_GettingStarted, "&Getting Started"_wx, "A short guide: the tabs and the usual way through a certification plan"_wx);
    help->Append(ID_KeyboardShortcuts, "&Keyboard Shortcuts"_wx, "Every shortcut the menus offer"_wx);
    help->AppendSeparator();
    help->Append(wxID_ABOUT, "&About CertPlan"_wx);

    auto* bar = new wxMenuBar;
    bar->Append(file, "&File"_wx);
    bar->Append(m_editMenu, "&Edit"_wx);
    bar->Append(view, "&View"_wx);
    bar->Append(project, "&Project"_wx);
    bar->Append(help, "&Help"_wx);
    SetMenuBar(bar);
}

namespace {

// The enabled item of `menu` (or its submenus) whose accelerator is the key.
int findShortcut(wxMenu* menu, int flags, int code)
{
    for (wxMenuItem* item : menu->GetMenuItems()) {
        if (wxMenu* sub = item->GetSubMenu()) {
            if (const int id = findShortcut(sub, flags, code); id != wxID_NONE)
                return id;
            continue;
        }
        if (!item->IsEnabled())
            continue;
        std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
        if (accel && accel->GetFlags() == flags && accel->GetKeyCode() == code)
            return item->GetId();
    }
    return wxID_NONE;
}

} // namespace

bool MainFrame::runMenuShortcut(const wxKeyEvent& key)
{
    wxMenuBar* bar = GetMenuBar();
    if (!bar)
        return false;
    int flags = wxACCEL_NORMAL;
    if (key.ControlDown())
        flags |= wxACCEL_CTRL;
    if (key.AltDown())
        flags |= wxACCEL_ALT;
    if (key.ShiftDown())
        flags |= wxACCEL_SHIFT;
    int code = key.GetKeyCode();
    if (code >= 'a' && code <= 'z')
        code -= 'a' - 'A';
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
        const int id = findShortcut(bar->GetMenu(m), flags, code);
        if (id == wxID_NONE)
            continue;
        wxCommandEvent run(wxEVT_MENU, id);
        run.SetEventObject(this);
        GetEventHandler()->ProcessEvent(run);
        return true;
    }
    return false;
}

void MainFrame::updateUndoMenu()
{
    if (!m_editMenu)
        return;
    const wxString undo = m_doc.canUndo() ? "&Undo "_wx + wx(m_doc.undoLabel()) : "&Undo"_wx;
    const wxString redo = m_doc.canRedo() ? "&Redo "_wx + wx(m_doc.redoLabel()) : "&Redo"_wx;
    m_editMenu->SetLabel(wxID_UNDO, undo + "\tCtrl+Z"_wx);
    m_editMenu->SetLabel(wxID_REDO, redo + "\tCtrl+Y"_wx);
    m_editMenu->Enable(wxID_UNDO, m_doc.canUndo());
    m_editMenu->Enable(wxID_REDO, m_doc.canRedo());
    updateToolbar();
    if (wxMenuBar* bar = GetMenuBar())
        bar->Enable(ID_Revert, m_doc.isModified() && !m_doc.path().empty());
    if (wxMenuBar* bar = GetMenuBar()) {
        const int scaleIds[] = {ID_ScaleDays, ID_ScaleWeeks, ID_ScaleMonths, ID_ScaleQuarters, ID_ScaleYears};
        bar->Check(scaleIds[static_cast<int>(m_planView->timeUnit())], true);
    }
}

void MainFrame::editSelection(int id)
{
    const Plan& plan = m_doc.plan();
    const std::string current = m_planView->currentTaskId();
    const auto selected = m_planView->selectedTaskIds();
    switch (id) {
    case ID_InsertTask:
    case ID_InsertMilestone: {
        Task t;
        t.name = id == ID_InsertMilestone ? "New milestone" : "New task";
        t.milestone = id == ID_InsertMilestone;
        t.durationDays = t.milestone ? 0 : 1;
        t.id = uniqueTaskId(plan);
        // Like MS Project: the new row goes above the current one, at its level.
        const int at = current.empty() ? static_cast<int>(plan.tasks.size()) : plan.taskIndex(current);
        const int level = current.empty() ? 0 : plan.tasks[static_cast<std::size_t>(at)].level;
        // Where its neighbours are, not at the project start or status date (presenters/NewTaskPlacement.h).
        const OptDate snet = present::newTaskStartNoEarlierThan(plan, m_doc.hasSchedule() ? &m_doc.schedule() : nullptr, at);
        if (snet)
            t.constraint = {ConstraintType::StartNoEarlierThan, *snet};
        if (!runEdit(insertTask(plan, at, level, t, id == ID_InsertMilestone ? "Insert Milestone" : "Insert Task")))
            return;
        m_planView->selectTask(t.id);
        if (snet && m_doc.hasSchedule())
            if (const std::string note = present::newTaskAfterStatusDateNote(m_doc.plan(), m_doc.schedule(), t.id, *snet,
                                                                             m_planView->dates());
                !note.empty())
                showStatusMessage(note);
        return;
    }
    case ID_DeleteTask:
        if (selected.empty())
            return;
        if (const auto question = present::deleteSummaryQuestion(plan, m_planView->tree(), selected))
            if (!m_prompts->confirm("Delete Summary Task", *question))
                return;
        runEdit(deleteTasks(plan, selected));
        return;
    case ID_IndentTask:
        if (!current.empty())
            runEdit(indentTask(plan, current));
        return;
    case ID_OutdentTask:
        if (!current.empty())
            runEdit(outdentTask(plan, current));
        return;
    // The moved task stays selected, so pressing the key again moves it again.
    case ID_MoveUp:
        if (!current.empty() && runEdit(moveTaskUp(plan, current)))
            m_planView->selectTask(current);
        return;
    case ID_MoveDown:
        if (!current.empty() && runEdit(moveTaskDown(plan, current)))
            m_planView->selectTask(current);
        return;
    case ID_LinkTasks: {
        if (selected.size() < 2) {
            m_prompts->showError("Link Tasks", "Select two or more tasks (Ctrl+click or Shift+click rows) to link them in order.");
            return;
        }
        std::vector<std::string> ordered = selected;
        std::sort(ordered.begin(), ordered.end(),
                  [&](const std::string& a, const std::string& b) { return plan.taskIndex(a) < plan.taskIndex(b); });
        auto macro = std::make_unique<MacroCommand>("Link Tasks");
        Plan scratch = plan; // each link is checked against the plan as the earlier links leave it
        for (std::size_t k = 1; k < ordered.size(); ++k) {
            auto link = linkTasks(scratch, ordered[k - 1], ordered[k]);
            if (!link)
                continue;
            (*link)->apply(scratch);
            macro->add(std::move(link).value());
        }
        if (!macro->empty())
            runLinkEdit(CommandPtr(std::move(macro)), ordered);
        return;
    }
    case ID_LinkTo: {
        // As a dialog of its own would: choose the predecessor from the plan's tasks, in plan order.
        if (current.empty())
            return;
        const int self = plan.taskIndex(current);
        std::vector<std::string> ids;
        wxArrayString names;
        for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
            if (static_cast<int>(i) == self)
                continue;
            ids.push_back(plan.tasks[i].id);
            names.Add(wx(m_planView->tree().wbs(static_cast<int>(i)) + "  " + plan.tasks[i].name));
        }
        if (ids.empty())
            return;
        const wxString question = wxString::Format("Make \u201c%s\u201d follow (finish-to-start):"_wx,
                                                   wx(plan.tasks[static_cast<std::size_t>(self)].name));
        wxSingleChoiceDialog dlg(this, question, "Link to"_wx, names);
        dlg.SetSelection(std::max(0, std::min(self - 1, static_cast<int>(ids.size()) - 1)));
        if (dlg.ShowModal() != wxID_OK || dlg.GetSelection() < 0)
            return;
        runEdit(linkTasks(plan, ids[static_cast<std::size_t>(dlg.GetSelection())], current));
        return;
    }
    case ID_UnlinkTasks: {
        auto macro = std::make_unique<MacroCommand>("Unlink Tasks");
        Plan scratch = plan;
        for (const auto& id2 : selected) {
            const Task* t = scratch.findTask(id2);
            if (!t)
                continue;
            // Unlink each selected task from its selected predecessors, or from all of them when only one task is selected.
            const auto preds = t->predecessors;
            for (const auto& d : preds) {
                const bool both = std::find(selected.begin(), selected.end(), d.predecessor) != selected.end();
                if (selected.size() > 1 && !both)
                    continue;
                auto unlink = unlinkTasks(scratch, d.predecessor, id2);
                if (!unlink)
                    continue;
                (*unlink)->apply(scratch);
                macro->add(std::move(unlink).value());
            }
        }
        if (!macro->empty())
            runEdit(CommandPtr(std::move(macro)));
        return;
    }
    case ID_Progress0:
    case ID_Progress25:
    case ID_Progress50:
    case ID_Progress75:
    case ID_Progress100: {
        const int pct = (id - ID_Progress0) * 25;
        auto macro = std::make_unique<MacroCommand>("Mark Progress");
        const auto ctx = m_planView->cellContext();
        for (const auto& tid : selected) {
            const int task = plan.taskIndex(tid);
            if (task < 0 || m_planView->tree().isSummary(task))
                continue;
            auto cmd = present::commandForEdit(ctx, task, present::TaskColumn::Complete, std::to_string(pct));
            if (cmd)
                macro->add(std::move(cmd).value());
        }
        if (!macro->empty())
            runEdit(CommandPtr(std::move(macro)));
        return;
    }
    default:
        return;
    }
}

void MainFrame::onMenu(wxCommandEvent& e)
{
    const int id = e.GetId();
    switch (id) {
    case ID_NewFromTemplate: {
        NewPlanWizard wizard(this, m_prefs);
        if (auto plan = wizard.run())
            m_files.replaceWith(std::move(*plan));
        return;
    }
    case ID_NewBlankPlan: newBlankPlan(); return;
    case ID_ProjectInformation: editProjectInformation(); return;
    case ID_ChangeWorkingTime: changeWorkingTime(); return;
    case ID_LevelResources: levelResources(); return;
    case wxID_OPEN: m_files.openWithPrompt(); return;
    case wxID_SAVE: m_files.save(); updateTitle(); updateUndoMenu(); return;
    case wxID_SAVEAS: m_files.saveAs(); updateTitle(); updateUndoMenu(); return;
    case ID_Revert: m_files.revert(); return;
    case wxID_EXIT: Close(); return;
    case wxID_UNDO: m_doc.undo(); return;
    case wxID_REDO: m_doc.redo(); return;
    case ID_Preferences: {
        PreferencesDialog dlg(this, m_prefs);
        if (dlg.ShowModal() == wxID_OK) {
            setPreferences(dlg.preferences());
            m_prefs.save();
        }
        return;
    }
    case ID_TaskProperties: {
        const std::string current = m_planView->currentTaskId();
        if (current.empty())
            return;
        TaskDialog dlg(this, m_doc, current, m_planView->dates());
        if (dlg.ShowModal() == wxID_OK)
            runLinkEdit(dlg.command(), {current});
        return;
    }
    case ID_ChooseColumns: {
        ColumnsDialog dlg(this, m_planView->grid()->columnChoice());
        dlg.CenterOnParent();
        if (dlg.ShowModal() == wxID_OK)
            m_planView->grid()->setColumnChoice(dlg.choice());
        return;
    }
    case ID_ShowTab0:
    case ID_ShowTab0 + 1:
    case ID_ShowTab0 + 2:
    case ID_ShowTab0 + 3:
    case ID_ShowTab0 + 4:
    case ID_ShowTabLast: showTab(id - ID_ShowTab0); return;
    case ID_ZoomToFit: m_planView->gantt()->zoomToFit(); break;
    case ID_ShowLegend: showLegend(e.IsChecked()); return;
    case ID_ShowToolbar: showToolbar(e.IsChecked()); return;
    case ID_KeyboardShortcuts:
    case ID_GettingStarted:
    case wxID_ABOUT: onHelp(id); return;
    case ID_ZoomIn: m_planView->setTimeUnit(present::zoomIn(m_planView->timeUnit())); break;
    case ID_ZoomOut: m_planView->setTimeUnit(present::zoomOut(m_planView->timeUnit())); break;
    case ID_ScaleDays:
    case ID_ScaleWeeks:
    case ID_ScaleMonths:
    case ID_ScaleQuarters:
    case ID_ScaleYears: m_planView->setTimeUnit(static_cast<present::TimeUnit>(id - ID_ScaleDays)); break;
    case ID_ExpandAll: m_planView->expandAll(); return;
    case ID_CollapseAll: m_planView->collapseAll(); return;
    case ID_GoToToday: m_planView->scrollToDate(boost::gregorian::day_clock::local_day()); return;
    case ID_GoToTask: m_planView->scrollToTask(m_planView->currentTaskId()); return;
    case ID_ShowConflicts: showConflicts(); return;
    case ID_StatusDate:
    case ID_SetBaseline:
    case ID_CompareBaseline:
    case ID_DeleteBaseline: projectCommand(id); return;
    case ID_Find:
    case ID_FindNext: {
        // Find asks, offering the last text; Find Next (F3) reuses it, and asks only the first time.
        if (id == ID_Find || m_findText.empty()) {
            const wxString text =
                wxGetTextFromUser("Find a task whose name contains:"_wx, "Find Task"_wx, wx(m_findText), this);
            if (text.empty())
                return;
            m_findText = utf8(text);
        }
        findNextTask();
        return;
    }
    default: editSelection(id); return;
    }
    m_prefs.ganttUnit = m_planView->timeUnit();
    updateUndoMenu();
}

void MainFrame::newBlankPlan()
{
    if (!m_files.startBlank(blankPlan(boost::gregorian::day_clock::local_day(), m_prefs.defaultWeek)))
        return;
    updateTitle();
    updateUndoMenu();
    // As MS Project does for a new project: the information first, but only offered.
    CallAfter([this] { editProjectInformation(); });
}

void MainFrame::editProjectInformation()
{
    ProjectInfoDialog dlg(this, m_doc.plan(), dateFormat());
    dlg.CenterOnParent();
    if (dlg.ShowModal() == wxID_OK)
        runEdit(dlg.command());
}

void MainFrame::changeWorkingTime(const std::string& resourceId)
{
    WorkingTimeDialog dlg(this, m_doc.plan(), dateFormat(), resourceId);
    dlg.CenterOnParent();
    if (dlg.ShowModal() == wxID_OK)
        runEdit(dlg.command());
}

void MainFrame::levelResources()
{
    ScheduleOptions options;
    if (m_doc.hasSchedule())
        options.statusDate = m_doc.schedule().statusDate;
    auto edit = levelResourcesEdit(m_doc.plan(), options);
    if (!edit) {
        m_prompts->showError("Level Resources", "Cannot level resources: " + edit.error() + ".");
        return;
    }
    // The list names tasks as they are before the edit; the edit keeps names and ids.
    if (edit->command && !runEdit(CommandPtr(std::move(edit->command))))
        return;
    LevellingDialog dlg(this, m_doc.plan(), *edit, dateFormat());
    dlg.CenterOnParent();
    if (dlg.ShowModal() == LevellingDialog::ID_ShowTask && !dlg.chosenTask().empty()) {
        showPlanTask(dlg.chosenTask());
        m_planView->selectTask(dlg.chosenTask());
    }
}

void MainFrame::findNextTask()
{
    const Plan& plan = m_doc.plan();
    const auto hit = present::findTaskByName(plan, plan.taskIndex(m_planView->currentTaskId()), m_findText);
    if (!hit) {
        m_prompts->showError("Find Task", "No task name contains \u201c" + m_findText + "\u201d.");
        return;
    }
    const std::string id = plan.tasks[static_cast<std::size_t>(*hit)].id;
    m_planView->scrollToTask(id);
    m_planView->selectTask(id);
}

} // namespace certplan::gui
