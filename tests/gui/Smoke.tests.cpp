// SPDX-License-Identifier: MIT
// GUI smoke test: every user-reachable action of the main window on six plans
// (the example, a new plan from the wizard, a plan with a schedule conflict,
// an empty plan, a plan with non-ASCII text everywhere, a blank plan from
// File > New Blank Plan), in the locale CTest
// gives it (C, C.UTF-8, de_DE.UTF-8: one CTest test each, see CMakeLists.txt).
//
// Actions: every menu-bar command (recursively), every button of every tab,
// the Plan grid's outline triangles, fold keys and column menu,
// selecting (and activating) every row of every list, grid and tree with the
// event a click sends, the checklist's one-key commands, every tab at
// 1024x700 and 1600x1000, mouse motion over every canvas, every toolbar
// button, the chart's right-click menu (opened and closed), and every dialog
// opened and cancelled (Create Corrective Task, Task Properties, Project
// Information and Change Working Time, from the menu and from the Resources
// tab's Working Time button, also confirmed once untouched; Status Date and
// the baseline dialogs confirmed once); check items (View > Legend, Toolbar)
// are turned off and on again.
// Skipped: File > Quit (ends the app), File > Open Recent > and File > New
// Blank Plan (replace the plan under test; the blank plan run opens with the
// latter); the items of context menus (they are the
// menu-bar commands, already run).
//
// Pass: no crash, no wx assertion, no action reported to the safety net, and
// no empty, "(null)" or U+FFFD text anywhere it reads back (TextAudit.h, with
// its rule for blank cells), in any message shown, or in any text a canvas
// draws. Hidden from the default run ([.smoke]); run with gui_tests "[smoke]".

#include "GuiTestSupport.h"
#include "MainFrame.h"
#include "ModalCloser.h"
#include "Preferences.h"
#include "SafetyNet.h"
#include "SelectionEvents.h"
#include "TestPaths.h"
#include "TextAudit.h"
#include "WxConvert.h"
#include "dialogs/BaselineDialogs.h"
#include "dialogs/CorrectiveTaskDialog.h"
#include "dialogs/DocumentDialog.h"
#include "dialogs/NewPlanWizard.h"
#include "dialogs/ProjectInfoDialog.h"
#include "dialogs/TaskDialog.h"
#include "dialogs/WorkingTimeDialog.h"
#include "views/CanvasText.h"
#include "views/ChecklistView.h"
#include "views/GanttCanvas.h"
#include "views/PlanView.h"
#include "views/TaskGrid.h"

#include <catch2/catch.hpp>

#include <wx/debug.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/toolbar.h>

#include <chrono>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <locale.h>
#include <regex>
#include <set>
#include <sstream>

using namespace certplan;
using namespace certplan::gui;
using namespace certplan::test;

