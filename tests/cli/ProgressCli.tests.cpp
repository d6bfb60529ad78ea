// SPDX-License-Identifier: MIT
// certplan-cli counts progress as progress/Progress.h does in every command:
// show, schedule (table and CSV) and validate, on the shared case
// progress-inconsistent.certplan (status date 2027-01-06) and on random plans.
#include "cli/RunCli.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "model/RandomProgressPlan.h"
#include "progress/Progress.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

using namespace certplan;
using namespace certplan::test;

namespace {

std::string sharedCase() { return dataPath("progress/progress-inconsistent.certplan"); }

// CSV rows by id: the columns by header name. Ids and names here hold no commas.
std::map<std::string, std::map<std::string, std::string>> csvRows(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    std::vector<std::string> header;
    std::stringstream h(line);
    for (std::string f; std::getline(h, f, ',');)
        header.push_back(f);
    std::map<std::string, std::map<std::string, std::string>> rows;
    while (std::getline(in, line)) {
        std::stringstream l(line);
        std::map<std::string, std::string> row;
        std::size_t k = 0;
        for (std::string f; std::getline(l, f, ',') && k < header.size(); ++k)
            row[header[k]] = f;
        rows[row["id"]] = row;
    }
    return rows;
}

// The DONE column of `show`'s phase table, by phase name.
std::map<std::string, std::string> phaseDone(const std::string& show)
{
    std::map<std::string, std::string> out;
    static const std::regex row(R"(^  \d+  (.+?)(?: \*)?\s+\d+  \d{4}-\d\d-\d\d  \d{4}-\d\d-\d\d\s+(\d+ %)$)");
    std::istringstream in(show);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (std::regex_match(line, m, row))
            out[m[1]] = m[2];
    }
    return out;
}

std::string overallProgress(const std::string& show)
{
    static const std::regex re(R"(Progress:\s+(\d+ %) complete)");
    std::smatch m;
    return std::regex_search(show, m, re) ? std::string(m[1]) : std::string();
}

bool contains(const std::string& s, const std::string& part)
{
    return s.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("progress-inconsistent: show, schedule and schedule --csv agree: b done at 100 %, s at 50 %",
          "[cli][progress][case]")
{
    const std::string file = sharedCase();
    const CliRun show = runCli("show '" + file + "'");
    REQUIRE(show.exitCode == 0);
    CHECK(overallProgress(show.out) == "77 %");
    CHECK(phaseDone(show.out) == std::map<std::string, std::string>{{"Summary", "50 %"}});
    CHECK(contains(show.out, "2027-01-04  Milestone 10% done  done"));

    const CliRun csv = runCli("schedule --csv '" + file + "'");
    REQUIRE(csv.exitCode == 0);
    auto rows = csvRows(csv.out);
    REQUIRE(rows.size() == 7);
    CHECK(rows["s"]["percent_complete"] == "50");
    CHECK(rows["s"]["complete"] == "0");
    CHECK(rows["b"]["percent_complete"] == "100");
    CHECK(rows["b"]["complete"] == "1");
    CHECK(rows["a"]["percent_complete"] == "100");
    CHECK(rows["a"]["complete"] == "1");
    CHECK(rows["a"]["finish"] == "2027-01-06"); // not 2027-01-08: finished by the status date
    CHECK(rows["m"]["percent_complete"] == "100");
    CHECK(rows["c"]["percent_complete"] == "50");
    CHECK(rows["s2"]["percent_complete"] == "0");

    const CliRun table = runCli("schedule '" + file + "'");
    REQUIRE(table.exitCode == 0);
    static const std::regex aRow(R"(\n1\s+a\s+100% but no actual dates\s+2027-01-04\s+2027-01-06\s+3\s+0\s+0\s+done\n)");
    static const std::regex bRow(R"(\n2\s+b\s+Actual finish but 40%\s+\S+\s+2027-01-06\s.*done\n)");
    CHECK(std::regex_search(table.out, aRow));
    CHECK(std::regex_search(table.out, bRow));
    CHECK(contains(table.out, "(a) is 100 % complete but has no actual finish"));

    // The load warnings, on stderr of every command, at the task elements.
    for (const CliRun* r : {&show, &table}) {
        CHECK(contains(r->err, file + ":11:5: warning: '100% but no actual dates' (a) is 100 % complete"));
        CHECK(contains(r->err, file + ":12:5: warning: 'Actual finish but 40%' (b) has an actual finish (2027-01-06) "
                                      "but is 40 % complete; it is counted as 100 % complete"));
        CHECK(contains(r->err, file + ":20:5: warning: 'Milestone 10% done' (m) is a milestone at 10 % complete"));
    }
    CHECK(csv.err.empty()); // --csv output is for tools: quiet
}

TEST_CASE("validate reports progress contradictions as warnings and still passes the plan", "[cli][progress]")
{
    const std::string file = sharedCase();
    const CliRun r = runCli("validate '" + file + "'");
    CHECK(r.exitCode == 0);
    CHECK(r.out == file + ": ok\n");
    CHECK(contains(r.err, file + ":11:5: warning:"));
    CHECK(contains(r.err, "would have it finish on 2027-01-08, after the status date 2027-01-06"));
    CHECK(contains(r.err, file + ":12:5: warning:"));
    CHECK(runCli("validate --quiet '" + file + "'").err.empty());
}

TEST_CASE("Random plans: schedule --csv and show print the progress rules' percents", "[cli][progress][property]")
{
    const auto dir = std::filesystem::temp_directory_path() / ("certplan-progress-cli-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    for (unsigned seed = 1; seed <= 25; ++seed) {
        INFO("seed " << seed);
        const std::string file = (dir / ("random-" + std::to_string(seed) + ".certplan")).string();
        REQUIRE(savePlanFile(randomProgressPlan(seed, false), file).ok());
        const auto loaded = readPlanFile(file);
        INFO((loaded.ok() ? std::string() : loaded.error().format()));
        REQUIRE(loaded.ok());
        const Plan& p = loaded->plan;
        const PlanProgress pr(p);

        const CliRun csv = runCli("schedule --csv '" + file + "'");
        REQUIRE(csv.exitCode == 0);
        auto rows = csvRows(csv.out);
        REQUIRE(rows.size() == p.tasks.size());
        for (int i = 0; i < static_cast<int>(p.tasks.size()); ++i) {
            const std::string& id = p.tasks[static_cast<std::size_t>(i)].id;
            INFO("task " << id);
            CHECK(rows[id]["percent_complete"] == std::to_string(pr.percent(i)));
            CHECK(rows[id]["complete"] == (pr.finished(i) ? "1" : "0"));
        }

        const CliRun show = runCli("show '" + file + "'");
        REQUIRE(show.exitCode == 0);
        CHECK(overallProgress(show.out) == std::to_string(pr.planPercent()) + " %");
        const auto done = phaseDone(show.out);
        const TaskTree tree(p.tasks);
        std::size_t phases = 0;
        for (int i : tree.children(TaskTree::kNone)) {
            if (!tree.isSummary(i))
                continue;
            ++phases;
            const std::string& name = p.tasks[static_cast<std::size_t>(i)].name;
            REQUIRE(done.count(name) == 1);
            CHECK(done.at(name) == std::to_string(pr.percent(i)) + " %");
        }
        CHECK(done.size() == phases);
    }
    std::filesystem::remove_all(dir);
}
