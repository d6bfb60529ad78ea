// SPDX-License-Identifier: MIT
// Every presenter shows progress as progress/Progress.h counts it: the
// dashboard, the task grid, the Gantt bars and the summary behind
// `certplan-cli show`; on the shared case by hand, on random plans by property.
#include "model/RandomProgressPlan.h"
#include "presenters/Dashboard.h"
#include "presenters/GanttLayout.h"
#include "presenters/PresenterFixtures.h"
#include "presenters/TaskColumns.h"

#include "TestPaths.h"
#include "calendar/CalendarSet.h"
#include "io/PlanReader.h"
#include "progress/Progress.h"
#include "report/PlanSummary.h"

#include <cmath>

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;

namespace {

Plan sharedCase()
{
    auto r = readPlanFile(dataPath("progress/progress-inconsistent.certplan"));
    REQUIRE(r.ok());
    return std::move(r).value().plan;
}

const PhaseProgress& phaseOf(const DashboardData& d, int task)
{
    for (const auto& p : d.phases)
        if (p.task == task)
            return p;
    FAIL("no phase for task " << task);
    return d.phases.front();
}

// The rules written out once more, independently, to check PlanProgress by.
struct Reference {
    std::vector<int> percent;
    std::vector<bool> finished;
    int plan = 0;

    explicit Reference(const Plan& p)
    {
        const TaskTree tree(p.tasks);
        const int n = tree.size();
        auto zero = [&](int k) { return p.tasks[static_cast<std::size_t>(k)].milestone || p.tasks[static_cast<std::size_t>(k)].durationDays == 0; };
        std::vector<int> leafPct(static_cast<std::size_t>(n));
        std::vector<bool> leafDone(static_cast<std::size_t>(n));
        for (int k = 0; k < n; ++k) {
            const Task& t = p.tasks[static_cast<std::size_t>(k)];
            const bool any = t.percentComplete > 0 || t.actualStart || t.actualFinish;
            leafDone[static_cast<std::size_t>(k)] = t.actualFinish || t.percentComplete == 100 || (zero(k) && any);
            leafPct[static_cast<std::size_t>(k)] = leafDone[static_cast<std::size_t>(k)] ? 100 : t.percentComplete;
        }
        auto over = [&](int from, int to, bool* allDone) {
            double work = 0, done = 0, miles = 0, milePct = 0;
            *allDone = true;
            for (int k = from; k < to; ++k) {
                if (tree.isSummary(k))
                    continue;
                *allDone = *allDone && leafDone[static_cast<std::size_t>(k)];
                if (zero(k)) {
                    miles += 1;
                    milePct += leafPct[static_cast<std::size_t>(k)];
                } else {
                    work += p.tasks[static_cast<std::size_t>(k)].durationDays;
                    done += p.tasks[static_cast<std::size_t>(k)].durationDays * leafPct[static_cast<std::size_t>(k)];
                }
            }
            // Exact in doubles at these sizes; + 1e-9 guards 99.999... from representation.
            int pct = work > 0 ? static_cast<int>(std::floor(done / work + 1e-9))
                      : miles > 0 ? static_cast<int>(std::floor(milePct / miles + 1e-9)) : 0;
            if (pct == 100 && !*allDone)
                pct = 99;
            return pct;
        };
        for (int k = 0; k < n; ++k) {
            bool allDone = false;
            if (tree.isSummary(k)) {
                percent.push_back(over(k + 1, tree.subtreeEnd(k), &allDone));
                finished.push_back(allDone);
            } else {
                percent.push_back(leafPct[static_cast<std::size_t>(k)]);
                finished.push_back(leafDone[static_cast<std::size_t>(k)]);
            }
        }
        bool allDone = false;
        plan = over(0, n, &allDone);
    }
};

// The last working day on or before d from the plan's start, if there is one.
std::optional<Date> lastWorkingDay(const WorkCalendar& cal, Date start, Date d)
{
    for (Date x = d; x >= start; x -= boost::gregorian::days(1))
        if (cal.isWorkingDay(x))
            return x;
    return std::nullopt;
}

} // namespace

TEST_CASE("progress-inconsistent: dashboard, grid, Gantt and summary show b at 100 % and s at 50 %",
          "[presenters][progress][case]")
{
    const CellFixture f(sharedCase());
    const Plan& p = f.plan;
    const Date status = *p.info.statusDate;
    const int s = f.row("s"), b = f.row("b"), a = f.row("a"), m = f.row("m");

    const DashboardData d = buildDashboard(p, f.schedule, status);
    CHECK(d.percentComplete == 77);
    CHECK(phaseOf(d, s).percentComplete == 50);
    CHECK(phaseOf(d, b).percentComplete == 100);
    CHECK(phaseOf(d, a).percentComplete == 100);
    CHECK(phaseOf(d, m).percentComplete == 100);
    for (const auto& late : d.late) // b, a and m are finished: never late
        CHECK((late.task != b && late.task != a && late.task != m));
    for (const auto& up : d.milestones)
        CHECK(up.task != m); // reached

    CHECK(cellText(f.ctx, s, TaskColumn::Complete) == "50 %");
    CHECK(cellText(f.ctx, b, TaskColumn::Complete) == "100 %");
    CHECK(cellText(f.ctx, m, TaskColumn::Complete) == "100 %");
    CHECK(cellText(f.ctx, f.row("c"), TaskColumn::Complete) == "50 %");
    CHECK_FALSE(cellEditable(f.ctx, s, TaskColumn::Complete)); // it comes from its subtasks

    GanttLayout layout;
    layout.setRange(f.schedule.start, f.schedule.finish);
    const GanttBar sb = layout.barFor(p, f.schedule, f.progress, s, 0, nullptr);
    CHECK(sb.progressRight == Approx(sb.rect.x + sb.rect.w / 2));
    const GanttBar bb = layout.barFor(p, f.schedule, f.progress, b, 1, nullptr);
    CHECK(bb.progressRight == Approx(bb.rect.right()));
    CHECK(bb.complete);

    const PlanSummary sum = summarizePlan(p, f.schedule);
    CHECK(sum.percentComplete == 77);
    REQUIRE(sum.phases.size() == 1);
    CHECK(sum.phases[0].percentComplete == 50);
    REQUIRE(sum.milestones.size() == 1);
    CHECK(sum.milestones[0].done);
}

