// SPDX-License-Identifier: MIT
// Gantt geometry on the sample plan (PresenterFixtures.h) at the week zoom,
// 8 px a day. setRange(4 Jan, 12 Jan) puts the origin on Monday 28 Dec 2026, so
// 4 Jan is x = 56 and 24 px rows put a bar's body 6 px below its row's top.
#include "presenters/GanttLayout.h"
#include "presenters/PresenterFixtures.h"

#include <cmath>

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;
using DT = DependencyType;

namespace {

struct Chart {
    Plan plan;
    Schedule schedule;
    WorkCalendar calendar;
    VisibleRows rows;
    TaskLinks links;
    PlanProgress progress;
    GanttLayout layout;

    explicit Chart(Plan p, TimeUnit unit = TimeUnit::Week)
        : plan(std::move(p)), schedule(scheduleOf(plan)), progress(plan), layout(unit)
    {
        rows.rebuild(plan);
        links.rebuild(plan);
        layout.setRange(schedule.start, schedule.finish);
    }

    GanttLayout::Input input(double x0 = 0, double x1 = 400) const
    {
        GanttLayout::Input in;
        in.plan = &plan;
        in.schedule = &schedule;
        in.calendar = &calendar;
        in.rows = &rows;
        in.firstRow = 0;
        in.lastRow = 100;
        in.viewX0 = x0;
        in.viewX1 = x1;
        in.links = &links;
        in.progress = &progress;
        return in;
    }
    GanttFrame frame() const { return layout.layout(input()); }
    GanttBar bar(const std::string& id, const Baseline* b = nullptr) const
    {
        const int i = plan.taskIndex(id);
        return layout.barFor(plan, schedule, progress, i, rows.rowOf(i), b);
    }
};

const GanttArrow& arrow(const GanttFrame& f, int from, int to)
{
    for (const auto& a : f.arrows)
        if (a.fromTask == from && a.toTask == to)
            return a;
    FAIL("no arrow " << from << " -> " << to);
    throw std::logic_error("unreachable");
}

std::vector<std::pair<double, double>> xy(const GanttArrow& a)
{
    std::vector<std::pair<double, double>> out;
    for (const auto& p : a.points)
        out.emplace_back(p.x, p.y);
    return out;
}

std::vector<std::string> labels(const std::vector<TimeTick>& ticks)
{
    std::vector<std::string> out;
    for (const auto& t : ticks)
        out.push_back(t.label);
    return out;
}

// Every arrow is drawn with horizontal and vertical segments only.
bool axisAligned(const GanttArrow& a)
{
    for (std::size_t k = 1; k < a.points.size(); ++k)
        if (a.points[k].x != a.points[k - 1].x && a.points[k].y != a.points[k - 1].y)
            return false;
    return true;
}

} // namespace

TEST_CASE("Zoom levels: pixels per day, names and limits", "[presenters][gantt]")
{
    CHECK(pixelsPerDay(TimeUnit::Day) == 28.0);
    CHECK(pixelsPerDay(TimeUnit::Week) == 8.0);
    CHECK(pixelsPerDay(TimeUnit::Month) == Approx(2.6));
    CHECK(pixelsPerDay(TimeUnit::Quarter) == Approx(0.9));
    CHECK(pixelsPerDay(TimeUnit::Year) == Approx(0.3));
    CHECK(zoomIn(TimeUnit::Week) == TimeUnit::Day);
    CHECK(zoomIn(TimeUnit::Day) == TimeUnit::Day);
    CHECK(zoomOut(TimeUnit::Quarter) == TimeUnit::Year);
    CHECK(zoomOut(TimeUnit::Year) == TimeUnit::Year);
    CHECK(unitName(TimeUnit::Month) == "Months");
    CHECK(unitName(TimeUnit::Quarter) == "Quarters");
    GanttLayout g(TimeUnit::Month);
    CHECK(g.pxPerDay() == Approx(2.6));
    g.setUnit(TimeUnit::Day);
    CHECK(g.unit() == TimeUnit::Day);
    CHECK(g.pxPerDay() == 28.0);
}

