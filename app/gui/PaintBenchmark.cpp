// SPDX-License-Identifier: MIT
#include "PaintBenchmark.h"

#include "HeadlessPrompts.h"
#include "MainFrame.h"
#include "WxConvert.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "schedule/Scheduler.h"
#include "views/GanttCanvas.h"
#include "views/GanttPainter.h"
#include "views/PlanView.h"
#include "views/TaskGrid.h"

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/config.h>
#include <wx/dcmemory.h>
#include <wx/fileconf.h>
#include <wx/log.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <random>
#include <ctime>
#include <unistd.h>

namespace certplan::gui {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// CPU time of this process: paints minus this are the X server and waiting.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Counts the paints a window really received, so a timing includes the paint
// even when GTK defers it to the next frame.
struct PaintCounter {
    int count = 0;
    explicit PaintCounter(wxWindow* w)
    {
        w->Bind(wxEVT_PAINT, [this](wxPaintEvent& e) {
            ++count;
            e.Skip();
        });
    }
};

void pumpUntil(const std::function<bool()>& done, int timeoutMs)
{
    const auto until = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done() && Clock::now() < until) {
        wxTheApp->Yield(true);
        if (!done())
            wxMilliSleep(1);
    }
}

void settle(int ms)
{
    pumpUntil([] { return false; }, ms);
}

// Repaints a window and waits until the paint has run; milliseconds.
double timedRepaint(wxWindow* w, PaintCounter& counter, const std::function<void()>& change = {})
{
    const int before = counter.count;
    const auto t0 = Clock::now();
    if (change)
        change();
    w->Refresh();
    w->Update();
    pumpUntil([&] { return counter.count > before; }, 2000);
    return msSince(t0);
}

struct Row {
    int tasks = 0;
    double generate = 0, read = 0, schedule = 0, open = 0, notify = 0, planTab = 0;
    double ganttLayout = 0, ganttPaint = 0, ganttCanvas = 0, grid = 0, scroll = 0, scrollMax = 0;
    double scrollCpu = 0;
};