TEST_CASE("Random plans: every output's percent and done flag is the progress rules' value",
          "[presenters][progress][property]")
{
    int checkedPulls = 0;
    for (unsigned seed = 1; seed <= 400; ++seed) {
        INFO("seed " << seed);
        const Plan plan = randomProgressPlan(seed);
        const CellFixture f(plan);
        const Plan& p = f.plan;
        const PlanProgress& pr = f.progress;
        const Reference ref(p);
        const int n = static_cast<int>(p.tasks.size());

        CHECK(pr.planPercent() == ref.plan);
        for (int i = 0; i < n; ++i) {
            INFO("task " << p.tasks[static_cast<std::size_t>(i)].id);
            CHECK(pr.percent(i) == ref.percent[static_cast<std::size_t>(i)]);
            CHECK(pr.finished(i) == ref.finished[static_cast<std::size_t>(i)]);
            CHECK(f.schedule.tasks[static_cast<std::size_t>(i)].complete == pr.finished(i));
            CHECK(cellText(f.ctx, i, TaskColumn::Complete) == std::to_string(pr.percent(i)) + " %");
        }

        GanttLayout layout;
        layout.setRange(f.schedule.start, f.schedule.finish);
        VisibleRows rows;
        rows.rebuild(p);
        GanttLayout::Input in;
        in.plan = &p;
        in.schedule = &f.schedule;
        in.calendar = &f.calendar;
        in.rows = &rows;
        in.lastRow = rows.count() - 1;
        in.viewX1 = 100;
        for (const PlanProgress* given : {&pr, static_cast<const PlanProgress*>(nullptr)}) {
            in.progress = given;
            for (const GanttBar& bar : layout.layout(in).bars)
                CHECK(bar.progressRight == Approx(bar.rect.x + bar.rect.w * pr.percent(bar.task) / 100.0));
        }

        const Date status = p.info.statusDate.value_or(day("2027-01-20"));
        const DashboardData d = buildDashboard(p, f.schedule, status);
        CHECK(d.percentComplete == pr.planPercent());
        for (const auto& ph : d.phases)
            CHECK(ph.percentComplete == pr.percent(ph.task));
        for (const auto& late : d.late) {
            CHECK(late.percentComplete == pr.percent(late.task));
            CHECK_FALSE(pr.finished(late.task));
            if (late.notStarted)
                CHECK_FALSE(pr.started(late.task));
        }
        for (const auto& up : d.milestones)
            CHECK_FALSE(pr.finished(up.task));

        const PlanSummary sum = summarizePlan(p, f.schedule);
        CHECK(sum.percentComplete == pr.planPercent());
        for (const auto& ph : sum.phases)
            CHECK(ph.percentComplete == pr.percent(ph.task));
        for (const auto& ms : sum.milestones)
            CHECK(ms.done == pr.finished(ms.task));

        // Done work lies before the status date (rules 2 and 4), unless the
        // user's own actual start says otherwise (rule 3).
        if (!p.info.statusDate)
            continue;
        const Date st = *p.info.statusDate;
        const CalendarSet calendars(p);
        const auto last = lastWorkingDay(calendars.planCalendar(), p.info.start, st);
        if (!last)
            continue;
        const TaskTree& tree = f.tree;
        const auto contradictions = progressContradictions(p);
        for (int i = 0; i < n; ++i) {
            if (tree.isSummary(i))
                continue;
            const Task& t = p.tasks[static_cast<std::size_t>(i)];
            const TaskTimes& tt = f.schedule.tasks[static_cast<std::size_t>(i)];
            INFO("task " << t.id);
            const LeafProgress lp = leafProgress(t);
            if (lp.finished && !t.actualFinish && !(t.actualStart && *t.actualStart > st)) {
                CHECK(tt.finish <= st);
                ++checkedPulls;
            }
            if (lp.started && !lp.finished && !t.actualStart)
                CHECK(tt.start <= st);
            if (t.actualFinish && t.percentComplete < 100)
                CHECK(std::any_of(contradictions.begin(), contradictions.end(),
                                  [&](const ProgressContradiction& c) { return c.task == i; }));
        }
    }
    CHECK(checkedPulls > 100);
}