TEST_CASE("The chart starts on a period boundary before the first task", "[presenters][gantt]")
{
    const Date first(2027, 1, 13), last(2027, 3, 31);
    auto originFor = [&](TimeUnit u) {
        GanttLayout g(u);
        g.setRange(first, last);
        return formatIsoDate(g.origin());
    };
    CHECK(originFor(TimeUnit::Day) == "2027-01-04");  // Monday of the week before
    CHECK(originFor(TimeUnit::Week) == "2027-01-04");
    CHECK(originFor(TimeUnit::Month) == "2026-12-01"); // a fortnight back, to the month start
    CHECK(originFor(TimeUnit::Quarter) == "2027-01-01");
    CHECK(originFor(TimeUnit::Year) == "2027-01-01");

    GanttLayout g(TimeUnit::Week);
    g.setRange(first, last);
    CHECK(g.xOf(g.origin()) == 0);
    CHECK(g.xOf(first) == 9 * 8.0);
    CHECK(g.width() == g.xOf(last + boost::gregorian::days(60)));
    GanttLayout y(TimeUnit::Year);
    y.setRange(first, last);
    CHECK(y.width() == Approx(y.xOf(last + boost::gregorian::days(400))));
}

TEST_CASE("x and dates convert both ways at every zoom", "[presenters][gantt]")
{
    for (TimeUnit u : {TimeUnit::Day, TimeUnit::Week, TimeUnit::Month, TimeUnit::Quarter, TimeUnit::Year}) {
        GanttLayout g(u);
        g.setRange(Date(2027, 1, 4), Date(2030, 1, 1));
        const double ppd = g.pxPerDay();
        int wrong = 0;
        for (int n = 0; n < 3000; ++n) {
            const Date d = g.origin() + boost::gregorian::days(n);
            // A day's left edge, its middle and just before its right edge all belong to it.
            if (g.dateAt(g.xOf(d)) != d || g.dateAt(g.xOf(d) + ppd / 2) != d || g.dateAt(g.xOf(d) + ppd * 0.99) != d)
                ++wrong;
        }
        INFO("unit " << unitName(u));
        CHECK(wrong == 0);
        CHECK(g.dateAt(-ppd / 2) == g.origin() - boost::gregorian::days(1));
    }
}

TEST_CASE("Rows are fixed-height bands", "[presenters][gantt]")
{
    GanttLayout g;
    CHECK(g.metrics().rowHeight == 24);
    CHECK(g.rowTop(3) == 72);
    CHECK(g.rowAt(0) == 0);
    CHECK(g.rowAt(23.9) == 0);
    CHECK(g.rowAt(24) == 1);
    CHECK(g.rowAt(-0.5) == -1);
    GanttLayout tall(TimeUnit::Week, GanttMetrics{30, 14, 4, 12});
    CHECK(tall.rowTop(2) == 60);
    CHECK(tall.rowAt(59) == 1);
}

TEST_CASE("Task, summary and milestone bars", "[presenters][gantt]")
{
    Plan p = samplePlan();
    p.findTask("a")->percentComplete = 50;
    p.findTask("a")->actualStart = day("2027-01-04");
    const Chart c(p);
    REQUIRE(formatIsoDate(c.layout.origin()) == "2026-12-28");

    const GanttBar a = c.bar("a"); // Mon 4 - Wed 6, row 1
    CHECK(a.kind == GanttBar::Kind::Task);
    CHECK(a.row == 1);
    CHECK(a.task == 1);
    CHECK(a.rect.x == 56);
    CHECK(a.rect.w == 24);
    CHECK(a.rect.y == 30);
    CHECK(a.rect.h == 12);
    CHECK(a.progressRight == 68);
    CHECK_FALSE(a.complete);
    CHECK(Chart(samplePlan()).bar("a").critical);
    CHECK(a.label == "Helen");
    CHECK_FALSE(a.baseline.has_value());

    const GanttBar b = c.bar("b");
    CHECK(b.progressRight == b.rect.x); // nothing done yet
    CHECK(b.label == "Helen [50%], Bob");
    CHECK_FALSE(b.critical);

    const GanttBar phase = c.bar("phase"); // Mon 4 - Fri 8: a thinner bracket
    CHECK(phase.kind == GanttBar::Kind::Summary);
    CHECK(phase.rect.x == 56);
    CHECK(phase.rect.w == 40);
    CHECK(phase.rect.y == 6);
    CHECK(phase.rect.h == 6);

    const GanttBar m = c.bar("m"); // after b, at the end of Fri 8 (x = 96)
    CHECK(m.kind == GanttBar::Kind::Milestone);
    CHECK(m.rect.x == 90);
    CHECK(m.rect.w == 12);
    CHECK(m.rect.y == 72 + 6);
    CHECK(m.rect.h == 12);
}

TEST_CASE("A complete task's progress fills its bar", "[presenters][gantt]")
{
    Plan p = samplePlan();
    Task& a = *p.findTask("a");
    a.percentComplete = 100;
    a.actualStart = day("2027-01-04");
    a.actualFinish = day("2027-01-06");
    const Chart c(p);
    const GanttBar bar = c.bar("a");
    CHECK(bar.complete);
    CHECK(bar.progressRight == bar.rect.right());
}