Row measure(int taskCount)
{
    Row r;
    r.tasks = taskCount;
    auto t0 = Clock::now();
    const Plan plan = generateBenchmarkPlan(taskCount);
    r.generate = msSince(t0);
    const std::string path =
        (std::filesystem::temp_directory_path() / ("certplan-bench-" + std::to_string(::getpid()) + "-" +
                                                   std::to_string(taskCount) + ".certplan"))
            .string();
    if (!savePlanFile(plan, path)) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        return r;
    }
    // The parts of opening, on their own, to see where the time goes.
    t0 = Clock::now();
    auto loaded = readPlanFile(path);
    r.read = msSince(t0);
    if (loaded) {
        t0 = Clock::now();
        (void)computeSchedule(loaded->plan);
        r.schedule = msSince(t0);
    }

    HeadlessPrompts prompts(false); // generated plans: their load warnings are not news
    auto* frame = new MainFrame();
    frame->setPrompts(&prompts);
    frame->SetSize(0, 0, 1400, 860);
    frame->Show();
    settle(300);
    GanttCanvas* canvas = frame->planView()->gantt();
    TaskGrid* grid = frame->planView()->grid();
    PaintCounter canvasPaints(canvas);
    PaintCounter gridPaints(grid->GetGridWindow());

    // Open: read, schedule, build the views' caches and paint both halves once.
    {
        const int c0 = canvasPaints.count, g0 = gridPaints.count;
        t0 = Clock::now();
        if (!frame->openFile(path))
            std::fprintf(stderr, "cannot open %s\n", path.c_str());
        canvas->Update();
        grid->GetGridWindow()->Update();
        pumpUntil([&] { return canvasPaints.count > c0 && gridPaints.count > g0; }, 5000);
        r.open = msSince(t0);
    }
    settle(100);
    // Where the rest of opening goes: every listener of the document (all the
    // tabs, the status bar), and the Plan tab alone (no painting in either).
    {
        Plan copy = frame->document().plan();
        t0 = Clock::now();
        frame->document().replace(std::move(copy), path);
        r.notify = msSince(t0) - r.schedule;
        t0 = Clock::now();
        frame->planView()->planChanged(ChangeSet::everything());
        r.planTab = msSince(t0);
        settle(100);
    }

    constexpr int kRuns = 25;
    const Document& doc = frame->document();
    if (doc.hasSchedule()) {
        // The painter alone, onto an off-screen bitmap the size of the chart.
        const wxSize size = canvas->GetClientSize();
        wxBitmap bmp(size, 24);
        wxMemoryDC mdc(bmp);
        std::vector<double> layoutTimes, paintTimes;
        for (int i = 0; i < kRuns; ++i) {
            t0 = Clock::now();
            const present::GanttFrame f = canvas->currentFrame();
            layoutTimes.push_back(msSince(t0));
            GanttPaintOptions o;
            o.size = size;
            o.scrollX = canvas->scrollX();
            o.firstRow = grid->firstVisibleRow();
            o.headerHeight = grid->headerHeight();
            t0 = Clock::now();
            paintGantt(mdc, canvas->layout(), f, o);
            paintTimes.push_back(msSince(t0));
        }
        r.ganttLayout = median(layoutTimes);
        r.ganttPaint = median(paintTimes);
    }
    std::vector<double> canvasTimes, gridTimes, scrollTimes, scrollCpu;
    for (int i = 0; i < kRuns; ++i)
        canvasTimes.push_back(timedRepaint(canvas, canvasPaints));
    for (int i = 0; i < kRuns; ++i)
        gridTimes.push_back(timedRepaint(grid->GetGridWindow(), gridPaints));
    // Page down through the middle of the plan: grid and chart both repaint.
    const int page = std::max(1, grid->GetGridWindow()->GetClientSize().y / grid->rowHeight() - 1);
    int x = 0, y = 0;
    grid->GetViewStart(&x, &y);
    for (int i = 0; i < kRuns; ++i) {
        const int c0 = canvasPaints.count, g0 = gridPaints.count;
        t0 = Clock::now();
        const double cpu0 = cpuMs();
        y += page;
        grid->Scroll(x, y);
        canvas->syncWithGrid();
        grid->GetGridWindow()->Update();
        canvas->Update();
        pumpUntil([&] { return canvasPaints.count > c0 && gridPaints.count > g0; }, 2000);
        scrollTimes.push_back(msSince(t0));
        scrollCpu.push_back(cpuMs() - cpu0);
    }
    r.scrollCpu = median(scrollCpu);
    r.ganttCanvas = median(canvasTimes);
    r.grid = median(gridTimes);
    r.scroll = median(scrollTimes);
    r.scrollMax = *std::max_element(scrollTimes.begin(), scrollTimes.end());

    frame->Destroy();
    settle(50);
    std::error_code ec;
    std::filesystem::remove(path, ec);
    return r;
}

} // namespace

