// SPDX-License-Identifier: MIT
// Where the chart scrolls on zoom, Zoom to Fit and selection (GanttZoom.h), the
// conflict mark on bars and the legend's entries.
#include "presenters/GanttLayout.h"
#include "presenters/GanttLegend.h"
#include "presenters/GanttZoom.h"
#include "presenters/PresenterFixtures.h"

#include <cmath>

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;

namespace {

GanttLayout layoutFor(TimeUnit u, Date first, Date last)
{
    GanttLayout l(u);
    l.setRange(first, last);
    return l;
}

// The moment (days after 1 Jan 2027, with fraction) at content x.
double momentAt(const GanttLayout& l, double x)
{
    return static_cast<double>((l.origin() - Date(2027, 1, 1)).days()) + x / l.pxPerDay();
}

} // namespace

TEST_CASE("Zooming keeps the moment under the anchor in place, at every pair of scales", "[presenters][gantt][zoom]")
{
    const Date first(2027, 3, 10), last(2028, 6, 30);
    const double offset = 400; // the centre of an 800 px chart
    const double scrollX = 1234.5;
    for (TimeUnit from : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month, TimeUnit::Quarter, TimeUnit::Year})
        for (TimeUnit to : {zoomIn(from), zoomOut(from)}) {
            const GanttLayout before = layoutFor(from, first, last);
            const GanttLayout after = layoutFor(to, first, last);
            const double x = scrollKeepingAnchor(before, scrollX, offset, after);
            INFO(unitName(from) << " -> " << unitName(to));
            CHECK(std::abs(momentAt(after, x + offset) - momentAt(before, scrollX + offset)) < 1e-6);
            // In and out again: back to the same left edge.
            CHECK(std::abs(scrollKeepingAnchor(after, x, offset, before) - scrollX) < 1e-6);
        }
}

TEST_CASE("Zooming at the mouse keeps the date under the mouse, not the left edge", "[presenters][gantt][zoom]")
{
    const GanttLayout week = layoutFor(TimeUnit::Week, Date(2027, 1, 4), Date(2027, 12, 31));
    const GanttLayout day = layoutFor(TimeUnit::Day, Date(2027, 1, 4), Date(2027, 12, 31));
    const double scrollX = week.xOf(Date(2027, 5, 3));
    const double mouse = 250;
    const Date underMouse = week.dateAt(scrollX + mouse);
    const double x = scrollKeepingAnchor(week, scrollX, mouse, day);
    CHECK(day.dateAt(x + mouse) == underMouse);
    CHECK(day.dateAt(x) != Date(2027, 5, 3)); // the left edge moved
}

TEST_CASE("Zoom to Fit picks the finest scale the plan fits in and puts its start at the margin", "[presenters][gantt][zoom]")
{
    struct Case {
        int days;
        TimeUnit unit;
    };
    // 1000 px with 24 px margins: Day 28, Week 8, Month 2.6, Quarter 0.9, Year 0.3 px a day.
    for (const Case c : {Case{30, TimeUnit::Day}, Case{34, TimeUnit::Day}, Case{35, TimeUnit::Week}, Case{119, TimeUnit::Week},
                         Case{121, TimeUnit::Month}, Case{365, TimeUnit::Month}, Case{1000, TimeUnit::Quarter},
                         Case{3000, TimeUnit::Year}, Case{20000, TimeUnit::Year}}) {
        const Date first(2027, 3, 10);
        const Date last = first + boost::gregorian::days(c.days - 1);
        const ZoomFit fit = zoomToFit(first, last, 1000);
        INFO(c.days << " days");
        CHECK(fit.unit == c.unit);
        const GanttLayout l = layoutFor(fit.unit, first, last);
        // At the margin, unless that is before the chart's origin (the year scale starts on 1 January).
        CHECK(std::abs(fit.scrollX - std::max(0.0, l.xOf(first) - 24)) < 1e-9);
        CHECK(l.xOf(first) - fit.scrollX >= std::min(24.0, l.xOf(first)));
        if (c.days <= 3000)
            CHECK(l.xOf(last + boost::gregorian::days(1)) - fit.scrollX <= 1000 - 24 + 1e-9);
    }
}

TEST_CASE("Selecting a task scrolls the chart only when its bar is out of sight", "[presenters][gantt][zoom]")
{
    // View: content x 1000..1800.
    CHECK(scrollToShow(1100, 1200, 1000, 800) == 1000);          // inside
    CHECK(scrollToShow(900, 1010, 1000, 800) == 900 - 80);       // 10 px of a 110 px bar: not enough
    CHECK(scrollToShow(900, 1100, 1000, 800) == 1000);           // 100 px shown
    CHECK(scrollToShow(2500, 2600, 1000, 800) == 2500 - 80);     // right of the view
    CHECK(scrollToShow(100, 200, 1000, 800) == 100 - 80);        // left of the view
    CHECK(scrollToShow(1795, 1900, 1000, 800) == 1795 - 80);     // a 5 px sliver at the right edge
    CHECK(scrollToShow(1795, 1799, 1000, 800) == 1000);          // a 4 px bar wholly inside
    CHECK(scrollToShow(0, 5000, 1000, 800) == 1000);             // longer than the view, across it
}

TEST_CASE("Bars of tasks the schedule reports a conflict for are marked", "[presenters][gantt]")
{
    Plan plan = samplePlan();
    plan.tasks[static_cast<std::size_t>(plan.taskIndex("b"))].deadline = Date(2027, 1, 5); // finishes 8 Jan
    const Schedule s = scheduleOf(plan);
    REQUIRE_FALSE(s.conflicts.empty());
    VisibleRows rows;
    rows.rebuild(plan);
    TaskLinks links;
    links.rebuild(plan);
    GanttLayout layout(TimeUnit::Week);
    layout.setRange(s.start, s.finish);
    GanttLayout::Input in;
    in.plan = &plan;
    in.schedule = &s;
    in.rows = &rows;
    in.links = &links;
    in.firstRow = 1; // from the second row: bars are found by row, not by index
    in.lastRow = 100;
    in.viewX0 = 0;
    in.viewX1 = 400;
    const GanttFrame f = layout.layout(in);
    for (const auto& b : f.bars) {
        INFO("task " << plan.tasks[static_cast<std::size_t>(b.task)].id);
        CHECK(b.conflict == (plan.tasks[static_cast<std::size_t>(b.task)].id == "b"));
    }
}

TEST_CASE("The legend lists every mark the chart draws, the baseline only when one is drawn", "[presenters][gantt]")
{
    using S = LegendEntry::Symbol;
    auto has = [](const std::vector<LegendEntry>& l, S s) {
        for (const auto& e : l)
            if (e.symbol == s)
                return !e.label.empty();
        return false;
    };
    const auto without = ganttLegend(false), with = ganttLegend(true);
    for (S s : {S::Task, S::CriticalTask, S::Summary, S::Milestone, S::Progress, S::Today, S::StatusDate, S::Conflict}) {
        CHECK(has(without, s));
        CHECK(has(with, s));
    }
    CHECK_FALSE(has(without, S::Baseline));
    CHECK(has(with, S::Baseline));
}