TEST_CASE("Baseline bars sit under the current bar", "[presenters][gantt]")
{
    const Chart c(samplePlan());
    Baseline base;
    base.name = "Initial";
    base.entries = {{"a", day("2027-01-05"), day("2027-01-07"), 3},
                    {"m", day("2027-01-08"), day("2027-01-08"), 0},
                    {"phase", day("2027-01-04"), day("2027-01-08"), 5}};

    const GanttBar a = c.bar("a", &base);
    CHECK(a.rect.y == 28); // lifted to make room
    REQUIRE(a.baseline.has_value());
    CHECK(a.baseline->x == 64);
    CHECK(a.baseline->w == 24);
    CHECK(a.baseline->y == a.rect.bottom() + 1);
    CHECK(a.baseline->h == 4);

    const GanttBar m = c.bar("m", &base);
    REQUIRE(m.baseline.has_value());
    CHECK(m.baseline->x == 92); // centred on the end of Fri 8
    CHECK(m.baseline->w == 8);

    CHECK_FALSE(c.bar("phase", &base).baseline.has_value()); // summaries have none
    CHECK_FALSE(c.bar("c", &base).baseline.has_value());      // not in the baseline
}

TEST_CASE("Layout returns bars for the visible rows only", "[presenters][gantt]")
{
    Chart c(samplePlan());
    GanttFrame f = c.frame();
    REQUIRE(f.bars.size() == 6);
    CHECK(f.bars[5].task == 5);
    CHECK(f.bars[5].row == 5);

    GanttLayout::Input in = c.input();
    in.firstRow = 2;
    in.lastRow = 3;
    f = c.layout.layout(in);
    REQUIRE(f.bars.size() == 2);
    CHECK(f.bars[0].task == 2);
    CHECK(f.bars[1].task == 3);

    c.rows.setCollapsed("phase", true);
    c.rows.rebuild(c.plan);
    f = c.frame();
    REQUIRE(f.bars.size() == 3);
    CHECK(f.bars[1].task == 4);
    CHECK(f.bars[1].row == 1);
    CHECK(f.bars[1].rect.y == 24 + 6);
}

TEST_CASE("Weekends are shaded when days are wide enough", "[presenters][gantt]")
{
    const Chart c(samplePlan());
    const GanttFrame f = c.layout.layout(c.input(0, 200));
    REQUIRE(f.nonWorking.size() == 4);
    CHECK(f.nonWorking[0].x0 == 40); // Sat 2 - Sun 3 January, one band
    CHECK(f.nonWorking[0].x1 == 56);
    CHECK(f.nonWorking[1].x0 == 96);
    CHECK(f.nonWorking[1].x1 == 112);

    const Chart months(samplePlan(), TimeUnit::Month);
    CHECK(months.frame().nonWorking.empty());
}

TEST_CASE("Today and status lines", "[presenters][gantt]")
{
    Plan p = samplePlan();
    p.info.statusDate = day("2027-01-06");
    const Chart c(p);
    GanttLayout::Input in = c.input();
    in.today = day("2027-01-07");
    const GanttFrame f = c.layout.layout(in);
    REQUIRE(f.todayX.has_value());
    CHECK(*f.todayX == 80 + 4); // the middle of the day
    REQUIRE(f.statusX.has_value());
    CHECK(*f.statusX == 80); // the end of the status day
    CHECK_FALSE(Chart(samplePlan()).frame().statusX.has_value());
    CHECK_FALSE(Chart(samplePlan()).frame().todayX.has_value());
}