Plan generateBenchmarkPlan(int taskCount)
{
    std::mt19937 rng(20001);
    auto roll = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Plan plan;
    plan.info.title = "Benchmark programme (" + std::to_string(taskCount) + " tasks)";
    plan.info.organization = "Benchmark Ltd";
    plan.info.start = Date(2027, 1, 4);
    Calendar cal;
    cal.id = "standard";
    cal.name = "Standard";
    cal.week = WeekMask{};
    cal.exceptions.push_back({Date(2027, 12, 24), Date(2028, 1, 1), false, "Year-end shutdown"});
    plan.calendars.push_back(cal);
    plan.info.calendar = cal.id;

    const auto count = static_cast<std::size_t>(std::max(0, taskCount));
    plan.tasks.reserve(count);
    std::vector<std::size_t> phaseLeaves; // leaves of the current phase, as task indexes
    int phase = 0, package = 0;
    auto add = [&](std::string name, int level, int duration) {
        Task t;
        t.id = "t" + std::to_string(plan.tasks.size() + 1);
        t.name = std::move(name);
        t.level = level;
        t.durationDays = duration;
        plan.tasks.push_back(std::move(t));
    };
    while (plan.tasks.size() < count) {
        ++phase;
        phaseLeaves.clear();
        add("Phase " + std::to_string(phase), 0, 0);
        const int packages = roll(12, 24);
        for (int p = 0; p < packages && plan.tasks.size() < count; ++p) {
            ++package;
            add("Work package " + std::to_string(package), 1, 0);
            const int leaves = roll(4, 14);
            for (int l = 0; l < leaves && plan.tasks.size() < count; ++l) {
                const std::size_t index = plan.tasks.size();
                add("Task " + std::to_string(index + 1), 2, roll(1, 10));
                Task& t = plan.tasks.back();
                // 1 to 4 links (2.5 on average) to recent tasks of the same phase:
                // wide enough to cross packages, never a cycle.
                const int links = std::min<int>(roll(1, 4), static_cast<int>(phaseLeaves.size()));
                for (int k = 0; k < links; ++k) {
                    const int back = roll(1, std::min<int>(40, static_cast<int>(phaseLeaves.size())));
                    const std::string& pred = plan.tasks[phaseLeaves[phaseLeaves.size() - static_cast<std::size_t>(back)]].id;
                    if (!t.findPredecessor(pred))
                        t.predecessors.push_back({pred, DependencyType::FinishToStart, 0});
                }
                phaseLeaves.push_back(index);
            }
        }
    }
    // A summary cut off at the end would have no children: make it a task.
    for (std::size_t i = 0; i < plan.tasks.size(); ++i)
        if (!isSummary(plan.tasks, i) && plan.tasks[i].durationDays == 0 && !plan.tasks[i].milestone)
            plan.tasks[i].durationDays = 1;
    return plan;
}

void startPaintBenchmark(std::function<void(int)> done)
{
    delete wxLog::SetActiveTarget(new wxLogStderr);
    // Keep the user's recent files and preferences out of it (style 0: no file read or written).
    delete wxConfigBase::Set(new wxFileConfig(wxEmptyString, wxEmptyString, wxEmptyString, wxEmptyString, 0));
    wxTheApp->CallAfter([done = std::move(done)] {
        std::vector<Row> rows;
        for (int n : {10000, 100000})
            rows.push_back(measure(n));
        std::printf("Paint benchmark: main window 1400x860, Gantt at week scale; times in ms, medians of 25 runs\n\n");
        std::printf("%8s %9s %7s %9s %7s %8s %7s %8s %8s %8s %7s %8s %8s %7s\n", "tasks", "generate", "read", "schedule",
                    "views", "plan-tab", "OPEN", "g.layout", "g.paint", "g.canvas", "grid", "page-dn", "pg-max", "pg-cpu");
        for (const Row& r : rows)
            std::printf("%8d %9.1f %7.1f %9.1f %7.1f %8.1f %7.1f %8.2f %8.2f %8.2f %7.2f %8.2f %8.2f %7.2f\n", r.tasks, r.generate,
                        r.read, r.schedule, r.notify, r.planTab, r.open, r.ganttLayout, r.ganttPaint, r.ganttCanvas, r.grid,
                        r.scroll, r.scrollMax, r.scrollCpu);
        std::printf("\nOPEN: File > Open to first paint of grid and chart (read + schedule + views + paint).\n"
                    "views: the document's listeners after a replace (schedule excluded); plan-tab: the Plan tab's share.\n"
                    "g.layout/g.paint: GanttLayout::layout and paintGantt onto a memory DC of the chart's size.\n"
                    "g.canvas, grid: Refresh+Update of the real window until painted. page-dn: one page down, both halves\n"
                    "(pg-max: the slowest of 25; pg-cpu: CPU time of certplan itself in a page-down).\n");
        std::fflush(stdout);
        done(0);
    });
}

} // namespace certplan::gui
