// SPDX-License-Identifier: MIT
#include "ViewRenderer.h"
#include "views/ChecklistView.h"

#include "HeadlessPrompts.h"
#include "MainFrame.h"
#include "WxConvert.h"
#include "templating/TemplateCatalog.h"
#include "views/GanttCanvas.h"
#include "views/GanttLegend.h"
#include "views/GanttPainter.h"
#include "views/PlanView.h"

#include <wx/app.h>
#include <wx/bitmap.h>
#include <wx/bookctrl.h>
#include <wx/dcmemory.h>
#include <wx/config.h>
#include <wx/dcclient.h>
#include <wx/display.h>
#include <wx/fileconf.h>
#include <wx/log.h>
#include <wx/stdpaths.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

namespace certplan::gui {

namespace {

// The chart with the legend under it, wrapped to the chart's width, so the
// picture explains its own marks.
wxBitmap withLegend(const wxBitmap& chart, PlanView& view)
{
    const int w = chart.GetWidth();
    const auto entries = view.legend()->entries();
    wxBitmap probe(1, 1);
    wxMemoryDC measure(probe);
    const int h = paintGanttLegend(measure, entries, w, false);
    measure.SelectObject(wxNullBitmap);
    wxBitmap legend(w, h);
    {
        wxMemoryDC dc(legend);
        paintGanttLegend(dc, entries, w, true);
    }
    wxBitmap out(w, chart.GetHeight() + h);
    {
        wxMemoryDC dc(out);
        dc.DrawBitmap(chart, 0, 0);
        dc.DrawBitmap(legend, 0, chart.GetHeight());
    }
    return out;
}

namespace fs = std::filesystem;

// GTK maps, sizes and paints asynchronously: give it time to finish.
void settle(wxWindow* w, int ms)
{
    w->Refresh();
    w->Update();
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        wxTheApp->Yield(true);
        wxMilliSleep(10);
    }
    w->Update();
}

struct Job {
    std::string dir;
    HeadlessPrompts prompts;
    MainFrame* frame = nullptr;
    std::function<void(int)> done;
    int failures = 0;

    bool save(const wxBitmap& bmp, const std::string& name)
    {
        const std::string path = (fs::path(dir) / (name + ".png")).string();
        if (!bmp.IsOk() || !bmp.SaveFile(wx(path), wxBITMAP_TYPE_PNG)) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            ++failures;
            return false;
        }
        std::printf("%s (%dx%d)\n", path.c_str(), bmp.GetWidth(), bmp.GetHeight());
        return true;
    }

    void finish(int rc)
    {
        frame->Destroy();
        std::fflush(stdout);
        done(rc);
    }

    void render()
    {
        settle(frame, 400);
        wxBookCtrlBase* tabs = findViewTabs(frame);
        if (!tabs) {
            std::fprintf(stderr, "the main window has no view tabs\n");
            finish(1);
            return;
        }
        int planPage = -1;
        for (std::size_t i = 0; i < tabs->GetPageCount(); ++i) {
            tabs->SetSelection(i);
            settle(frame, 300);
            if (tabs->GetPage(i) == frame->planView())
                planPage = static_cast<int>(i);
            save(captureClientArea(frame), pictureName(utf8(tabs->GetPageText(i))));
        }
        // The checklist again with a requirement open in its form, as an assessor sees it.
        for (std::size_t i = 0; i < tabs->GetPageCount(); ++i) {
            auto* checklist = dynamic_cast<ChecklistView*>(tabs->GetPage(i));
            const auto& lists = frame->document().plan().checklists;
            if (!checklist || lists.empty())
                continue;
            for (const Requirement& r : lists.front().items)
                if (!r.guidance.empty() && r.status == RequirementStatus::PartiallyConforming) {
                    tabs->SetSelection(i);
                    checklist->selectItem(r.id);
                    settle(frame, 300);
                    save(captureClientArea(frame), "checklist-requirement");
                    break;
                }
        }
        if (planPage >= 0) {
            tabs->SetSelection(static_cast<std::size_t>(planPage));
            const Document& doc = frame->document();
            OptDate status = doc.plan().info.statusDate;
            if (!status && doc.hasSchedule())
                status = doc.schedule().statusDate;
            if (status && doc.hasSchedule()) {
                // Rows too: down to the first unfinished task under way on the status date.
                const Plan& plan = doc.plan();
                for (std::size_t t = 0; t < plan.tasks.size(); ++t) {
                    const TaskTimes& tt = doc.schedule().tasks[t];
                    if (!tt.summary && tt.start <= *status && *status <= tt.finish && !leafProgress(plan.tasks[t]).finished) {
                        frame->planView()->selectTask(plan.tasks[t].id);
                        break;
                    }
                }
                // The status date in the middle: work done on the left, work due on the right.
                GanttCanvas* gantt = frame->planView()->gantt();
                gantt->scrollToX(gantt->layout().xOf(*status) - gantt->GetClientSize().x / 2.0);
            }
            settle(frame, 300);
            save(withLegend(captureClientArea(frame->planView()->gantt()), *frame->planView()), "gantt-status-date");
        } else {
            ++failures;
        }
        finish(failures == 0 ? 0 : 1);
    }
};

} // namespace

