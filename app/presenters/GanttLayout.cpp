// SPDX-License-Identifier: MIT
#include "presenters/GanttLayout.h"
#include "presenters/DateFormat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace certplan::present {

namespace {

using boost::gregorian::days;

constexpr double kEdge = 5.0;     // grab zone at each end of a bar
constexpr double kArrowGap = 6.0; // horizontal run out of / into a bar

Date firstOfMonth(Date d) { return Date(d.year(), d.month(), 1); }
Date mondayOf(Date d) { return d - days((d.day_of_week().as_number() + 6) % 7); }

bool isFinishSide(DependencyType t)
{
    return t == DependencyType::FinishToStart || t == DependencyType::FinishToFinish;
}

bool entersStart(DependencyType t)
{
    return t == DependencyType::FinishToStart || t == DependencyType::StartToStart;
}

} // namespace

void TaskLinks::rebuild(const Plan& plan)
{
    const std::size_t n = plan.tasks.size();
    m_in.assign(n, {});
    m_out.assign(n, {});
    std::unordered_map<std::string_view, int> index;
    index.reserve(n * 2);
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(plan.tasks[i].id, static_cast<int>(i));
    for (std::size_t s = 0; s < n; ++s) {
        for (const auto& d : plan.tasks[s].predecessors) {
            const auto it = index.find(d.predecessor);
            if (it == index.end())
                continue;
            const Link l{it->second, static_cast<int>(s), d.type, d.lagDays};
            m_in[s].push_back(l);
            m_out[static_cast<std::size_t>(it->second)].push_back(l);
        }
    }
}

double pixelsPerDay(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Day: return 28.0;
    case TimeUnit::Week: return 8.0;
    case TimeUnit::Month: return 2.6;
    case TimeUnit::Quarter: return 0.9;
    case TimeUnit::Year: return 0.3;
    }
    return 8.0;
}

TimeUnit zoomIn(TimeUnit u)
{
    return u == TimeUnit::Day ? u : static_cast<TimeUnit>(static_cast<int>(u) - 1);
}

TimeUnit zoomOut(TimeUnit u)
{
    return u == TimeUnit::Year ? u : static_cast<TimeUnit>(static_cast<int>(u) + 1);
}

std::string_view unitName(TimeUnit u)
{
    switch (u) {
    case TimeUnit::Day: return "Days";
    case TimeUnit::Week: return "Weeks";
    case TimeUnit::Month: return "Months";
    case TimeUnit::Quarter: return "Quarters";
    case TimeUnit::Year: return "Years";
    }
    return "";
}

GanttLayout::GanttLayout(TimeUnit unit, GanttMetrics metrics) : m_unit(unit), m_metrics(metrics) {}

void GanttLayout::setRange(Date first, Date last)
{
    // Start on a period boundary a little before the first task; end with room
    // for labels after the last.
    m_origin = firstOfMonth(first - days(14));
    if (m_unit == TimeUnit::Day || m_unit == TimeUnit::Week)
        m_origin = mondayOf(first - days(7));
    if (m_unit == TimeUnit::Quarter || m_unit == TimeUnit::Year)
        m_origin = Date(first.year(), 1, 1);
    m_end = std::max(last, first) + days(m_unit == TimeUnit::Year ? 400 : 60);
}

double GanttLayout::width() const
{
    return xOf(m_end);
}

double GanttLayout::xOf(Date d) const
{
    return static_cast<double>((d - m_origin).days()) * pxPerDay();
}

Date GanttLayout::dateAt(double x) const
{
    // x / ppd can land a hair below a whole number (2.6 and 0.3 px per day are
    // not exact in binary), which would put a day's own left edge in the day
    // before it; the tolerance is far below one pixel at every zoom.
    return m_origin + days(static_cast<long>(std::floor(x / pxPerDay() + 1e-9)));
}

int GanttLayout::rowAt(double y) const
{
    return static_cast<int>(std::floor(y / m_metrics.rowHeight));
}

