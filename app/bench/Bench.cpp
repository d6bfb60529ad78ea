// SPDX-License-Identifier: MIT
// certplan-bench: load + schedule of small files with large costs
// (CostShapes.h), median full reschedule (dates, float, critical paths) of
// generated plans of 1,000 / 10,000 / 100,000 tasks (--sizes), peak memory,
// calendar arithmetic per call, the recovery copy, and load + schedule + save
// of the largest plan through the real reader and writer. A benchmark, not a
// test: it prints figures (--output FILE keeps a copy), it asserts nothing.
// certplan-bench --help lists the options.
#include "CostShapes.h"
#include "RandomPlan.h"
#include "Report.h"

#include "calendar/CalendarSet.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "safety/RecoveryStore.h"
#include "schedule/Scheduler.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ctime>
#include <optional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace certplan;
using bench::report;
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

// Plans below this size add nothing to the recovery-copy figures that the
// example (158 tasks) does not already show.
constexpr int kRecoveryMinTasks = 10000;

struct Options {
    std::vector<int> sizes{1000, 10000, 100000};
    int runs = 7;
    bool quick = false;
    bool shapesOnly = false;
    bool noShapes = false;
    std::string output;
};

unsigned seedFor(int tasks)
{
    return 20270104u + static_cast<unsigned>(tasks);
}

// Median reschedule of a generated plan of each size; returns the largest
// (the later sections use it), or nothing when a schedule failed. The others
// are freed at once so the peak memory column is that of one plan.
std::optional<Plan> rescheduleTable(const Options& o)
{
    report("%-8s %8s %10s %10s %12s %10s %10s\n", "tasks", "links", "median ms", "cpu ms", "ms/1k units",
           "peak MiB", "finish");
    std::optional<Plan> largest;
    for (int n : o.sizes) {
        Plan p = bench::randomPlan(n, seedFor(n));
        std::vector<double> times, cpu;
        std::string finish;
        for (int r = 0; r < o.runs; ++r) {
            const auto t0 = Clock::now();
            const double c0 = cpuMs();
            auto s = computeSchedule(p);
            times.push_back(msSince(t0));
            cpu.push_back(cpuMs() - c0);
            if (!s) {
                std::fprintf(stderr, "schedule failed: %s\n", s.error().message.c_str());
                return std::nullopt;
            }
            finish = formatIsoDate(s->finish);
        }
        const double med = median(times);
        const std::size_t links = linkCount(p);
        report("%-8d %8zu %10.1f %10.1f %12.3f %10ld %10s\n", n, links, med, median(cpu),
               med * 1000.0 / static_cast<double>(static_cast<std::size_t>(n) + links), peakRssMiB(), finish.c_str());
        if (n == o.sizes.back())
            largest = std::move(p);
    }
    return largest;
}

// Add N working days and working days between, as the scheduler and the views
// use them, on the generated plan's holiday calendar.
void calendarArithmetic(const Plan& plan, int runs)
{
    const CalendarSet calendars(plan);
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
    report("\ncalendar arithmetic (median ns per call): add N working days %.1f, working days between %.1f "
           "(checksum %ld)\n",
           median(add), median(between), sink % 1000);
}

// The app's recovery copy: what the UI thread does (serialise the plan and
// hand the bytes over) and what the background writer then does. Targets:
// 50 ms on the example, 200 ms at 10,000 tasks on the UI thread.
bool recoveryCopy(const Plan& largest, const Options& o)
{
    const std::string dir = (std::filesystem::temp_directory_path() / "certplan-bench-recovery").string();
    report("\nrecovery copy   %12s %14s %16s\n", "tasks", "UI thread ms", "background ms");
    auto example = readPlanFile(CERTPLAN_EXAMPLE_PLAN);
    if (!example) {
        std::fprintf(stderr, "%s\n", example.error().format().c_str());
        return false;
    }
    std::vector<std::pair<std::string, const Plan*>> plans;
    plans.emplace_back("example", &example->plan);
    std::vector<Plan> generated; // the same seeds as in the reschedule table
    generated.reserve(o.sizes.size());
    for (int n : o.sizes)
        if (n >= kRecoveryMinTasks && n != o.sizes.back())
            plans.emplace_back("generated", &generated.emplace_back(bench::randomPlan(n, seedFor(n))));
    plans.emplace_back("generated", &largest);
    for (const auto& [label, plan] : plans) {
        std::vector<double> ui, background;
        for (int r = 0; r < o.runs; ++r) {
            safety::RecoveryWriter writer(safety::RecoveryStore(dir), 1);
            const auto t0 = Clock::now();
            writer.submit({"", plan->info.title, 1}, writePlanToString(*plan));
            ui.push_back(msSince(t0));
            const auto t1 = Clock::now();
            writer.flush();
            background.push_back(msSince(t1));
            writer.discard();
        }
        report("  %-13s %12zu %14.1f %16.1f\n", label.c_str(), plan->tasks.size(), median(ui), median(background));
    }
    std::filesystem::remove_all(dir);
    return true;
}

