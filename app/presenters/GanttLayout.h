// SPDX-License-Identifier: MIT
#pragma once
// Everything the Gantt chart draws, computed without wx: the time scale, bars,
// milestones, summary brackets, baseline bars, dependency arrows, non-working
// day bands and the today/status lines, for the rows on screen only. The wx
// canvas paints what this returns and asks it what is under the mouse.
//
// Coordinates are "content" pixels: x = 0 is the chart's origin date, y = 0 is
// the top of the first row (the time-scale header is drawn separately).

#include "calendar/WorkCalendar.h"
#include "core/Plan.h"
#include "presenters/VisibleRows.h"
#include "progress/Progress.h"
#include "schedule/Schedule.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan::present {

enum class TimeUnit { Day, Week, Month, Quarter, Year };

struct GanttMetrics {
    int rowHeight = 24;
    int barHeight = 12;
    int baselineHeight = 4;
    int milestoneSize = 12;
};

double pixelsPerDay(TimeUnit unit);
TimeUnit zoomIn(TimeUnit u);
TimeUnit zoomOut(TimeUnit u);
std::string_view unitName(TimeUnit u);

struct Point {
    double x = 0;
    double y = 0;
};

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
    bool contains(double px, double py) const { return px >= x && px <= x + w && py >= y && py <= y + h; }
};

struct GanttBar {
    enum class Kind { Task, Summary, Milestone };
    int task = -1;
    int row = -1;
    Kind kind = Kind::Task;
    Rect rect;                // body; for a milestone, the diamond's bounding box
    double progressRight = 0; // x where the done part ends (progress/Progress.h's percent of the width)
    bool critical = false;
    bool complete = false;
    bool conflict = false;    // the schedule reports a conflict for it (a missed deadline, a constraint over a link...)
    std::optional<Rect> baseline;
    std::string label;        // assigned resources, drawn right of the bar
};

struct GanttArrow {
    int fromTask = -1;
    int toTask = -1;
    DependencyType type = DependencyType::FinishToStart;
    std::vector<Point> points; // polyline; the last point is the arrow head's tip
    bool critical = false;
};

struct TimeTick {
    double x = 0;
    std::string label;
};

struct Band {
    double x0 = 0, x1 = 0;
};

struct GanttFrame {
    std::vector<GanttBar> bars;
    std::vector<GanttArrow> arrows;
    std::vector<TimeTick> majorTicks; // upper header row
    std::vector<TimeTick> minorTicks; // lower header row
    std::vector<Band> nonWorking;
    std::optional<double> todayX;
    std::optional<double> statusX;
};

// Links by task index in both directions, rebuilt when the plan changes so
// that painting never searches the task list.
class TaskLinks {
public:
    struct Link {
        int pred;
        int succ;
        DependencyType type;
        int lag;
    };
    void rebuild(const Plan& plan);
    const std::vector<Link>& into(int task) const { return m_in[static_cast<std::size_t>(task)]; }
    const std::vector<Link>& outOf(int task) const { return m_out[static_cast<std::size_t>(task)]; }

private:
    std::vector<std::vector<Link>> m_in;
    std::vector<std::vector<Link>> m_out;
};

struct GanttHit {
    enum class Part { None, Body, StartEdge, FinishEdge };
    int task = -1;
    Part part = Part::None;
};

class GanttLayout {
public:
    GanttLayout(TimeUnit unit = TimeUnit::Week, GanttMetrics metrics = {});

    TimeUnit unit() const { return m_unit; }
    void setUnit(TimeUnit u) { m_unit = u; }
    double pxPerDay() const { return pixelsPerDay(m_unit); }
    const GanttMetrics& metrics() const { return m_metrics; }

    // The chart starts a little before the plan so the first bar is not at the edge.
    void setRange(Date first, Date last);
    Date origin() const { return m_origin; }
    double width() const;            // content width of the whole range
    double xOf(Date d) const;        // left edge of day d
    Date dateAt(double x) const;     // the day under x
    double rowTop(int row) const { return row * static_cast<double>(m_metrics.rowHeight); }
    int rowAt(double y) const;

    struct Input {
        const Plan* plan = nullptr;
        const Schedule* schedule = nullptr;
        const WorkCalendar* calendar = nullptr;
        const VisibleRows* rows = nullptr;
        int firstRow = 0;
        int lastRow = -1;    // inclusive
        double viewX0 = 0;   // visible content x range
        double viewX1 = 0;
        OptDate today;
        const Baseline* baseline = nullptr;
        const TaskLinks* links = nullptr;
        const PlanProgress* progress = nullptr; // of *plan; null: computed here (O(n) per frame)
    };
    GanttFrame layout(const Input& in) const;

    // Bar geometry of one task (used for drag feedback and tests). The done
    // part is progress's percent of the bar, summaries included.
    GanttBar barFor(const Plan& plan, const Schedule& s, const PlanProgress& progress, int task, int row,
                    const Baseline* baseline) const;

    // Edges are the outer 5 px of a task bar; milestones and summaries only have a body.
    static GanttHit hitTest(const GanttFrame& frame, double x, double y);

private:
    void addTicks(GanttFrame& f, double x0, double x1) const;
    void addArrows(GanttFrame& f, const Input& in, const PlanProgress& progress) const;
    std::vector<Point> routeArrow(const GanttBar& from, const GanttBar& to, DependencyType type) const;

    TimeUnit m_unit;
    GanttMetrics m_metrics;
    Date m_origin{2027, 1, 1};
    Date m_end{2027, 12, 31};
};

} // namespace certplan::present