std::string bundledExamplePlan()
{
    const std::string exeDir = utf8(wxPathOnly(wxStandardPaths::Get().GetExecutablePath()));
    for (const auto& folder : templateSearchPath(exeDir)) {
        const fs::path p = fs::path(folder) / "examples" / "northwind-iso20000.certplan";
        std::error_code ec;
        if (fs::is_regular_file(p, ec))
            return p.string();
    }
    return {};
}

wxBookCtrlBase* findViewTabs(wxWindow* frame)
{
    for (wxWindow* child : frame->GetChildren()) {
        if (auto* book = dynamic_cast<wxBookCtrlBase*>(child))
            return book;
        if (auto* inner = findViewTabs(child))
            return inner;
    }
    return nullptr;
}

std::string pictureName(const std::string& tabTitle)
{
    std::string out;
    for (unsigned char c : tabTitle) {
        if (std::isalnum(c))
            out += static_cast<char>(std::tolower(c));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "view" : out;
}

wxBitmap captureClientArea(wxWindow* window)
{
    // Copied from the window, not painted again: this is what the user sees,
    // child windows and native widgets included. (A wxScreenDC copy returned
    // the first picture again and again under Xvfb; the window's own DC is current.)
    const wxSize size = window->GetClientSize();
    if (size.x <= 0 || size.y <= 0)
        return wxNullBitmap;
    wxBitmap bmp(size, 24);
    wxMemoryDC mem(bmp);
    wxClientDC source(window);
    mem.Blit(0, 0, size.x, size.y, &source, 0, 0);
    mem.SelectObject(wxNullBitmap);
    return bmp;
}

void startViewRendering(const std::string& dir, const std::string& file, std::function<void(int)> done)
{
    // A log message must not open a modal box nobody will close.
    delete wxLog::SetActiveTarget(new wxLogStderr);
    // Default preferences, and the user's recent files left alone (style 0: no file read or written).
    delete wxConfigBase::Set(new wxFileConfig(wxEmptyString, wxEmptyString, wxEmptyString, wxEmptyString, 0));
    auto job = std::make_shared<Job>();
    job->dir = dir;
    job->done = std::move(done);
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir)) {
        std::fprintf(stderr, "cannot create %s\n", dir.c_str());
        wxTheApp->CallAfter([job] { job->done(1); });
        return;
    }
    const std::string path = file.empty() ? bundledExamplePlan() : file;

    job->frame = new MainFrame();
    job->frame->setPrompts(&job->prompts);
    // Pictures are 1400x860 unless the screen is smaller (then as large as it allows).
    const wxRect screen = wxDisplay(0u).GetClientArea();
    job->frame->SetSize(screen.x, screen.y, std::min(1400, screen.width), std::min(860, screen.height));
    job->frame->Show();
    if (path.empty() || !job->frame->openFile(path)) {
        std::fprintf(stderr, "cannot open %s\n", path.empty() ? "the bundled example plan" : path.c_str());
        wxTheApp->CallAfter([job] { job->finish(1); });
        return;
    }
    wxTheApp->CallAfter([job] { job->render(); });
}

} // namespace certplan::gui
