// SPDX-License-Identifier: MIT
// The Plan tab's grid driven as a user would: the outline in the Name column
// (a click on a summary's triangle folds it, Alt+Shift+minus/plus too), the
// frozen WBS and Task columns, the column chooser, the status bar's count,
// Insert Task's placement, and the edits that must not be silent.

#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "ModalCloser.h"
#include "TestPaths.h"
#include "WxConvert.h"
#include "Preferences.h"
#include "dialogs/ColumnsDialog.h"
#include "dialogs/NewPlanWizard.h"
#include "presenters/TaskOutline.h"
#include "views/GridRenderers.h"
#include "views/TaskTable.h"

#include <catch2/catch.hpp>

#include <wx/checklst.h>
#include <wx/config.h>
#include <wx/dcmemory.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>

#include <filesystem>

using namespace certplan;
using namespace certplan::gui;
using namespace certplan::test;
using present::TaskColumn;

namespace {

constexpr int kName = static_cast<int>(TaskColumn::Name);

// The example plan, copied so its lock file lands in a temporary folder.
struct ExampleWindow {
    TempDir dir{"plangrid"};
    Window w;
    ExampleWindow()
    {
        const std::string path = dir.file("northwind.certplan");
        std::filesystem::copy_file(templatePath("examples/northwind-iso20000.certplan"), path);
        REQUIRE(w.frame->openFile(path));
        pump(50);
    }
};

int rowOf(Window& w, const std::string& id)
{
    return w.view()->rows().rowOf(w.plan().taskIndex(id));
}

// The first summary with a summary parent or at the top, and its first child.
std::string firstSummary(Window& w)
{
    for (std::size_t i = 0; i < w.plan().tasks.size(); ++i)
        if (w.view()->tree().isSummary(static_cast<int>(i)))
            return w.plan().tasks[i].id;
    FAIL("no summary task");
    return {};
}

// A left click where the grid shows `at` (grid client coordinates), sent to
// the grid window under it, as the pointer would.
void clickGrid(TaskGrid* grid, wxPoint at)
{
    for (wxWindow* win : {grid->GetFrozenColGridWindow(), grid->GetGridWindow()}) {
        if (!win || !win->GetRect().Contains(at))
            continue;
        const wxPoint local = at - win->GetPosition();
        sendMouse(win, wxEVT_LEFT_DOWN, local, true);
        sendMouse(win, wxEVT_LEFT_UP, local, false);
        pump(30);
        return;
    }
    FAIL("no grid window at " << at.x << "," << at.y);
}

void pressKey(TaskGrid* grid, int code, int modifiers)
{
    wxKeyEvent e(wxEVT_KEY_DOWN);
    e.m_keyCode = code;
    e.m_altDown = (modifiers & wxMOD_ALT) != 0;
    e.m_shiftDown = (modifiers & wxMOD_SHIFT) != 0;
    wxWindow* target = grid->GetGridWindow();
    e.SetEventObject(target);
    target->GetEventHandler()->ProcessEvent(e);
    pump(30);
}

// The Name cell of a row as the grid's renderer draws it, unselected.
wxImage drawNameCell(Window& w, int row)
{
    TaskGrid* grid = w.grid();
    const wxRect cell = grid->CellToRect(row, kName);
    wxBitmap bitmap(cell.width, cell.height);
    wxMemoryDC dc(bitmap);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    const wxGridCellAttrPtr attr = grid->cellAttr(row, kName);
    const wxGridCellRendererPtr renderer = attr->GetRendererPtr(grid, row, kName);
    renderer->Draw(*grid, *attr, dc, wxRect(0, 0, cell.width, cell.height), row, kName, false);
    dc.SelectObject(wxNullBitmap);
    return bitmap.ConvertToImage();
}

// Dark pixels in columns [x0, x1) of an image.
int ink(const wxImage& img, int x0, int x1)
{
    int n = 0;
    for (int x = std::max(0, x0); x < std::min(x1, img.GetWidth()); ++x)
        for (int y = 0; y < img.GetHeight(); ++y)
            n += img.GetRed(x, y) + img.GetGreen(x, y) + img.GetBlue(x, y) < 3 * 128 ? 1 : 0;
    return n;
}

int firstInkColumn(const wxImage& img)
{
    for (int x = 0; x < img.GetWidth(); ++x)
        if (ink(img, x, x + 1) > 0)
            return x;
    return -1;
}

} // namespace