// Load + schedule + save of the plan through the real reader and writer.
bool fileRoundTrip(Plan plan, int repetitions)
{
    const std::size_t tasks = plan.tasks.size();
    const std::string path =
        (std::filesystem::temp_directory_path() / ("certplan-bench-" + std::to_string(tasks) + ".certplan")).string();
    if (auto ok = savePlanFile(plan, path); !ok) {
        std::fprintf(stderr, "cannot write %s: %s\n", path.c_str(), ok.error().c_str());
        return false;
    }
    plan = Plan();
    std::vector<double> load, sched, save, total, totalCpu;
    for (int r = 0; r < repetitions; ++r) {
        const auto t0 = Clock::now();
        const double c0 = cpuMs();
        auto loaded = readPlanFile(path);
        const double tl = msSince(t0);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error().format().c_str());
            return false;
        }
        const auto t1 = Clock::now();
        auto s = computeSchedule(loaded->plan);
        const double ts = msSince(t1);
        const auto t2 = Clock::now();
        auto ok = savePlanFile(loaded->plan, path);
        const double tw = msSince(t2);
        if (!s || !ok)
            return false;
        load.push_back(tl);
        sched.push_back(ts);
        save.push_back(tw);
        total.push_back(msSince(t0));
        totalCpu.push_back(cpuMs() - c0);
    }
    report("\n%zu-task file (%.1f MiB): load %.0f ms + schedule %.0f ms + save %.0f ms = %.0f ms "
           "(median; %.0f ms CPU)\n",
           tasks, static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0), median(load),
           median(sched), median(save), median(total), median(totalCpu));
    std::filesystem::remove(path);
    return true;
}

// The sections in order; false when one failed.
bool runBench(const Options& o)
{
    // First, while this process is small: each shape runs in a forked child.
    const bool shapesOk = o.noShapes || bench::runCostShapes();
    if (o.shapesOnly)
        return shapesOk;
    report("\n");
    std::optional<Plan> largest = rescheduleTable(o);
    if (!largest)
        return false;
    calendarArithmetic(*largest, o.runs);
    if (!recoveryCopy(*largest, o))
        return false;
    if (!fileRoundTrip(std::move(*largest), o.quick ? 1 : std::min(o.runs, 3)))
        return false;
    report("peak memory: %ld MiB\n", peakRssMiB());
    return shapesOk;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    CLI::App app{"certplan-bench: scheduler, calendar, recovery-copy and file timings on generated plans.\n"
                 "A benchmark, not a test: it prints figures and asserts nothing.\n"
                 "Exit codes: 0 ok, 1 a step failed, 2 usage error.",
                 "certplan-bench"};
    app.set_version_flag("--version", std::string("certplan-bench ") + CERTPLAN_VERSION);
    app.add_option("--sizes", o.sizes,
                   "Tasks of the generated plans to reschedule, comma-separated; the largest also drives the "
                   "calendar, recovery-copy and file round-trip figures")
        ->delimiter(',')
        ->type_name("N,N,...")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    auto* runs = app.add_option("--runs", o.runs, "Repetitions of each timing; the median is printed (default 7, 3 with --quick)")
                     ->type_name("N")
                     ->check(CLI::Range(1, 1000));
    app.add_flag("--quick", o.quick, "Fewer repetitions: 3 of each timing, one file round trip");
    auto* shapes = app.add_flag("--shapes", o.shapesOnly, "Only the small files with large costs");
    app.add_flag("--no-shapes", o.noShapes, "Leave out the small files with large costs")->excludes(shapes);
    app.add_option("--output", o.output, "Also write the figures to FILE (stdout still gets them)")->type_name("FILE");
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) { // --help, --version
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e); // the message and a pointer to --help on stderr
        return 2;
    }
    if (o.quick && runs->count() == 0)
        o.runs = 3;
    std::sort(o.sizes.begin(), o.sizes.end());
    o.sizes.erase(std::unique(o.sizes.begin(), o.sizes.end()), o.sizes.end());
    if (!o.output.empty() && !bench::reportAlsoTo(o.output)) {
        std::fprintf(stderr, "certplan-bench: cannot write %s\n", o.output.c_str());
        return 1;
    }
    const bool ok = runBench(o);
    if (!bench::closeReport()) {
        std::fprintf(stderr, "certplan-bench: writing %s failed\n", o.output.c_str());
        return 1;
    }
    return ok ? 0 : 1;
}