namespace {

std::vector<std::string> g_asserts;

void recordAssert(const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg)
{
    g_asserts.push_back("wx assertion \"" + utf8(cond) + "\" " + utf8(msg) + " in " + utf8(func) + " at " + utf8(file) + ":" +
                        std::to_string(line));
}

std::string requestedLocale()
{
    for (const char* var : {"LC_ALL", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            return v;
    return "C";
}

struct Totals {
    int actions = 0;
    int dialogs = 0;
    int messages = 0;
    int textsRead = 0;
    int canvasTexts = 0;
    int popups = 0;
};

// One plan in one main window, driven through every action.
class SmokeRun {
public:
    SmokeRun(std::string plan, Totals& totals) : m_plan(std::move(plan)), m_totals(totals)
    {
        m_closer.audit = &m_audit;
        m_frame = new MainFrame();
        m_frame->setPrompts(&m_prompts);
        m_frame->SetPosition(wxPoint(0, 0));
        m_frame->SetSize(wxSize(1400, 860));
        m_frame->Show();
        pumpUntil([this] { return m_frame->IsShownOnScreen() && m_frame->GetClientSize().x > 200; });
        // Popup menus (Set Status..., a nonconformity's double-click) open over a tab page.
        for (wxWindow* page : tabs()->GetChildren())
            page->Bind(wxEVT_MENU_OPEN, [this](wxMenuEvent& e) {
                if (e.IsPopup() || e.GetMenuId() == -1) {
                    m_closer.openPopup = e.GetMenu();
                    ++m_totals.popups;
                    if (e.GetMenu())
                        m_audit.menu(e.GetMenu(), "popup menu");
                }
                e.Skip();
            });
        m_previousObserver = setCanvasTextObserver([this](const wxString& text) {
            ++m_totals.canvasTexts;
            m_audit.text(text, false, "text drawn on a canvas");
        });
    }
    ~SmokeRun()
    {
        setCanvasTextObserver(m_previousObserver);
        m_frame->Destroy();
        pump(30);
    }
    SmokeRun(const SmokeRun&) = delete;
    SmokeRun& operator=(const SmokeRun&) = delete;

    MainFrame& frame() { return *m_frame; }
    const std::vector<std::string>& failures() const { return m_failures; }

    // Runs one action, then checks everything it may have broken.
    void act(const std::string& name, const std::function<void()>& fn, bool readBackAll = true)
    {
        ++m_totals.actions;
        const int failedBefore = static_cast<SafeApp*>(wxTheApp)->failedActions();
        const std::size_t errorsBefore = m_prompts.errors.size(), warningsBefore = m_prompts.warnings.size();
        if (std::getenv("CERTPLAN_SMOKE_TRACE"))
            std::fprintf(stderr, "smoke: %s: %s\n", m_plan.c_str(), name.c_str());
        {
            INFO("plan " << m_plan << ", locale " << requestedLocale() << ", action " << name);
            fn();
            settle();
        }
        const int failed = static_cast<SafeApp*>(wxTheApp)->failedActions() - failedBefore;
        if (failed > 0)
            m_audit.problems.push_back(std::to_string(failed) + " action(s) reported to the safety net" +
                                       (m_prompts.errors.empty() ? std::string() : ": " + m_prompts.errors.back().message));
        for (const auto& a : g_asserts)
            m_audit.problems.push_back(a);
        g_asserts.clear();
        for (std::size_t k = errorsBefore; k < m_prompts.errors.size(); ++k) {
            m_audit.text(wx(m_prompts.errors[k].title), false, "title of an error message");
            m_audit.text(wx(m_prompts.errors[k].message), false, "error message \"" + m_prompts.errors[k].title + "\"");
        }
        for (std::size_t k = warningsBefore; k < m_prompts.warnings.size(); ++k)
            m_audit.text(wx(m_prompts.warnings[k].message), false, "warnings \"" + m_prompts.warnings[k].title + "\"");
        m_totals.messages += static_cast<int>(m_prompts.errors.size() - errorsBefore + m_prompts.warnings.size() - warningsBefore);
        m_totals.dialogs += static_cast<int>(m_closer.seen.size());
        if (readBackAll)
            m_audit.window(m_frame);
        else
            m_audit.window(currentPage(), false);
        m_totals.textsRead += m_audit.textsRead;
        m_audit.textsRead = 0;
        // One report per problem and place (a blank column: once, not once per row).
        static const std::regex rowNumber("row [0-9]+ ");
        for (const auto& p : m_audit.problems)
            if (m_reported.insert(std::regex_replace(p, rowNumber, "row ")).second)
                m_failures.push_back("[plan " + m_plan + " | locale " + requestedLocale() + " | action " + name + "] " + p);
        m_audit.problems.clear();
        m_closer.reset();
    }

    // --- the actions -------------------------------------------------------

    void load(const std::function<void(MainFrame&)>& how)
    {
        act("open the plan", [&] { how(*m_frame); });
    }

    void everyTabAtEverySize()
    {
        for (const wxSize size : {wxSize(1024, 700), wxSize(1600, 1000)})
            for (size_t p = 0; p < tabs()->GetPageCount(); ++p)
                act("tab " + tabName(p) + " at " + std::to_string(size.x) + "x" + std::to_string(size.y), [&] {
                    m_frame->SetSize(size);
                    tabs()->SetSelection(p);
                    m_frame->Layout();
                    settle();
                    m_frame->Update();
                });
    }

    void mouseOverCanvases()
    {
        for (size_t p = 0; p < tabs()->GetPageCount(); ++p) {
            tabs()->SetSelection(p);
            settle();
            for (wxWindow* canvas : canvases(tabs()->GetPage(p))) {
                const std::string what = "mouse over " + utf8(canvas->GetClassInfo()->GetClassName()) + " canvas in tab " + tabName(p);
                act(what, [&] {
                    const wxSize sz = canvas->GetClientSize();
                    std::vector<wxPoint> points;
                    for (int i = 1; i <= 7; ++i)
                        for (int j = 1; j <= 4; ++j)
                            points.emplace_back(sz.x * i / 8, sz.y * j / 5);
                    if (auto* gantt = dynamic_cast<GanttCanvas*>(canvas))
                        for (wxPoint at : ganttBarCentres(*gantt))
                            points.push_back(at);
                    for (wxPoint at : points) {
                        sendMouse(canvas, wxEVT_MOTION, at, false);
                        const wxString tip = canvas->GetToolTipText();
                        if (!tip.empty())
                            m_audit.text(tip, false, "tooltip at (" + std::to_string(at.x) + "," + std::to_string(at.y) + ") of " +
                                                         describeWindow(canvas));
                    }
                    sendMouse(canvas, wxEVT_LEAVE_WINDOW, wxPoint(-1, -1), false);
                });
            }
        }
    }

    void selectEveryRow()
    {
        for (size_t p = 0; p < tabs()->GetPageCount(); ++p) {
            tabs()->SetSelection(p);
            settle();
            wxWindow* page = tabs()->GetPage(p);
            const std::string tab = " in tab " + tabName(p);
            for (wxListCtrl* list : findAll<wxListCtrl>(page)) {
                const std::string where = describeWindow(list) + tab;
                for (long r = 0; r < list->GetItemCount(); ++r) {
                    act("select row " + std::to_string(r) + " of " + where, [&] { selectListRow(list, r); }, false);
                    // Activation (double-click) may switch tabs: come back.
                    act("activate row " + std::to_string(r) + " of " + where, [&] {
                        sendListEvent(list, wxEVT_LIST_ITEM_ACTIVATED, r);
                    }, false);
                    tabs()->SetSelection(p);
                    if (r >= list->GetItemCount())
                        break;
                }
            }
            for (wxGrid* grid : findAll<wxGrid>(page)) {
                const std::string where = describeWindow(grid) + tab;
                for (int r = 0; r < grid->GetNumberRows(); ++r)
                    act("select row " + std::to_string(r) + " of " + where, [&] { selectGridRow(grid, r); }, false);
            }
            for (wxTreeListCtrl* tree : findAll<wxTreeListCtrl>(page)) {
                const std::string where = describeWindow(tree) + tab;
                int row = 0;
                for (wxTreeListItem it = tree->GetFirstItem(); it.IsOk(); it = tree->GetNextItem(it), ++row)
                    act("select row " + std::to_string(row) + " (" + utf8(tree->GetItemText(it)) + ") of " + where,
                        [&] { selectTreeListItem(tree, it); }, false);
            }
            for (wxDataViewCtrl* dv : findAll<wxDataViewCtrl>(page)) {
                if (dynamic_cast<wxTreeListCtrl*>(dv->GetParent()))
                    continue; // done above, through its tree list
                wxDataViewItemArray children;
                if (dv->GetModel())
                    dv->GetModel()->GetChildren(wxDataViewItem(), children);
                for (size_t k = 0; k < children.size(); ++k)
                    act("select row " + std::to_string(k) + " of " + describeWindow(dv) + tab,
                        [&] { selectDataViewItem(dv, children[k]); }, false);
            }
            for (wxTreeCtrl* tree : findAll<wxTreeCtrl>(page)) {
                std::function<void(wxTreeItemId)> walk = [&](wxTreeItemId item) {
                    if (!item.IsOk())
                        return;
                    act("select item " + utf8(tree->GetItemText(item)) + " of " + describeWindow(tree) + tab,
                        [&] { selectTreeItem(tree, item); }, false);
                    wxTreeItemIdValue cookie;
                    for (wxTreeItemId c = tree->GetFirstChild(item, cookie); c.IsOk(); c = tree->GetNextChild(item, cookie))
                        walk(c);
                };
                walk(tree->GetRootItem());
            }
            act("read back tab " + tabName(p) + " after the row walk", [] {});
        }
    }

    // The checklist's one-key commands on the tree: T (corrective task) on a
    // clause without a gap and on one with a gap, A (not applicable: asks why).
    void checklistKeys()
    {
        ChecklistView* view = checklistView();
        const Plan& plan = m_frame->document().plan();
        if (!view || plan.checklists.empty())
            return;
        std::string gap, noGap, noJustification;
        for (const auto& r : plan.checklists.front().items) {
            const bool isGap = r.status == RequirementStatus::PartiallyConforming || r.status == RequirementStatus::Nonconforming;
            if (isGap && gap.empty())
                gap = r.id;
            if (!isGap && noGap.empty())
                noGap = r.id;
            if (r.justification.empty() && r.status != RequirementStatus::NotApplicable && noJustification.empty())
                noJustification = r.id;
        }
        showTab(view);
        auto key = [&](const std::string& item, int code, const std::string& what) {
            if (item.empty())
                return;
            act("key '" + std::string(1, static_cast<char>(code)) + "' (" + what + ") on checklist item " + item, [&] {
                view->selectItem(item);
                wxTreeListCtrl* tree = findAll<wxTreeListCtrl>(view).front();
                wxKeyEvent e(wxEVT_CHAR);
                e.m_keyCode = code;
                e.m_uniChar = static_cast<wxChar>(code);
                e.SetEventObject(tree->GetView());
                tree->GetView()->GetEventHandler()->ProcessEvent(e);
            });
        };
        key(noGap, 'T', "create corrective task, no gap");
        key(gap, 'T', "create corrective task, cancelled");
        key(noJustification, 'A', "not applicable, asks why, cancelled");
    }

    void pressEveryButton()
    {
        for (size_t p = 0; p < tabs()->GetPageCount(); ++p) {
            wxWindow* page = tabs()->GetPage(p);
            for (wxAnyButton* button : findAll<wxAnyButton>(page)) {
                const std::string name = "button '" + utf8(button->GetLabelText()) + "' in tab " + tabName(p);
                auto press = [&, p] {
                    tabs()->SetSelection(p);
                    prepareSelection(page);
                    if (!button->IsEnabled()) {
                        ++m_disabledButtons;
                        return;
                    }
                    wxCommandEvent e(wxEVT_BUTTON, button->GetId());
                    e.SetEventObject(button);
                    button->GetEventHandler()->ProcessEvent(e);
                };
                act(name, press);
                if (button->GetLabelText().Contains("Status"_wx)) {
                    // Set Status... offers the statuses in a popup menu: choose one once.
                    act(name + ", then its second status", [&] {
                        m_closer.popupChoice = 1;
                        press();
                    });
                }
                if (button->GetLabelText().Contains("Add Document"_wx)) {
                    // A new register entry through its dialog's OK (the id and a title are filled in).
                    act(name + ", then a title and OK in its dialog", [&] {
                        m_closer.pressOk = [](wxDialog& d) {
                            auto* dialog = dynamic_cast<DocumentDialog*>(&d);
                            if (dialog)
                                dialog->titleCtrl()->SetValue("Smoke-test record \u2014 \u00e9t\u00e9"_wx);
                            return dialog != nullptr;
                        };
                        press();
                    });
                }
                if (button->GetLabelText().Contains("Working Time"_wx)) {
                    act(name + ", then OK in its dialog", [&] {
                        m_closer.pressOk = [](wxDialog& d) { return dynamic_cast<WorkingTimeDialog*>(&d) != nullptr; };
                        press();
                    });
                }
                if (button->GetLabelText().Contains("Corrective Task"_wx)) {
                    // The dialog's OK once: that crashed.
                    act(name + ", then OK in its dialog", [&] {
                        m_closer.pressOk = [](wxDialog& d) { return dynamic_cast<CorrectiveTaskDialog*>(&d) != nullptr; };
                        press();
                    });
                }
            }
        }
    }

    void everyMenuCommand()
    {
        wxMenuBar* bar = m_frame->GetMenuBar();
        struct Item {
            int id;
            std::string path;
            bool radio;
        };
        std::vector<Item> items;
        std::function<void(wxMenu*, const std::string&)> collect = [&](wxMenu* menu, const std::string& path) {
            for (wxMenuItem* item : menu->GetMenuItems()) {
                if (item->IsSeparator())
                    continue;
                const std::string label = path + " > " + utf8(item->GetItemLabelText());
                if (item->GetSubMenu()) {
                    collect(item->GetSubMenu(), label);
                    continue;
                }
                const int id = item->GetId();
                if (id == wxID_EXIT || (id >= wxID_FILE1 && id <= wxID_FILE9) || id == ID_NewBlankPlan) {
                    // Quit ends the app; a recent file or a blank plan replaces the plan under
                    // test (New Blank Plan is the "blank plan" run's way in).
                    ++m_skippedMenu;
                    continue;
                }
                items.push_back({id, label, item->IsRadio()});
                if (item->IsCheck()) // View > Legend, Toolbar: off, then on again for the actions after it
                    items.push_back({id, label + " (again)", false});
            }
        };
        for (size_t m = 0; m < bar->GetMenuCount(); ++m)
            collect(bar->GetMenu(m), utf8(bar->GetMenuLabelText(m)));
        for (const auto& item : items) {
            act("menu " + item.path, [&] {
                selectSomeTask();
                if (!bar->IsEnabled(item.id)) {
                    ++m_disabledMenu;
                    return;
                }
                if (item.radio)
                    bar->Check(item.id, true);
                wxCommandEvent e(wxEVT_MENU, item.id);
                e.SetEventObject(m_frame);
                e.SetInt(item.radio ? 1 : bar->FindItem(item.id)->IsCheck() ? !bar->IsChecked(item.id) : 0);
                m_frame->GetEventHandler()->ProcessEvent(e);
            });
            // The Project menu's dialogs and Task Properties: OK once, untouched (changes nothing, says nothing).
            if (item.id == ID_ProjectInformation || item.id == ID_ChangeWorkingTime || item.id == ID_TaskProperties)
                act("menu " + item.path + ", then OK in its dialog", [&] {
                    selectSomeTask();
                    m_closer.pressOk = [](wxDialog& d) {
                        return dynamic_cast<ProjectInfoDialog*>(&d) || dynamic_cast<WorkingTimeDialog*>(&d) ||
                               dynamic_cast<TaskDialog*>(&d);
                    };
                    sendMenu(m_frame, item.id);
                });
            if (item.id == ID_StatusDate || item.id == ID_SetBaseline || item.id == ID_CompareBaseline ||
                item.id == ID_DeleteBaseline)
                // The Project menu's dialogs confirmed once: Compare picks the last baseline,
                // so the grid's baseline columns are read back with values.
                act("menu " + item.path + ", then OK in its dialog", [&] {
                    m_closer.pressOk = [](wxDialog& d) {
                        if (auto* choose = dynamic_cast<ChooseBaselineDialog*>(&d); choose && d.GetTitle() == "Compare to Baseline"_wx)
                            choose->choice()->SetSelection(static_cast<int>(choose->choice()->GetCount()) - 1);
                        return true;
                    };
                    sendMenu(m_frame, item.id);
                });
            if (item.id == ID_Find)
                act("menu " + item.path + ", a text no task has", [&] {
                    m_closer.answerText = true;
                    m_closer.textAnswer = "zzz \u201enicht da\u201c \u2014 \u0395\u03bb"_wx;
                    sendMenu(m_frame, ID_Find);
                });
        }
    }

    // The Plan grid's outline and columns: a click on every summary's
    // triangle (fold, then unfold), Alt+Shift+minus/plus on each, every
    // column hidden through the header's menu and shown again, and Delete on a
    // summary answered No (then the question is counted).
    void planGridOutline()
    {
        PlanView* view = m_frame->planView();
        TaskGrid* grid = view->grid();
        showTab(view);
        const Plan& plan = m_frame->document().plan();
        std::vector<std::string> summaries;
        for (std::size_t i = 0; i < plan.tasks.size() && summaries.size() < 12; ++i)
            if (view->tree().isSummary(static_cast<int>(i)))
                summaries.push_back(plan.tasks[i].id);
        auto click = [&](const std::string& id) {
            const int row = view->rows().rowOf(plan.taskIndex(id));
            if (row < 0)
                return;
            grid->MakeCellVisible(row, static_cast<int>(present::TaskColumn::Name));
            settle();
            const wxPoint at = grid->triangleCentre(row);
            for (wxWindow* win : {grid->GetFrozenColGridWindow(), grid->GetGridWindow()})
                if (win && win->GetRect().Contains(at)) {
                    sendMouse(win, wxEVT_LEFT_DOWN, at - win->GetPosition(), true);
                    sendMouse(win, wxEVT_LEFT_UP, at - win->GetPosition(), false);
                    return;
                }
        };
        for (const auto& id : summaries) {
            act("click the outline triangle of summary " + id + " (fold)", [&] { click(id); });
            act("click the outline triangle of summary " + id + " (unfold)", [&] { click(id); });
            for (const int code : {int('-'), int('=')})
                act("Alt+Shift+" + std::string(1, static_cast<char>(code)) + " on summary " + id, [&] {
                    view->selectTask(id);
                    wxKeyEvent e(wxEVT_KEY_DOWN);
                    e.m_keyCode = code;
                    e.m_altDown = e.m_shiftDown = true;
                    e.SetEventObject(grid->GetGridWindow());
                    grid->GetGridWindow()->GetEventHandler()->ProcessEvent(e);
                });
        }
        const present::ColumnChoice shownBefore = grid->columnChoice();
        for (int c = 0; c < present::ColumnChoice::columnCount(); ++c)
            act("header menu: toggle column " + present::columnTitle(static_cast<present::TaskColumn>(c)), [&] {
                wxCommandEvent e(wxEVT_MENU, ID_ToggleColumn0 + c);
                e.SetEventObject(grid);
                grid->GetEventHandler()->ProcessEvent(e);
            });
        act("every column shown again", [&] { grid->setColumnChoice(shownBefore); });
        if (!summaries.empty())
            act("Delete on a summary, answered No", [&] {
                const std::size_t before = plan.tasks.size();
                const std::size_t asked = m_prompts.questions.size();
                m_prompts.confirmAnswer = false;
                view->selectTask(summaries.front());
                sendMenu(m_frame, ID_DeleteTask);
                m_prompts.confirmAnswer = true;
                if (plan.tasks.size() != before || m_prompts.questions.size() != asked + 1)
                    m_audit.problems.push_back("Delete on a summary did not ask, or deleted when told No");
            });
    }

    // Every toolbar button, as a click sends it: the menu bar's commands from another place.
    void everyToolbarTool()
    {
        wxToolBar* tb = m_frame->GetToolBar();
        REQUIRE(tb != nullptr);
        for (size_t k = 0; k < tb->GetToolsCount(); ++k) {
            const wxToolBarToolBase* tool = tb->GetToolByPos(static_cast<int>(k));
            if (tool->IsSeparator())
                continue;
            const int id = tool->GetId();
            m_audit.text(tool->GetShortHelp(), false, "tooltip of toolbar button " + std::to_string(id));
            act("toolbar button " + utf8(tool->GetShortHelp()), [&] {
                selectSomeTask();
                if (!tb->GetToolEnabled(id))
                    return;
                wxCommandEvent e(wxEVT_TOOL, id);
                e.SetEventObject(tb);
                tb->GetEventHandler()->ProcessEvent(e);
            });
        }
    }

    // The chart's right-click menu over a bar and over empty chart: opened, read, closed.
    void chartContextMenu()
    {
        GanttCanvas* canvas = m_frame->planView()->gantt();
        tabs()->SetSelection(static_cast<size_t>(tabs()->FindPage(m_frame->planView())));
        settle();
        canvas->Bind(wxEVT_MENU_OPEN, [this](wxMenuEvent& e) {
            m_closer.openPopup = e.GetMenu();
            ++m_totals.popups;
            if (e.GetMenu())
                m_audit.menu(e.GetMenu(), "chart context menu");
            e.Skip();
        });
        std::vector<wxPoint> points = ganttBarCentres(*canvas);
        if (points.size() > 1)
            points.resize(1);
        points.push_back(wxPoint(canvas->GetClientSize().x - 5, canvas->GetClientSize().y - 5));
        for (wxPoint at : points)
            act("right-click on the chart at (" + std::to_string(at.x) + "," + std::to_string(at.y) + ")", [&] {
                wxMouseEvent e(wxEVT_RIGHT_DOWN);
                e.SetEventObject(canvas);
                e.SetPosition(at);
                canvas->GetEventHandler()->ProcessEvent(e);
            });
    }

    void finalReadBack()
    {
        m_frame->SetSize(wxSize(1600, 1000));
        for (size_t p = 0; p < tabs()->GetPageCount(); ++p)
            act("final read-back of tab " + tabName(p), [&] {
                tabs()->SetSelection(p);
                settle();
                m_frame->Update();
            });
    }

    int disabledButtons() const { return m_disabledButtons; }
    int disabledMenu() const { return m_disabledMenu; }
    std::vector<std::string> dialogsSeen() const { return m_dialogsSeen; }

private:
    wxNotebook* tabs() { return findAll<wxNotebook>(m_frame).front(); }
    std::string tabName(size_t p) { return utf8(tabs()->GetPageText(p)); }
    wxWindow* currentPage() { return tabs()->GetCurrentPage(); }

    void showTab(wxWindow* page)
    {
        const int p = tabs()->FindPage(page);
        if (p >= 0)
            tabs()->SetSelection(static_cast<size_t>(p));
        settle();
    }

    ChecklistView* checklistView()
    {
        for (size_t p = 0; p < tabs()->GetPageCount(); ++p)
            if (auto* v = dynamic_cast<ChecklistView*>(tabs()->GetPage(p)))
                return v;
        return nullptr;
    }

    void settle()
    {
        for (int k = 0; k < 3; ++k) {
            wxTheApp->ProcessPendingEvents();
            wxTheApp->Yield(true);
        }
    }

    // Custom-drawn windows: leaves whose class wx knows only as a plain panel or window.
    static std::vector<wxWindow*> canvases(wxWindow* page)
    {
        std::vector<wxWindow*> out;
        for (wxWindow* w : findAll<wxWindow>(page)) {
            const wxString cls = w->GetClassInfo()->GetClassName();
            if (dynamic_cast<GanttCanvas*>(w) || (w->GetChildren().empty() && (cls == "wxPanel"_wx || cls == "wxWindow"_wx)))
                out.push_back(w);
        }
        return out;
    }

    std::vector<wxPoint> ganttBarCentres(GanttCanvas& canvas)
    {
        std::vector<wxPoint> out;
        PlanView* view = m_frame->planView();
        const auto frame = canvas.currentFrame();
        const int header = view->grid()->headerHeight();
        const double top = canvas.layout().rowTop(view->grid()->firstVisibleRow());
        for (const auto& b : frame.bars) {
            const wxPoint c(static_cast<int>(b.rect.x + b.rect.w / 2 - canvas.scrollX()),
                            static_cast<int>(b.rect.y + b.rect.h / 2 - top) + header);
            if (c.x > 0 && c.y > header && c.x < canvas.GetClientSize().x && c.y < canvas.GetClientSize().y)
                out.push_back(c);
            if (out.size() >= 15)
                break;
        }
        return out;
    }

    // Before a button: the first row of each list selected (a gap for the checklist).
    void prepareSelection(wxWindow* page)
    {
        for (wxListCtrl* list : findAll<wxListCtrl>(page))
            if (list->GetItemCount() > 0)
                selectListRow(list, 0);
        for (wxGrid* grid : findAll<wxGrid>(page))
            if (grid->GetNumberRows() > 0)
                selectGridRow(grid, 0);
        if (auto* view = dynamic_cast<ChecklistView*>(page)) {
            const Plan& plan = m_frame->document().plan();
            std::string pick;
            if (!plan.checklists.empty())
                for (const auto& r : plan.checklists.front().items) {
                    if (pick.empty())
                        pick = r.id;
                    if (r.status == RequirementStatus::PartiallyConforming || r.status == RequirementStatus::Nonconforming) {
                        pick = r.id;
                        break;
                    }
                }
            if (!pick.empty())
                view->selectItem(pick);
        }
        settle();
    }

    void selectSomeTask()
    {
        const Plan& plan = m_frame->document().plan();
        for (const auto& t : plan.tasks)
            if (!t.milestone && t.level > 0) {
                m_frame->planView()->selectTask(t.id);
                return;
            }
        if (!plan.tasks.empty())
            m_frame->planView()->selectTask(plan.tasks.back().id);
    }

    std::string m_plan;
    Totals& m_totals;
    ScriptedPrompts m_prompts;
    TextAudit m_audit;
    ModalCloser m_closer;
    MainFrame* m_frame = nullptr;
    CanvasTextObserver m_previousObserver;
    std::set<std::string> m_reported;
    std::vector<std::string> m_failures;
    std::vector<std::string> m_dialogsSeen;
    int m_disabledButtons = 0;
    int m_disabledMenu = 0;
    int m_skippedMenu = 0;
};

std::string joined(const std::vector<std::string>& lines, std::size_t max)
{
    std::ostringstream out;
    for (std::size_t k = 0; k < lines.size() && k < max; ++k)
        out << lines[k] << "\n";
    if (lines.size() > max)
        out << "... and " << lines.size() - max << " more\n";
    return out.str();
}

} // namespace

TEST_CASE("GUI smoke: every action on five plans in this locale", "[.smoke]")
{
    // The locale CTest asked for must exist: a missing one would silently run as C.
    const std::string locale = requestedLocale();
    if (locale != "C" && locale != "POSIX") {
        locale_t probe = ::newlocale(LC_ALL_MASK, locale.c_str(), static_cast<locale_t>(0));
        if (!probe)
            FAIL("locale " << locale << " is not installed (not in `locale -a`): run packaging/bootstrap.sh, or "
                                        "`localedef -i de_DE -f UTF-8 de_DE.UTF-8` as root");
        ::freelocale(probe);
        const std::string active = std::setlocale(LC_CTYPE, nullptr);
        INFO("LC_CTYPE in effect: " << active);
        REQUIRE(active != "C");
    }

    const auto previousAssert = wxSetAssertHandler(recordAssert);
    const auto t0 = std::chrono::steady_clock::now();
    Totals totals;
    TempDir dir("smoke");
    const auto copy = [&](const std::string& from, const std::string& name) {
        const std::string to = dir.file(name);
        std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
        return to;
    };
    const auto open = [](std::string path) {
        return [path](MainFrame& f) { REQUIRE(f.openFile(path)); };
    };
    struct PlanCase {
        std::string name;
        std::function<void(MainFrame&)> load;
    };
    const std::vector<PlanCase> plans = {
        {"northwind example", open(copy(templatePath("examples/northwind-iso20000.certplan"), "northwind.certplan"))},
        {"new from wizard",
         [](MainFrame& f) {
             // What File > New from Template does when the user only types the organization.
             NewPlanWizard wizard(&f, Preferences{});
             wizard.organizationCtrl()->SetValue("Contoso Hosting Ltd"_wx);
             auto plan = wizard.buildPlan();
             REQUIRE(plan);
             REQUIRE(f.files().replaceWith(std::move(plan).value()));
         }},
        {"schedule conflict", open(copy(dataPath("gui/conflict-on-open.certplan"), "conflict.certplan"))},
        {"empty", open(copy(dataPath("gui/empty.certplan"), "empty.certplan"))},
        {"non-ASCII", open(copy(dataPath("gui/non-ascii.certplan"), "non-ascii.certplan"))},
        // File > New Blank Plan, as the menu runs it (Project Information offered, then cancelled).
        {"blank plan", [](MainFrame& f) { sendMenu(&f, ID_NewBlankPlan); }},
    };

    for (const auto& plan : plans) {
        const auto p0 = std::chrono::steady_clock::now();
        const int before = totals.actions;
        SmokeRun run(plan.name, totals);
        run.load(plan.load);
        run.everyTabAtEverySize();
        run.mouseOverCanvases();
        run.selectEveryRow();
        run.checklistKeys();
        run.pressEveryButton();
        run.planGridOutline();
        run.everyMenuCommand();
        run.everyToolbarTool();
        run.chartContextMenu();
        run.finalReadBack();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - p0).count();
        std::cout << "GUI smoke [" << locale << "] plan " << plan.name << ": " << totals.actions - before << " actions in "
                  << ms << " ms" << std::endl;
        for (const auto& f : run.failures())
            std::cout << "GUI smoke problem: " << f << "\n";
        INFO("plan " << plan.name << ", locale " << locale << ": " << run.failures().size() << " problem(s), first ones:\n"
                     << joined(run.failures(), 20));
        CHECK(run.failures().empty());
    }

    wxSetAssertHandler(previousAssert);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::ostringstream summary;
    summary << "GUI smoke [" << locale << "]: " << totals.actions << " actions on " << plans.size() << " plans in " << seconds
            << " s (" << totals.dialogs << " dialogs closed, " << totals.messages << " messages, " << totals.textsRead
            << " texts read back, " << totals.canvasTexts << " canvas texts, " << totals.popups << " popup menus)";
    std::cout << summary.str() << std::endl;
    WARN(summary.str());
}