TEST_CASE("Plan grid: the Name column shows the outline and a click on a triangle folds and unfolds", "[gui][grid]")
{
    ExampleWindow ex;
    Window& w = ex.w;
    TaskGrid* grid = w.grid();
    const std::string summary = firstSummary(w);
    const int summaryRow = rowOf(w, summary);
    const int summaryTask = w.plan().taskIndex(summary);
    const int child = summaryTask + 1;
    REQUIRE(w.plan().tasks[static_cast<std::size_t>(child)].level == w.plan().tasks[static_cast<std::size_t>(summaryTask)].level + 1);

    // The renderer that draws the outline is the one the grid uses for names.
    CHECK(dynamic_cast<TaskNameRenderer*>(grid->cellAttr(summaryRow, kName)->GetRendererPtr(grid, summaryRow, kName).get()) !=
          nullptr);

    // Drawn: the triangle in the mark's place, the child's name one indentation further right.
    const auto outline = present::nameCellOutline(w.plan(), w.view()->tree(), w.view()->rows(), summaryTask);
    const int markLeft = present::outlineMarkLeft(outline), markRight = markLeft + present::kOutlineMark;
    const wxImage open = drawNameCell(w, summaryRow);
    CHECK(ink(open, markLeft, markRight) > 10);
    const wxImage childCell = drawNameCell(w, rowOf(w, w.plan().tasks[static_cast<std::size_t>(child)].id));
    if (!w.view()->tree().isSummary(child) && !w.plan().tasks[static_cast<std::size_t>(child)].milestone)
        CHECK(firstInkColumn(childCell) >= present::outlineTextLeft(outline) + present::kOutlineIndent);
    // A milestone's diamond.
    for (std::size_t i = 0; i < w.plan().tasks.size(); ++i) {
        const Task& t = w.plan().tasks[i];
        if (!t.milestone)
            continue;
        const int row = rowOf(w, t.id);
        const int left = present::outlineMarkLeft(present::nameCellOutline(w.plan(), w.view()->tree(), w.view()->rows(), static_cast<int>(i)));
        CHECK(ink(drawNameCell(w, row), left, left + present::kOutlineMark) > 10);
        break;
    }

    // A click on the triangle folds: the children leave the grid, the triangle turns.
    const int rowsOpen = grid->GetNumberRows();
    clickGrid(grid, grid->triangleCentre(summaryRow));
    CHECK(w.view()->rows().isCollapsed(summary));
    CHECK(grid->GetNumberRows() < rowsOpen);
    const wxImage folded = drawNameCell(w, summaryRow);
    CHECK(ink(folded, markLeft, markRight) > 10);
    bool differs = false;
    for (int x = markLeft; x < markRight && !differs; ++x)
        for (int y = 0; y < folded.GetHeight() && !differs; ++y)
            differs = folded.GetRed(x, y) != open.GetRed(x, y);
    CHECK(differs); // folded is visible: ▸ instead of ▾

    // And again unfolds.
    clickGrid(grid, grid->triangleCentre(summaryRow));
    CHECK_FALSE(w.view()->rows().isCollapsed(summary));
    CHECK(grid->GetNumberRows() == rowsOpen);

    // A click on the name itself selects, and folds nothing.
    const wxRect cell = grid->CellToRect(summaryRow, kName);
    clickGrid(grid, grid->triangleCentre(summaryRow) + wxPoint(cell.width / 2, 0));
    CHECK_FALSE(w.view()->rows().isCollapsed(summary));

    // Alt+Shift+minus and Alt+Shift+plus, as in MS Project.
    w.view()->selectTask(summary);
    pressKey(grid, '-', wxMOD_ALT | wxMOD_SHIFT);
    CHECK(w.view()->rows().isCollapsed(summary));
    pressKey(grid, '=', wxMOD_ALT | wxMOD_SHIFT);
    CHECK_FALSE(w.view()->rows().isCollapsed(summary));
    pressKey(grid, WXK_NUMPAD_SUBTRACT, wxMOD_NONE);
    CHECK(w.view()->rows().isCollapsed(summary));
    pressKey(grid, WXK_NUMPAD_ADD, wxMOD_NONE);
    CHECK_FALSE(w.view()->rows().isCollapsed(summary));
    // View > Collapse All: every summary shows folded.
    sendMenu(w.frame, ID_CollapseAll);
    pump(30);
    CHECK(present::nameCellOutline(w.plan(), w.view()->tree(), w.view()->rows(), summaryTask).mark == present::OutlineMark::Folded);
}

