// SPDX-License-Identifier: MIT
#include "CostShapes.h"
#include "Report.h"

#include "RandomPlan.h"

#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "schedule/Scheduler.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace certplan::bench {

namespace {

using Clock = std::chrono::steady_clock;

std::string tempPath(const std::string& name)
{
    return (std::filesystem::temp_directory_path() / ("certplan-bench-" + std::to_string(::getpid()) + "-" + name))
        .string();
}

bool writeText(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

// A small plan with n attributes nobody reads on its first task.
std::string manyAttributes(int n)
{
    std::string xml = writePlanToString(randomPlan(40, 7u));
    std::string attrs;
    attrs.reserve(static_cast<std::size_t>(n) * 14);
    for (int k = 0; k < n; ++k)
        attrs += " x" + std::to_string(k) + "=\"1\"";
    const auto at = xml.find("<task ");
    xml.insert(at + 5, attrs);
    return xml;
}

// n calendars, each based on the previous and adding one holiday; the plan
// uses the last one and 30 resources use calendars along the chain.
Plan calendarChain(int n)
{
    Plan p = randomPlan(400, 11u);
    std::mt19937 rng(5u);
    p.calendars.clear();
    for (int k = 0; k < n; ++k) {
        Calendar c;
        c.id = "c" + std::to_string(k);
        c.name = "Calendar " + std::to_string(k);
        if (k > 0)
            c.base = "c" + std::to_string(k - 1);
        const Date d = Date(2027, 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 3650));
        c.exceptions.push_back({d, d, false, "Holiday " + std::to_string(k)});
        p.calendars.push_back(std::move(c));
    }
    p.info.calendar = "c" + std::to_string(n - 1);
    for (int r = 0; r < 30; ++r) {
        Resource res;
        res.id = "r" + std::to_string(r);
        res.name = "Person " + std::to_string(r);
        res.calendar = "c" + std::to_string(n - 1 - r * (n / 30));
        p.resources.push_back(std::move(res));
    }
    int k = 0;
    for (auto& t : p.tasks)
        if (t.level == 2)
            t.assignments.push_back({"r" + std::to_string(k++ % 30), 100});
    return p;
}

// n resources, each with a calendar of its own (ten days of leave on the
// company calendar), and tasks assigned round the resources.
Plan ownCalendars(int n)
{
    Plan p = randomPlan(5000, 13u);
    std::mt19937 rng(9u);
    for (int r = 0; r < n; ++r) {
        Calendar c;
        c.id = "cal-r" + std::to_string(r);
        c.name = "Leave of person " + std::to_string(r);
        c.base = "std";
        for (int v = 0; v < 10; ++v) {
            const Date d = Date(2027, 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 3000));
            c.exceptions.push_back({d, d, false, "Leave"});
        }
        p.calendars.push_back(std::move(c));
        Resource res;
        res.id = "r" + std::to_string(r);
        res.name = "Person " + std::to_string(r);
        res.calendar = "cal-r" + std::to_string(r);
        p.resources.push_back(std::move(res));
    }
    int k = 0;
    for (auto& t : p.tasks)
        if (t.level == 2)
            t.assignments.push_back({"r" + std::to_string(k++ % n), 100});
    return p;
}

// Loads and schedules path in a child process; prints time and the child's peak memory.
bool measure(const std::string& label, const std::string& path)
{
    const auto bytes = std::filesystem::file_size(path);
    std::fflush(stdout);
    const pid_t pid = ::fork();
    if (pid == 0) {
        const auto t0 = Clock::now();
        auto loaded = readPlanFile(path);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error().format().c_str());
            std::_Exit(1);
        }
        const double load = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        const auto t1 = Clock::now();
        auto s = computeSchedule(loaded->plan);
        const double sched = std::chrono::duration<double, std::milli>(Clock::now() - t1).count();
        if (!s) {
            std::fprintf(stderr, "schedule failed: %s\n", s.error().message.c_str());
            std::_Exit(1);
        }
        rusage u{};
        ::getrusage(RUSAGE_SELF, &u);
        report("  %-34s %9.1f %9.0f %9.0f %9.0f %9ld %8zu\n", label.c_str(),
                    static_cast<double>(bytes) / 1024.0, load, sched, load + sched, u.ru_maxrss / 1024,
                    loaded->warnings.size());
        std::fflush(stdout);
        std::_Exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

bool runCostShapes()
{
    report("small files, large costs (load + schedule in a child process; targets 500 ms and 200 MiB)\n");
    report("  %-34s %9s %9s %9s %9s %9s %8s\n", "shape", "file KiB", "load ms", "sched ms", "total ms",
                "peak MiB", "warnings");
    struct Shape {
        std::string label;
        std::function<std::string()> make;
    };
    const std::vector<Shape> shapes{
        {"one element, 30,000 attributes", [] { return manyAttributes(30000); }},
        {"one element, 100,000 attributes", [] { return manyAttributes(100000); }},
        {"chain of 3,000 based-on calendars", [] { return writePlanToString(calendarChain(3000)); }},
        {"1,000 resources, own calendars", [] { return writePlanToString(ownCalendars(1000)); }},
    };
    bool ok = true;
    for (const auto& shape : shapes) {
        const std::string path = tempPath("shape.certplan");
        if (!writeText(path, shape.make())) {
            std::fprintf(stderr, "cannot write %s\n", path.c_str());
            return false;
        }
        if (!measure(shape.label, path)) {
            report("  %-34s failed\n", shape.label.c_str());
            ok = false;
        }
        std::filesystem::remove(path);
    }
    return ok;
}

} // namespace certplan::bench