TEST_CASE("Time scale ticks and labels at each zoom", "[presenters][gantt]")
{
    const Chart weeks(samplePlan());
    GanttFrame f = weeks.layout.layout(weeks.input(0, 200));
    CHECK(labels(f.majorTicks) == std::vector<std::string>{"Dec 2026", "Jan 2027"});
    CHECK(f.majorTicks[1].x == 32);
    CHECK(labels(f.minorTicks) == std::vector<std::string>{"21", "28", "4", "11", "18"});
    CHECK(f.minorTicks[1].x == 0);

    const Chart days(samplePlan(), TimeUnit::Day);
    f = days.layout.layout(days.input(0, 28 * 9));
    CHECK(labels(f.majorTicks) ==
          std::vector<std::string>{"Week of 21 Dec 2026", "Week of 28 Dec 2026", "Week of 4 Jan 2027"});
    CHECK(f.minorTicks.front().label == "27");
    CHECK(f.minorTicks.size() == 12); // 27 Dec to 7 Jan: one either side of the view
    CHECK(f.minorTicks[1].x == 0);

    const Chart months(samplePlan(), TimeUnit::Month);
    f = months.layout.layout(months.input(0, 2.6 * 100));
    CHECK(labels(f.majorTicks) == std::vector<std::string>{"2026", "2027"});
    CHECK(labels(f.minorTicks) == std::vector<std::string>{"Nov", "Dec", "Jan", "Feb", "Mar"});

    const Chart quarters(samplePlan(), TimeUnit::Quarter);
    f = quarters.layout.layout(quarters.input(0, 0.9 * 400));
    CHECK(labels(f.majorTicks) == std::vector<std::string>{"2026", "2027", "2028"});
    CHECK(labels(f.minorTicks) == std::vector<std::string>{"Q4", "Q1", "Q2", "Q3", "Q4", "Q1"});
    CHECK(f.minorTicks[1].x == 0);

    const Chart years(samplePlan(), TimeUnit::Year);
    f = years.layout.layout(years.input(0, 0.3 * 800));
    CHECK(labels(f.majorTicks) == std::vector<std::string>{"2026", "2027", "2028", "2029"});
    CHECK(labels(f.minorTicks) == std::vector<std::string>{"H1", "H2", "H1", "H2", "H1", "H2", "H1"});
    CHECK(f.minorTicks[2].x == 0);
}

TEST_CASE("Dependency arrows for all four link types", "[presenters][gantt][arrows]")
{
    const Chart c(samplePlan());
    const GanttFrame f = c.frame();
    REQUIRE(f.arrows.size() == 4);
    // Sorted by successor, then predecessor.
    CHECK(f.arrows[0].toTask == 2);
    CHECK(f.arrows[3].toTask == 5);

    // FS a -> b: b starts right where a ends, too close for one elbow, so the
    // line runs out, drops to the row boundary, runs back and enters from the left.
    const GanttArrow& fs = arrow(f, 1, 2);
    CHECK(fs.type == DT::FinishToStart);
    CHECK(xy(fs) == std::vector<std::pair<double, double>>{{80, 36}, {86, 36}, {86, 48}, {74, 48}, {74, 60}, {80, 60}});

    // SS a -> c: out of a's start, left of both starts, into c's start.
    const GanttArrow& ss = arrow(f, 1, 4);
    CHECK(xy(ss) == std::vector<std::pair<double, double>>{{56, 36}, {50, 36}, {50, 108}, {72, 108}});
    CHECK(ss.critical); // a and c are both critical

    // FF c -> d: out of c's finish, right of both finishes, into d's finish.
    const GanttArrow& ff = arrow(f, 4, 5);
    CHECK(xy(ff) == std::vector<std::pair<double, double>>{{128, 108}, {134, 108}, {134, 132}, {120, 132}});
    CHECK_FALSE(ff.critical); // d has float

    for (const auto& a : f.arrows)
        CHECK(axisAligned(a));
}

TEST_CASE("Forward arrows use one elbow, start-to-finish arrows too", "[presenters][gantt][arrows]")
{
    PlanBuilder b;
    b.task("x", 2);
    b.task("y", 3);
    b.task("z", 2);
    b.link("x", "y", DT::FinishToStart, 2);  // a gap: one elbow
    b.constrain("z", ConstraintType::MustStartOn, "2027-01-04");
    b.constrain("y", ConstraintType::StartNoEarlierThan, "2027-01-18");
    b.link("y", "z", DT::StartToFinish, -20); // z finishes long before y starts
    const Chart c(b.plan());
    const GanttFrame f = c.frame();
    REQUIRE(f.arrows.size() == 2);

    const GanttBar x = c.bar("x"), y = c.bar("y"), z = c.bar("z");
    const GanttArrow& fs = arrow(f, 0, 1);
    REQUIRE(fs.points.size() == 4);
    CHECK(fs.points[0].x == x.rect.right());
    CHECK(fs.points[1].x == x.rect.right() + 6);
    CHECK(fs.points[2].x == x.rect.right() + 6);
    CHECK(fs.points[2].y == y.rect.y + y.rect.h / 2);
    CHECK(fs.points[3].x == y.rect.x);

    // SF y -> z: leaves y's start going left and enters z's finish from the right.
    const GanttArrow& sf = arrow(f, 1, 2);
    REQUIRE(sf.points.size() == 4);
    CHECK(sf.points[0].x == y.rect.x);
    CHECK(sf.points[1].x == y.rect.x - 6);
    CHECK(sf.points.back().x == z.rect.right());
    CHECK(sf.points[2].x > z.rect.right());
    CHECK(axisAligned(sf));
}