TEST_CASE("Plan grid: WBS and Task stay frozen at the left while the rest scrolls sideways", "[gui][grid]")
{
    ExampleWindow ex;
    TaskGrid* grid = ex.w.grid();
    pumpUntil([&] { return grid->GetNumberFrozenCols() == 2; });
    REQUIRE(grid->GetNumberFrozenCols() == 2);
    wxWindow* frozen = grid->GetFrozenColGridWindow();
    REQUIRE(frozen);
    CHECK(frozen->GetSize().x == grid->GetColSize(0) + grid->GetColSize(1));
    // Scrolled to the far right, the name's triangle is still where it was, and still folds.
    const std::string summary = firstSummary(ex.w);
    const int row = rowOf(ex.w, summary);
    const wxPoint before = grid->triangleCentre(row);
    grid->Scroll(1000, 0);
    pump(30);
    int x = 0, y = 0;
    grid->GetViewStart(&x, &y);
    CHECK(x > 0);
    CHECK(grid->triangleCentre(row) == before);
    clickGrid(grid, grid->triangleCentre(row));
    CHECK(ex.w.view()->rows().isCollapsed(summary));
    // Keys typed in the frozen columns reach the menus too (Delete deletes, does not clear the cell).
    const std::size_t tasks = ex.w.plan().tasks.size();
    ex.w.view()->selectTask(ex.w.plan().tasks.back().id);
    wxKeyEvent del(wxEVT_KEY_DOWN);
    del.m_keyCode = WXK_DELETE;
    del.SetEventObject(frozen);
    frozen->GetEventHandler()->ProcessEvent(del);
    pump(30);
    CHECK(ex.w.plan().tasks.size() == tasks - 1);
}

TEST_CASE("Plan grid: the column chooser lists every column, hides the unchecked and remembers them", "[gui][grid]")
{
    wxConfigBase::Get()->DeleteEntry("/Grid/HiddenColumns"_wx);
    {
        ExampleWindow ex;
        TaskGrid* grid = ex.w.grid();
        const int resources = static_cast<int>(TaskColumn::Resources);
        CHECK(grid->IsColShown(resources));

        // View > Columns...: uncheck Resources, OK.
        ModalCloser closer;
        int listed = -1;
        closer.pressOk = [&](wxDialog& d) {
            auto* dlg = dynamic_cast<ColumnsDialog*>(&d);
            if (!dlg)
                return false;
            listed = static_cast<int>(dlg->list()->GetCount());
            dlg->list()->Check(static_cast<unsigned>(resources), false);
            dlg->list()->Check(static_cast<unsigned>(kName), false); // the name cannot go
            wxCommandEvent e(wxEVT_CHECKLISTBOX, dlg->list()->GetId());
            e.SetInt(kName);
            e.SetEventObject(dlg->list());
            dlg->list()->GetEventHandler()->ProcessEvent(e);
            return true;
        };
        sendMenu(ex.w.frame, ID_ChooseColumns);
        pump(50);
        CHECK(listed == static_cast<int>(TaskColumn::Count));
        CHECK_FALSE(grid->IsColShown(resources));
        CHECK(grid->IsColShown(kName));
        CHECK(utf8(wxConfigBase::Get()->Read("/Grid/HiddenColumns"_wx, wxString())) == "Resources");

        // A right-click on the header pops up every column as a check item; choosing Duration hides it.
        const int duration = static_cast<int>(TaskColumn::Duration);
        wxMenu* popup = nullptr;
        grid->Bind(wxEVT_MENU_OPEN, [&](wxMenuEvent& e) {
            if (e.GetMenu() && !popup) {
                popup = e.GetMenu();
                closer.openPopup = popup;
                closer.popupChoice = duration;
            }
            e.Skip();
        });
        {
            wxGridEvent right(grid->GetId(), wxEVT_GRID_LABEL_RIGHT_CLICK, grid, -1, duration);
            grid->GetEventHandler()->ProcessEvent(right);
        }
        pump(100);
        CHECK(popup != nullptr);
        CHECK(closer.popupsSeen > 0);
        CHECK_FALSE(grid->IsColShown(duration));

        // The header's menu: its check item toggles a column.
        const int constraint = static_cast<int>(TaskColumn::Constraint);
        wxCommandEvent toggle(wxEVT_MENU, ID_ToggleColumn0 + constraint);
        toggle.SetEventObject(grid);
        grid->GetEventHandler()->ProcessEvent(toggle);
        CHECK_FALSE(grid->IsColShown(constraint));
    }
    {
        // The next window (the next session) shows the same columns.
        Window again;
        CHECK_FALSE(again.grid()->IsColShown(static_cast<int>(TaskColumn::Resources)));
        CHECK_FALSE(again.grid()->IsColShown(static_cast<int>(TaskColumn::Constraint)));
        CHECK_FALSE(again.grid()->IsColShown(static_cast<int>(TaskColumn::Duration)));
        CHECK(again.grid()->IsColShown(static_cast<int>(TaskColumn::Start)));
        again.grid()->setColumnChoice(present::ColumnChoice{});
    }
    CHECK(wxConfigBase::Get()->Read("/Grid/HiddenColumns"_wx, "x"_wx).empty());
}