GanttBar GanttLayout::barFor(const Plan& plan, const Schedule& s, const PlanProgress& progress, int task, int row,
                             const Baseline* baseline) const
{
    const Task& t = plan.tasks[static_cast<std::size_t>(task)];
    const TaskTimes& tt = s.tasks[static_cast<std::size_t>(task)];
    const GanttMetrics& m = m_metrics;
    GanttBar b;
    b.task = task;
    b.row = row;
    b.critical = tt.critical;
    b.complete = tt.complete;
    const double top = rowTop(row);
    const double x0 = xOf(tt.start);
    const double x1 = xOf(tt.finish + days(1));
    if (tt.summary) {
        b.kind = GanttBar::Kind::Summary;
        b.rect = {x0, top + (m.rowHeight - m.barHeight) / 2.0, std::max(x1 - x0, 2.0), m.barHeight / 2.0};
    } else if (tt.milestone) {
        b.kind = GanttBar::Kind::Milestone;
        // A milestone sits at the end of its day, where the work before it finished.
        const double cx = x1;
        b.rect = {cx - m.milestoneSize / 2.0, top + (m.rowHeight - m.milestoneSize) / 2.0,
                  static_cast<double>(m.milestoneSize), static_cast<double>(m.milestoneSize)};
    } else {
        b.rect = {x0, top + (m.rowHeight - m.barHeight) / 2.0 - (baseline ? 2.0 : 0.0), std::max(x1 - x0, 2.0),
                  static_cast<double>(m.barHeight)};
    }
    b.progressRight = b.rect.x + b.rect.w * progress.percent(task) / 100.0;
    if (baseline && !tt.summary) {
        if (const BaselineEntry* e = baseline->find(t.id)) {
            const double bx0 = xOf(e->start);
            const double bx1 = xOf(e->finish + days(1));
            const double by = b.rect.bottom() + 1;
            if (tt.milestone)
                b.baseline = Rect{bx1 - m.baselineHeight, by, m.baselineHeight * 2.0, static_cast<double>(m.baselineHeight)};
            else
                b.baseline = Rect{bx0, by, std::max(bx1 - bx0, 2.0), static_cast<double>(m.baselineHeight)};
        }
    }
    for (const auto& a : t.assignments) {
        if (const Resource* r = plan.findResource(a.resource)) {
            if (!b.label.empty())
                b.label += ", ";
            b.label += r->name;
            if (a.units != 100)
                b.label += " [" + std::to_string(a.units) + "%]";
        }
    }
    return b;
}

GanttFrame GanttLayout::layout(const Input& in) const
{
    GanttFrame f;
    const VisibleRows& rows = *in.rows;
    const int last = std::min(in.lastRow, rows.count() - 1);
    std::optional<PlanProgress> own;
    if (!in.progress)
        own.emplace(*in.plan);
    const PlanProgress& progress = in.progress ? *in.progress : *own;
    for (int r = std::max(0, in.firstRow); r <= last; ++r)
        f.bars.push_back(barFor(*in.plan, *in.schedule, progress, rows.taskAt(r), r, in.baseline));
    // Bars are in row order from firstRow, so a task's bar is found from its row.
    const int firstBarRow = std::max(0, in.firstRow);
    for (const auto& c : in.schedule->conflicts) {
        if (c.task < 0 || c.task >= static_cast<int>(in.plan->tasks.size()))
            continue;
        const int row = rows.rowOf(c.task);
        if (row >= firstBarRow && row - firstBarRow < static_cast<int>(f.bars.size()))
            f.bars[static_cast<std::size_t>(row - firstBarRow)].conflict = true;
    }
    addTicks(f, in.viewX0, in.viewX1);
    // Shade weekends and holidays only when days are wide enough to see.
    if (pxPerDay() >= 4.0 && in.calendar) {
        const Date d0 = dateAt(std::max(0.0, in.viewX0));
        const Date d1 = dateAt(in.viewX1) + days(1);
        for (Date d = d0; d <= d1; d += days(1)) {
            if (in.calendar->isWorkingDay(d))
                continue;
            const double x = xOf(d);
            if (!f.nonWorking.empty() && std::abs(f.nonWorking.back().x1 - x) < 0.5)
                f.nonWorking.back().x1 = x + pxPerDay();
            else
                f.nonWorking.push_back({x, x + pxPerDay()});
        }
    }
    if (in.today)
        f.todayX = xOf(*in.today) + pxPerDay() / 2;
    if (in.schedule->statusDate)
        f.statusX = xOf(*in.schedule->statusDate + days(1)); // end of the status day
    addArrows(f, in, progress);
    return f;
}

void GanttLayout::addTicks(GanttFrame& f, double x0, double x1) const
{
    const Date first = dateAt(std::max(0.0, x0)) - days(1);
    const Date last = dateAt(x1) + days(1);
    auto monthLabel = [](Date d, bool withYear) {
        std::string s = monthAbbreviation(d.month());
        if (withYear)
            s += " " + std::to_string(d.year());
        return s;
    };
    switch (m_unit) {
    case TimeUnit::Day:
        for (Date d = mondayOf(first); d <= last; d += days(7))
            f.majorTicks.push_back({xOf(d), "Week of " + std::to_string(d.day()) + " " + monthLabel(d, true)});
        for (Date d = first; d <= last; d += days(1))
            f.minorTicks.push_back({xOf(d), std::to_string(d.day())});
        break;
    case TimeUnit::Week:
        for (Date d = firstOfMonth(first); d <= last; d = addMonths(d, 1))
            f.majorTicks.push_back({xOf(d), monthLabel(d, true)});
        for (Date d = mondayOf(first); d <= last; d += days(7))
            f.minorTicks.push_back({xOf(d), std::to_string(d.day())});
        break;
    case TimeUnit::Month:
        for (Date d = Date(first.year(), 1, 1); d <= last; d = addYears(d, 1))
            f.majorTicks.push_back({xOf(d), std::to_string(d.year())});
        for (Date d = firstOfMonth(first); d <= last; d = addMonths(d, 1))
            f.minorTicks.push_back({xOf(d), monthLabel(d, false)});
        break;
    case TimeUnit::Quarter:
        for (Date d = Date(first.year(), 1, 1); d <= last; d = addYears(d, 1))
            f.majorTicks.push_back({xOf(d), std::to_string(d.year())});
        for (Date d = Date(first.year(), 1, 1); d <= last; d = addMonths(d, 3))
            if (d >= first - days(92))
                f.minorTicks.push_back({xOf(d), "Q" + std::to_string((d.month() - 1) / 3 + 1)});
        break;
    case TimeUnit::Year:
        for (Date d = Date(first.year(), 1, 1); d <= last; d = addYears(d, 1))
            f.majorTicks.push_back({xOf(d), std::to_string(d.year())});
        for (Date d = Date(first.year(), 1, 1); d <= last; d = addMonths(d, 6))
            f.minorTicks.push_back({xOf(d), d.month() == 1 ? "H1" : "H2"});
        break;
    }
}

