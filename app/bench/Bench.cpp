// SPDX-License-Identifier: MIT
// certplan-bench [--quick | --shapes]: load + schedule of small files with
// large costs (CostShapes.h; --shapes runs only these), median full reschedule
// (dates, float, critical paths) of generated plans of 1,000 / 10,000 / 100,000
// tasks, peak memory, calendar arithmetic per call, and load + schedule + save
// of the 100,000-task plan through the real reader and writer. A benchmark,
// not a test: it prints figures, it asserts nothing.
#include "CostShapes.h"
#include "RandomPlan.h"

#include "calendar/CalendarSet.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "safety/RecoveryStore.h"
#include "schedule/Scheduler.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <ctime>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace certplan;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// CPU time of this process: on a shared machine wall time also counts other
// programs' turns on the cores; both are printed.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024; // kilobytes on Linux
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

std::size_t linkCount(const Plan& p)
{
    std::size_t n = 0;
    for (const auto& t : p.tasks)
        n += t.predecessors.size();
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    const bool shapesOnly = argc > 1 && std::string(argv[1]) == "--shapes";
    const int runs = quick ? 3 : 7;
    // First, while this process is small: each shape runs in a forked child.
    const bool shapesOk = bench::runCostShapes();
    if (shapesOnly)
        return shapesOk ? 0 : 1;
    std::printf("\n");
    std::printf("%-8s %8s %10s %10s %12s %10s %10s\n", "tasks", "links", "median ms", "cpu ms", "ms/1k units",
                "peak MiB", "finish");
    Plan biggest;
    for (int n : {1000, 10000, 100000}) {
        Plan p = bench::randomPlan(n, 20270104u + static_cast<unsigned>(n));
        std::vector<double> times, cpu;
        std::string finish;
        for (int r = 0; r < runs; ++r) {
            const auto t0 = Clock::now();
            const double c0 = cpuMs();
            auto s = computeSchedule(p);
            times.push_back(msSince(t0));
            cpu.push_back(cpuMs() - c0);
            if (!s) {
                std::fprintf(stderr, "schedule failed: %s\n", s.error().message.c_str());
                return 1;
            }
            finish = formatIsoDate(s->finish);
        }
        const double med = median(times);
        const std::size_t links = linkCount(p);
        std::printf("%-8d %8zu %10.1f %10.1f %12.3f %10ld %10s\n", n, links, med, median(cpu),
                    med * 1000.0 / static_cast<double>(static_cast<std::size_t>(n) + links), peakRssMiB(),
                    finish.c_str());
        if (n == 100000)
            biggest = std::move(p);
    }

    // Calendar arithmetic as the scheduler and the views use it: add N working
    // days and working days between, on the generated plan's holiday calendar.
    {
        const CalendarSet calendars(biggest);
        const WorkCalendar& cal = calendars.planCalendar();
        std::mt19937 rng(3u);
        std::vector<Date> dates;
        std::vector<int> offsets;
        for (int k = 0; k < 4096; ++k) {
            dates.push_back(Date(2027, 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 12000)));
            offsets.push_back(static_cast<int>(rng() % 2000) - 200);
        }
        const int calls = 20000000;
        std::vector<double> add, between;
        long sink = 0;
        for (int r = 0; r < runs; ++r) {
            auto t0 = Clock::now();
            for (int k = 0; k < calls; ++k)
                sink += cal.addWorkingDays(dates[static_cast<std::size_t>(k & 4095)], offsets[static_cast<std::size_t>(k & 4095)]).day();
            add.push_back(msSince(t0) * 1e6 / calls);
            t0 = Clock::now();
            for (int k = 0; k < calls; ++k)
                sink += cal.workingDaysBetween(dates[static_cast<std::size_t>(k & 4095)], dates[static_cast<std::size_t>((k + 1) & 4095)]);
            between.push_back(msSince(t0) * 1e6 / calls);
        }
        std::printf("\ncalendar arithmetic (median ns per call): add N working days %.1f, working days between %.1f "
                    "(checksum %ld)\n",
                    median(add), median(between), sink % 1000);
    }

    // The app's recovery copy: what the UI thread does (serialise the plan and
    // hand the bytes over) and what the background writer then does. Targets:
    // 50 ms on the example, 200 ms at 10,000 tasks on the UI thread.
    {
        const std::string dir = (std::filesystem::temp_directory_path() / "certplan-bench-recovery").string();
        std::printf("\nrecovery copy   %12s %14s %16s\n", "tasks", "UI thread ms", "background ms");
        auto example = readPlanFile(CERTPLAN_EXAMPLE_PLAN);
        if (!example) {
            std::fprintf(stderr, "%s\n", example.error().format().c_str());
            return 1;
        }
        std::vector<std::pair<std::string, Plan>> plans;
        plans.emplace_back("example", std::move(example->plan));
        plans.emplace_back("generated", bench::randomPlan(10000, 20270104u + 10000u));
        plans.emplace_back("generated", std::move(biggest));
        for (auto& [label, plan] : plans) {
            std::vector<double> ui, background;
            for (int r = 0; r < runs; ++r) {
                safety::RecoveryWriter writer(safety::RecoveryStore(dir), 1);
                const auto t0 = Clock::now();
                writer.submit({"", plan.info.title, 1}, writePlanToString(plan));
                ui.push_back(msSince(t0));
                const auto t1 = Clock::now();
                writer.flush();
                background.push_back(msSince(t1));
                writer.discard();
            }
            std::printf("  %-13s %12zu %14.1f %16.1f\n", label.c_str(), plan.tasks.size(), median(ui), median(background));
        }
        biggest = std::move(plans.back().second);
        std::filesystem::remove_all(dir);
    }

    const std::string path = (std::filesystem::temp_directory_path() / "certplan-bench-100k.certplan").string();
    if (auto ok = savePlanFile(biggest, path); !ok) {
        std::fprintf(stderr, "cannot write %s: %s\n", path.c_str(), ok.error().c_str());
        return 1;
    }
    biggest = Plan();
    std::vector<double> load, sched, save, total, totalCpu;
    for (int r = 0; r < (quick ? 1 : 3); ++r) {
        const auto t0 = Clock::now();
        const double c0 = cpuMs();
        auto loaded = readPlanFile(path);
        const double tl = msSince(t0);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error().format().c_str());
            return 1;
        }
        const auto t1 = Clock::now();
        auto s = computeSchedule(loaded->plan);
        const double ts = msSince(t1);
        const auto t2 = Clock::now();
        auto ok = savePlanFile(loaded->plan, path);
        const double tw = msSince(t2);
        if (!s || !ok)
            return 1;
        load.push_back(tl);
        sched.push_back(ts);
        save.push_back(tw);
        total.push_back(msSince(t0));
        totalCpu.push_back(cpuMs() - c0);
    }
    std::printf("\n100,000-task file (%.1f MiB): load %.0f ms + schedule %.0f ms + save %.0f ms = %.0f ms "
                "(median; %.0f ms CPU)\n",
                static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0), median(load), median(sched),
                median(save), median(total), median(totalCpu));
    std::printf("peak memory: %ld MiB\n", peakRssMiB());
    std::filesystem::remove(path);
    return shapesOk ? 0 : 1;
}