TEST_CASE("Plan grid: the status bar counts tasks as the rows are numbered", "[gui][grid]")
{
    ExampleWindow ex;
    Window& w = ex.w;
    const int all = static_cast<int>(w.plan().tasks.size());
    const int lastRow = w.grid()->GetNumberRows() - 1;
    CHECK(utf8(w.grid()->GetRowLabelValue(lastRow)) == std::to_string(all));
    const std::string status = utf8(w.frame->GetStatusBar()->GetStatusText(0));
    INFO(status);
    CHECK(status.rfind(std::to_string(all) + " tasks (", 0) == 0);
    CHECK(status.find(" summary") != std::string::npos);
}

TEST_CASE("Plan grid: Insert Task starts the new task where its neighbour starts, and the phase keeps its dates", "[gui][grid]")
{
    ExampleWindow ex;
    Window& w = ex.w;
    REQUIRE(w.plan().info.statusDate);
    // A task in a phase that starts well after the status date.
    const Schedule& s = w.doc().schedule();
    std::string target;
    const TaskTree& tree = w.view()->tree();
    for (std::size_t i = 0; i < w.plan().tasks.size(); ++i)
        if (!tree.isSummary(static_cast<int>(i)) && tree.parent(static_cast<int>(i)) >= 0 &&
            s.tasks[i].start > *w.plan().info.statusDate + boost::gregorian::days(60)) {
            target = w.plan().tasks[i].id;
            break;
        }
    REQUIRE_FALSE(target.empty());
    const int parent = tree.parent(w.plan().taskIndex(target));
    const std::string phase = w.plan().tasks[static_cast<std::size_t>(parent)].id;
    const Date phaseStart = s.tasks[static_cast<std::size_t>(parent)].start;
    const Date phaseFinish = s.tasks[static_cast<std::size_t>(parent)].finish;
    const Date targetStart = s.tasks[static_cast<std::size_t>(w.plan().taskIndex(target))].start;

    w.view()->selectTask(target);
    sendMenu(w.frame, ID_InsertTask);
    pump(30);
    const std::string added = w.view()->currentTaskId();
    REQUIRE(added != target);
    const int at = w.plan().taskIndex(added);
    const Schedule& after = w.doc().schedule();
    CHECK(after.tasks[static_cast<std::size_t>(at)].start == targetStart);
    CHECK(w.plan().tasks[static_cast<std::size_t>(at)].constraint.type == ConstraintType::StartNoEarlierThan);
    const int p = w.plan().taskIndex(phase);
    CHECK(after.tasks[static_cast<std::size_t>(p)].start == phaseStart);
    CHECK(after.tasks[static_cast<std::size_t>(p)].finish == phaseFinish);
}