std::vector<Point> GanttLayout::routeArrow(const GanttBar& from, const GanttBar& to, DependencyType type) const
{
    const bool fromEnd = isFinishSide(type);
    const bool toStart = entersStart(type);
    const double sx = fromEnd ? from.rect.right() : from.rect.x;
    const double sy = from.rect.y + from.rect.h / 2;
    const double tx = toStart ? to.rect.x : to.rect.right();
    const double ty = to.rect.y + to.rect.h / 2;
    const double outX = fromEnd ? sx + kArrowGap : sx - kArrowGap;
    const double inX = toStart ? tx - kArrowGap : tx + kArrowGap;
    // The vertical run must leave the source on its outward side and reach the
    // target from its inward side; where both hold, one elbow will do.
    double lo = -1e18, hi = 1e18;
    (fromEnd ? lo : hi) = outX;
    if (toStart)
        hi = std::min(hi, inX);
    else
        lo = std::max(lo, inX);
    std::vector<Point> pts{{sx, sy}};
    if (lo <= hi) {
        const double elbow = std::clamp(outX, lo, hi);
        pts.push_back({elbow, sy});
        pts.push_back({elbow, ty});
    } else {
        // The target lies behind the source: drop to the row boundary, run back, then in.
        const double rh = m_metrics.rowHeight;
        const double midY = ty > sy ? (from.row + 1) * rh : from.row * rh;
        pts.push_back({outX, sy});
        pts.push_back({outX, midY});
        pts.push_back({inX, midY});
        pts.push_back({inX, ty});
    }
    pts.push_back({tx, ty});
    return pts;
}

void GanttLayout::addArrows(GanttFrame& f, const Input& in, const PlanProgress& progress) const
{
    if (!in.links)
        return;
    const Plan& plan = *in.plan;
    const VisibleRows& rows = *in.rows;
    // Bars on screen by task; a link to a task off screen still gets that
    // task's bar computed so the arrow runs out of view in the right direction.
    std::unordered_map<int, std::size_t> shown;
    for (std::size_t k = 0; k < f.bars.size(); ++k)
        shown.emplace(f.bars[k].task, k);
    auto bar = [&](int task) -> std::optional<GanttBar> {
        if (auto it = shown.find(task); it != shown.end())
            return f.bars[it->second];
        const int row = rows.rowOf(task);
        if (row < 0)
            return std::nullopt;
        return barFor(plan, *in.schedule, progress, task, row, nullptr);
    };
    auto add = [&](int pred, int succ, DependencyType type) {
        const auto from = bar(pred);
        const auto to = bar(succ);
        if (!from || !to)
            return;
        GanttArrow a;
        a.fromTask = pred;
        a.toTask = succ;
        a.type = type;
        a.critical = from->critical && to->critical;
        a.points = routeArrow(*from, *to, type);
        f.arrows.push_back(std::move(a));
    };
    for (const auto& [task, k] : shown) {
        (void)k;
        for (const auto& l : in.links->into(task))
            add(l.pred, task, l.type);
        for (const auto& l : in.links->outOf(task))
            if (!shown.count(l.succ)) // both ends on screen: added once, above
                add(task, l.succ, l.type);
    }
    // Deterministic drawing order whatever the hash map did.
    std::sort(f.arrows.begin(), f.arrows.end(), [](const GanttArrow& a, const GanttArrow& b) {
        return std::tie(a.toTask, a.fromTask) < std::tie(b.toTask, b.fromTask);
    });
}

GanttHit GanttLayout::hitTest(const GanttFrame& frame, double x, double y)
{
    for (const auto& b : frame.bars) {
        Rect r = b.rect;
        // Thin bars are hard to hit: accept the whole row height around them.
        r.y = b.rect.y - 4;
        r.h = b.rect.h + 8;
        r.x -= 2;
        r.w += 4;
        if (!r.contains(x, y))
            continue;
        GanttHit hit{b.task, GanttHit::Part::Body};
        if (b.kind == GanttBar::Kind::Task && b.rect.w > 3 * kEdge) {
            if (x <= b.rect.x + kEdge)
                hit.part = GanttHit::Part::StartEdge;
            else if (x >= b.rect.right() - kEdge)
                hit.part = GanttHit::Part::FinishEdge;
        }
        return hit;
    }
    return {};
}

} // namespace certplan::present