TEST_CASE("Backward start-to-finish arrows detour around the bars", "[presenters][gantt][arrows]")
{
    PlanBuilder b;
    b.task("x", 3);
    b.task("y", 2);
    b.link("x", "y", DT::StartToFinish); // y must finish no earlier than x starts: they overlap
    const Chart c(b.plan());
    const GanttFrame f = c.frame();
    REQUIRE(f.arrows.size() == 1);
    const GanttBar x = c.bar("x"), y = c.bar("y");
    const GanttArrow& a = f.arrows[0];
    REQUIRE(a.points.size() == 6);
    CHECK(a.points[0].x == x.rect.x);
    CHECK(a.points[1].x == x.rect.x - 6);
    CHECK(a.points[2].y == 24); // x's row boundary, between the two bars
    CHECK(a.points[4].x == y.rect.right() + 6);
    CHECK(a.points[5].x == y.rect.right());
    CHECK(axisAligned(a));

    // Upward links turn at the top of the source row.
    PlanBuilder up;
    up.task("y", 2);
    up.task("x", 3);
    up.link("x", "y", DT::FinishToStart, -3);
    const Chart u(up.plan());
    // frame() returns by value: keep the frame, not a reference into a temporary.
    const GanttFrame upFrame = u.frame();
    const GanttArrow& back = upFrame.arrows.at(0);
    REQUIRE(back.points.size() == 6);
    CHECK(back.points[2].y == 24); // top of x's row (row 1)
    CHECK(back.points.back().x == u.bar("y").rect.x);
}

TEST_CASE("Arrows to rows off screen are drawn, to hidden tasks they are not", "[presenters][gantt][arrows]")
{
    Chart c(samplePlan());
    GanttLayout::Input in = c.input();
    in.firstRow = 2; // only b on screen
    in.lastRow = 2;
    GanttFrame f = c.layout.layout(in);
    REQUIRE(f.bars.size() == 1);
    REQUIRE(f.arrows.size() == 2); // a -> b in, b -> m out
    CHECK(arrow(f, 1, 2).points.front().y == 36);
    CHECK(arrow(f, 2, 3).points.back().y == 3 * 24 + 12);

    c.rows.setCollapsed("phase", true);
    c.rows.rebuild(c.plan);
    f = c.frame();
    REQUIRE(f.arrows.size() == 1); // a is hidden: only c -> d remains
    CHECK(f.arrows[0].fromTask == 4);

    GanttLayout::Input noLinks = c.input();
    noLinks.links = nullptr;
    CHECK(c.layout.layout(noLinks).arrows.empty());
}

TEST_CASE("Hit testing finds bars, their edges and misses", "[presenters][gantt]")
{
    const Chart c(samplePlan());
    const GanttFrame f = c.frame();
    // a: x 56-80, y 30-42
    GanttHit h = GanttLayout::hitTest(f, 68, 36);
    CHECK(h.task == 1);
    CHECK(h.part == GanttHit::Part::Body);
    CHECK(GanttLayout::hitTest(f, 57, 36).part == GanttHit::Part::StartEdge);
    CHECK(GanttLayout::hitTest(f, 79, 36).part == GanttHit::Part::FinishEdge);
    CHECK(GanttLayout::hitTest(f, 68, 27).task == 1); // a little above a thin bar still counts
    h = GanttLayout::hitTest(f, 68, 47);
    CHECK(h.task == -1);
    CHECK(h.part == GanttHit::Part::None);
    CHECK(GanttLayout::hitTest(f, 500, 36).task == -1);

    // Summaries and milestones have no edges to drag.
    h = GanttLayout::hitTest(f, 57, 9);
    CHECK(h.task == 0);
    CHECK(h.part == GanttHit::Part::Body);
    h = GanttLayout::hitTest(f, 91, 84);
    CHECK(h.task == 3);
    CHECK(h.part == GanttHit::Part::Body);
}

TEST_CASE("Task links index both directions", "[presenters][gantt]")
{
    Plan p = samplePlan();
    p.findTask("d")->predecessors.push_back({"ghost", DT::FinishToStart, 0}); // dangling: skipped
    TaskLinks l;
    l.rebuild(p);
    REQUIRE(l.into(5).size() == 1);
    CHECK(l.into(5)[0].pred == 4);
    CHECK(l.into(5)[0].type == DT::FinishToFinish);
    CHECK(l.into(5)[0].lag == -1);
    REQUIRE(l.outOf(1).size() == 2);
    CHECK(l.outOf(1)[0].succ == 2);
    CHECK(l.outOf(1)[1].succ == 4);
    CHECK(l.into(1).empty());
    CHECK(l.outOf(5).empty());
}