TEST_CASE("Plan grid: a duration typed on a finished task moves its bar, a link into a started task is said to move nothing", "[gui][grid]")
{
    ExampleWindow ex;
    Window& w = ex.w;
    TaskGrid* grid = w.grid();
    const Date status = *w.plan().info.statusDate;
    std::string finished, later;
    for (const auto& t : w.plan().tasks)
        if (t.actualStart && t.actualFinish && *t.actualFinish + boost::gregorian::days(10) < status && finished.empty() && !t.milestone)
            finished = t.id;
    REQUIRE_FALSE(finished.empty());
    const Task before = *w.plan().findTask(finished);
    const int row = rowOf(w, finished);
    grid->SetCellValue(row, static_cast<int>(TaskColumn::Duration), wx(std::to_string(before.durationDays + 1)));
    pump(30);
    const Task& t = *w.plan().findTask(finished);
    CHECK(t.durationDays == before.durationDays + 1);
    REQUIRE(t.actualFinish);
    CHECK(*t.actualFinish > *before.actualFinish);
    CHECK(w.doc().schedule().tasks[static_cast<std::size_t>(w.plan().taskIndex(finished))].finish == *t.actualFinish);

    // A started task gets a new predecessor: the status bar says it does not move it.
    std::string started;
    for (std::size_t i = 0; i < w.plan().tasks.size(); ++i) {
        const Task& k = w.plan().tasks[i];
        if (k.actualStart && !k.actualFinish && i > 2 && !w.view()->tree().isSummary(static_cast<int>(i)))
            started = k.id;
    }
    if (started.empty()) { // mark one started through the grid
        for (std::size_t i = 3; i < w.plan().tasks.size() && started.empty(); ++i)
            if (!w.view()->tree().isSummary(static_cast<int>(i)) && !w.plan().tasks[i].milestone &&
                w.doc().schedule().tasks[i].start <= status)
                started = w.plan().tasks[i].id;
        REQUIRE_FALSE(started.empty());
        grid->SetCellValue(rowOf(w, started), static_cast<int>(TaskColumn::Complete), "50"_wx);
        pump(30);
    }
    const int succ = w.plan().taskIndex(started);
    REQUIRE(w.plan().tasks[static_cast<std::size_t>(succ)].actualStart);
    // The predecessor: a leaf before it that it does not depend on yet.
    int pred = -1;
    for (int i = succ - 1; i >= 0 && pred < 0; --i)
        if (!w.view()->tree().isSummary(i) && !w.plan().tasks[static_cast<std::size_t>(succ)].findPredecessor(w.plan().tasks[static_cast<std::size_t>(i)].id))
            pred = i;
    REQUIRE(pred >= 0);
    const Date startBefore = w.doc().schedule().tasks[static_cast<std::size_t>(succ)].start;
    const wxString links = grid->GetCellValue(rowOf(w, started), static_cast<int>(TaskColumn::Predecessors));
    grid->SetCellValue(rowOf(w, started), static_cast<int>(TaskColumn::Predecessors),
                       (links.empty() ? wxString() : links + "; "_wx) + wxString::Format("%d"_wx, pred + 1));
    pump(30);
    INFO(utf8(w.frame->GetStatusBar()->GetStatusText(0)));
    CHECK(w.plan().tasks[static_cast<std::size_t>(succ)].predecessors.size() > 0);
    CHECK(w.doc().schedule().tasks[static_cast<std::size_t>(succ)].start == startBefore);
    CHECK(utf8(w.frame->GetStatusBar()->GetStatusText(0)).find("does not move task " + std::to_string(succ + 1)) != std::string::npos);
}

TEST_CASE("Plan grid: deleting a summary with subtasks asks first", "[gui][grid]")
{
    ExampleWindow ex;
    Window& w = ex.w;
    const std::string summary = firstSummary(w);
    const std::size_t tasks = w.plan().tasks.size();
    w.view()->selectTask(summary);
    w.prompts.confirmAnswer = false;
    sendMenu(w.frame, ID_DeleteTask);
    pump(30);
    REQUIRE(w.prompts.questions.size() == 1);
    CHECK(w.prompts.questions[0].message.find("is a summary task") != std::string::npos);
    CHECK(w.plan().tasks.size() == tasks);
    w.prompts.confirmAnswer = true;
    sendMenu(w.frame, ID_DeleteTask);
    pump(30);
    CHECK(w.plan().tasks.size() < tasks - 1);
    // A plain task goes without a question.
    w.prompts.questions.clear();
    w.view()->selectTask(w.plan().tasks.back().id);
    sendMenu(w.frame, ID_DeleteTask);
    CHECK(w.prompts.questions.empty());
}

TEST_CASE("New Plan wizard: a holiday line in another date form is refused with the line and the form expected", "[gui][wizard]")
{
    Window w;
    NewPlanWizard wizard(w.frame, Preferences{});
    wizard.organizationCtrl()->SetValue("Contoso Hosting Ltd"_wx);
    wizard.holidaysCtrl()->SetValue("2027-05-03 Early May bank holiday\n31/05/2027 Spring bank holiday\n"_wx);
    const auto plan = wizard.buildPlan();
    REQUIRE_FALSE(plan);
    CHECK(plan.error() ==
          "holidays: line 2 ('31/05/2027 Spring bank holiday'): a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31");
    // Written as expected, both holidays reach the plan calendar.
    wizard.holidaysCtrl()->SetValue("2027-05-03 Early May bank holiday\n2027-05-31 Spring bank holiday\n"_wx);
    const auto fixed = wizard.buildPlan();
    REQUIRE(fixed);
    int found = 0;
    for (const auto& cal : fixed->calendars)
        for (const auto& e : cal.exceptions)
            found += e.name == "Spring bank holiday" || e.name == "Early May bank holiday" ? 1 : 0;
    CHECK(found == 2);
}
