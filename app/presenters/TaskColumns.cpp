// SPDX-License-Identifier: MIT
#include "presenters/TaskColumns.h"

#include "core/FieldLimits.h"

#include "presenters/PredecessorText.h"
#include "presenters/TextFormat.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace certplan::present {

namespace {

std::string lower(std::string s)
{
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

Result<int, std::string> parseWholeNumber(const std::string& text, const std::string& what)
{
    std::string t = trim(text);
    if (t.empty() || t.size() > 7 || t.find_first_not_of("0123456789") != std::string::npos)
        return unexpected("'" + text + "' is not " + what);
    return std::stoi(t);
}

// "5", "5d", "5 days", "2w" (weeks of five working days).
Result<int, std::string> parseDuration(const std::string& text)
{
    std::string t = lower(trim(text));
    int factor = 1;
    for (const char* suffix : {" days", " day", "days", "day", " d", "d"}) {
        const std::string s(suffix);
        if (t.size() > s.size() && t.compare(t.size() - s.size(), s.size(), s) == 0) {
            t = trim(t.substr(0, t.size() - s.size()));
            break;
        }
    }
    for (const char* suffix : {" weeks", " week", "weeks", "week", " w", "w"}) {
        const std::string s(suffix);
        if (t.size() > s.size() && t.compare(t.size() - s.size(), s.size(), s) == 0) {
            t = trim(t.substr(0, t.size() - s.size()));
            factor = 5;
            break;
        }
    }
    auto n = parseWholeNumber(t, "a duration (type working days like 5 or 5d, or weeks like 2w)");
    if (!n)
        return n;
    return *n * factor;
}

// An actual finish is in the past: after the status date it cannot have happened yet.
std::optional<std::string> actualFinishAfterStatus(const CellContext& ctx, const Task& t)
{
    const OptDate status = ctx.plan.info.statusDate;
    if (!status || !t.actualFinish || *t.actualFinish <= *status)
        return std::nullopt;
    return "this task is finished (it has actual dates), so its finish is when it finished: " +
           ctx.dates.format(*t.actualFinish) + " is after the status date " + ctx.dates.format(*status) +
           ". Clear its progress first to plan it again";
}

} // namespace

std::string columnTitle(TaskColumn c)
{
    switch (c) {
    case TaskColumn::Wbs: return "WBS";
    case TaskColumn::Name: return "Task";
    case TaskColumn::Duration: return "Duration";
    case TaskColumn::Start: return "Start";
    case TaskColumn::Finish: return "Finish";
    case TaskColumn::Predecessors: return "Predecessors";
    case TaskColumn::Resources: return "Resources";
    case TaskColumn::Complete: return "% Done";
    case TaskColumn::Constraint: return "Constraint";
    case TaskColumn::BaselineStart: return "Baseline Start";
    case TaskColumn::BaselineFinish: return "Baseline Finish";
    case TaskColumn::StartVariance: return "Start Variance";
    case TaskColumn::FinishVariance: return "Finish Variance";
    case TaskColumn::DurationVariance: return "Duration Variance";
    case TaskColumn::Count: break;
    }
    return "";
}

bool isBaselineColumn(TaskColumn c)
{
    return c == TaskColumn::BaselineStart || c == TaskColumn::BaselineFinish || c == TaskColumn::StartVariance ||
           c == TaskColumn::FinishVariance || c == TaskColumn::DurationVariance;
}

std::string varianceText(int workingDays)
{
    return (workingDays > 0 ? "+" : "") + std::to_string(workingDays) + " d";
}

int columnWidth(TaskColumn c)
{
    switch (c) {
    case TaskColumn::Wbs: return 56;
    case TaskColumn::Name: return 280;
    case TaskColumn::Duration: return 72;
    case TaskColumn::Start: return 92;
    case TaskColumn::Finish: return 92;
    case TaskColumn::Predecessors: return 100;
    case TaskColumn::Resources: return 150;
    case TaskColumn::Complete: return 64;
    case TaskColumn::Constraint: return 130;
    // Wide enough for the bold header text at the default font.
    case TaskColumn::BaselineStart: return 122;
    case TaskColumn::BaselineFinish: return 128;
    case TaskColumn::StartVariance: return 116;
    case TaskColumn::FinishVariance: return 122;
    case TaskColumn::DurationVariance: return 142;
    case TaskColumn::Count: break;
    }
    return 80;
}

std::string formatResources(const Plan& plan, const Task& t)
{
    std::string out;
    for (const auto& a : t.assignments) {
        const Resource* r = plan.findResource(a.resource);
        if (!out.empty())
            out += "; ";
        out += r ? r->name : a.resource;
        if (a.units != 100)
            out += " [" + std::to_string(a.units) + "%]";
    }
    return out;
}

Result<std::vector<Assignment>, std::string> parseResources(const Plan& plan, const std::string& text)
{
    std::vector<Assignment> out;
    for (const auto& raw : splitList(text)) {
        std::string p = trim(raw);
        if (p.empty())
            continue;
        int units = 100;
        if (const auto open = p.find('['); open != std::string::npos) {
            const auto close = p.find(']', open);
            std::string u = trim(p.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1));
            if (!u.empty() && u.back() == '%')
                u.pop_back();
            auto n = parseWholeNumber(u, "a percentage");
            const auto& limit = limits::kAssignmentUnits;
            if (!n || !limit.allows(*n))
                return unexpected("units in '" + p + "' must be a percentage from " + std::to_string(limit.min) +
                                  " to " + std::to_string(limit.max) + ", like [50%]");
            units = *n;
            p = trim(p.substr(0, open));
        }
        const Resource* found = nullptr;
        for (const auto& r : plan.resources)
            if (lower(r.name) == lower(p) || r.id == p)
                found = &r;
        if (!found)
            return unexpected("there is no resource called '" + p + "'");
        for (const auto& a : out)
            if (a.resource == found->id)
                return unexpected(found->name + " is listed twice");
        out.push_back({found->id, units});
    }
    return out;
}

std::string formatConstraint(const Constraint& c, const DateFormat& f)
{
    std::string out(constraintAbbrev(c.type));
    if (c.date)
        out += " " + f.format(*c.date);
    return out;
}

Result<Constraint, std::string> parseConstraint(const std::string& text, const DateFormat& f)
{
    const std::string t = trim(text);
    if (t.empty())
        return Constraint{};
    const auto space = t.find(' ');
    std::string code = t.substr(0, space);
    for (auto& c : code)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const auto type = parseConstraintAbbrev(code);
    if (!type)
        return unexpected("'" + code + "' is not a constraint; use ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO or MFO");
    Constraint c{*type, std::nullopt};
    if (!constraintNeedsDate(*type))
        return c;
    if (space == std::string::npos)
        return unexpected(code + " needs a date, like " + code + " " + f.format(Date(2027, 3, 15)));
    std::string why;
    c.date = f.parse(t.substr(space + 1), &why);
    if (!c.date)
        return unexpected(why);
    return c;
}

std::string cellText(const CellContext& ctx, int task, TaskColumn c)
{
    const Task& t = ctx.plan.tasks[static_cast<std::size_t>(task)];
    const TaskTimes* tt = ctx.schedule ? &ctx.schedule->tasks[static_cast<std::size_t>(task)] : nullptr;
    switch (c) {
    case TaskColumn::Wbs: return ctx.tree.wbs(task);
    case TaskColumn::Name: return t.name;
    case TaskColumn::Duration:
        // A finished task shows the working days its actual dates span, as
        // MS Project's actual duration and `certplan-cli schedule` (DAYS) do.
        if (ctx.tree.isSummary(task) || (tt && t.actualStart && t.actualFinish && !t.milestone))
            return tt ? std::to_string(tt->durationDays) + " d" : "";
        return std::to_string(t.milestone ? 0 : t.durationDays) + " d";
    case TaskColumn::Start: return tt ? ctx.dates.format(tt->start) : "";
    case TaskColumn::Finish: return tt ? ctx.dates.format(tt->finish) : "";
    case TaskColumn::Predecessors: {
        std::string out;
        for (const auto& l : ctx.links.into(task)) {
            if (!out.empty())
                out += "; ";
            out += formatDependency(l.pred + 1, Dependency{{}, l.type, l.lag});
        }
        return out;
    }
    case TaskColumn::Resources: return formatResources(ctx.plan, t);
    case TaskColumn::Complete: return std::to_string(ctx.progress.percent(task)) + " %";
    case TaskColumn::Constraint: return formatConstraint(t.constraint, ctx.dates);
    case TaskColumn::BaselineStart:
    case TaskColumn::BaselineFinish:
    case TaskColumn::StartVariance:
    case TaskColumn::FinishVariance:
    case TaskColumn::DurationVariance: {
        // "NA" as MS Project writes it: no baseline compared, or the task was added after it was saved.
        const TaskVariance* v = ctx.variance && static_cast<std::size_t>(task) < ctx.variance->size()
                                    ? &(*ctx.variance)[static_cast<std::size_t>(task)]
                                    : nullptr;
        if (!v || !v->inBaseline)
            return "NA";
        switch (c) {
        case TaskColumn::BaselineStart: return ctx.dates.format(v->baselineStart);
        case TaskColumn::BaselineFinish: return ctx.dates.format(v->baselineFinish);
        case TaskColumn::StartVariance: return varianceText(v->startVariance);
        case TaskColumn::FinishVariance: return varianceText(v->finishVariance);
        default: return varianceText(v->durationVariance);
        }
    }
    case TaskColumn::Count: break;
    }
    return "";
}

bool cellEditable(const CellContext& ctx, int task, TaskColumn c)
{
    const bool summary = ctx.tree.isSummary(task);
    if (isBaselineColumn(c))
        return false; // saved snapshots: Set Baseline again to change them
    switch (c) {
    case TaskColumn::Wbs: return false;
    case TaskColumn::Duration:
    case TaskColumn::Finish:
    case TaskColumn::Resources:
    case TaskColumn::Complete: return !summary;
    default: return true;
    }
}

CommandResult commandForEdit(const CellContext& ctx, int task, TaskColumn c, const std::string& text)
{
    // The grid never offers these cells, but other callers (menus, scripts)
    // must not write a summary's hidden own duration or progress either.
    if (c != TaskColumn::Wbs && c != TaskColumn::Count && !isBaselineColumn(c) && !cellEditable(ctx, task, c))
        return unexpected("a summary task's " + lower(columnTitle(c)) + " comes from its subtasks");
    const Plan& plan = ctx.plan;
    Task t = plan.tasks[static_cast<std::size_t>(task)];
    const Task before = t;
    std::string label = "Edit Task";
    switch (c) {
    case TaskColumn::Wbs:
    case TaskColumn::BaselineStart:
    case TaskColumn::BaselineFinish:
    case TaskColumn::StartVariance:
    case TaskColumn::FinishVariance:
    case TaskColumn::DurationVariance:
    case TaskColumn::Count: return unexpected(std::string("this column cannot be edited"));
    case TaskColumn::Name:
        t.name = trim(text);
        label = "Rename Task";
        break;
    case TaskColumn::Duration: {
        auto d = parseDuration(text);
        if (!d)
            return unexpected(d.error());
        t.durationDays = *d;
        t.milestone = *d == 0;
        // A finished task is drawn from its actual dates, not its duration:
        // the actual finish moves with the new duration, as MS Project
        // recomputes it, or the number would change and the bar would not.
        if (t.actualStart && t.actualFinish) {
            t.actualFinish = *d == 0 ? *t.actualStart : ctx.calendar.addWorkingDays(*t.actualStart, *d - 1);
            if (auto late = actualFinishAfterStatus(ctx, t))
                return unexpected(*late);
        }
        label = "Change Duration";
        break;
    }
    case TaskColumn::Start: {
        std::string why;
        const OptDate d = ctx.dates.parse(text, &why);
        if (!d)
            return unexpected(why);
        const Date start = ctx.calendar.nextWorkingDay(*d);
        label = "Set Start";
        if (t.actualStart || t.actualFinish) {
            // The task has started, so its start is when it started: a
            // constraint would change nothing on screen (actual dates win).
            // As MS Project does, the typed date becomes the actual start,
            // and a finished task keeps its duration.
            t.actualStart = start;
            if (t.actualFinish)
                t.actualFinish = t.milestone || t.durationDays == 0 ? start
                                                                    : ctx.calendar.addWorkingDays(start, t.durationDays - 1);
            const OptDate status = ctx.plan.info.statusDate;
            if (status && start > *status)
                return unexpected("this task has started (it has an actual start), so its start is when it started: " +
                                  ctx.dates.format(start) + " is after the status date " + ctx.dates.format(*status) +
                                  ". Clear its progress first to plan it again");
            if (auto late = actualFinishAfterStatus(ctx, t))
                return unexpected(*late);
            break;
        }
        // Typing a start date pins the task there, as in MS Project.
        t.constraint = {ConstraintType::StartNoEarlierThan, start};
        break;
    }
    case TaskColumn::Finish: {
        std::string why;
        const OptDate d = ctx.dates.parse(text, &why);
        if (!d)
            return unexpected(why);
        if (!ctx.schedule)
            return unexpected(std::string("the plan cannot be scheduled, so the finish cannot be set"));
        const Date start = ctx.schedule->tasks[static_cast<std::size_t>(task)].start;
        if (*d < start)
            return unexpected("the finish cannot be before the start (" + ctx.dates.format(start) + ")");
        t.durationDays = ctx.calendar.workingDaysBetween(start, *d);
        t.milestone = t.durationDays == 0;
        if (t.actualFinish) { // finished: the typed finish is when it finished
            t.actualFinish = *d;
            if (auto late = actualFinishAfterStatus(ctx, t))
                return unexpected(*late);
        }
        label = "Change Finish";
        break;
    }
    case TaskColumn::Predecessors: {
        auto deps = parsePredecessors(plan, text);
        if (!deps)
            return unexpected(deps.error());
        const std::vector<Dependency> old = t.predecessors;
        t.predecessors = std::move(deps).value();
        // Named after what the user did: a new predecessor is a link even if
        // another was dropped in the same edit (a cycle error then says
        // "Cannot Link Tasks", not "Cannot Unlink Tasks").
        const bool added = std::any_of(t.predecessors.begin(), t.predecessors.end(), [&old](const Dependency& d) {
            return std::none_of(old.begin(), old.end(), [&d](const Dependency& o) { return o.predecessor == d.predecessor; });
        });
        label = added                                  ? "Link Tasks"
                : t.predecessors.size() < old.size() ? "Unlink Tasks"
                                                       : "Edit Links";
        break;
    }
    case TaskColumn::Resources: {
        auto a = parseResources(plan, text);
        if (!a)
            return unexpected(a.error());
        t.assignments = std::move(a).value();
        label = "Assign Resources";
        break;
    }
    case TaskColumn::Complete: {
        std::string s = trim(text);
        if (!s.empty() && s.back() == '%')
            s = trim(s.substr(0, s.size() - 1));
        auto p = parseWholeNumber(s, "a percentage from 0 to 100");
        if (!p || *p > 100)
            return unexpected("'" + text + "' is not a percentage from 0 to 100");
        t.percentComplete = *p;
        // Progress freezes history: the work started (and ended) where it was scheduled.
        if (ctx.schedule) {
            const TaskTimes& tt = ctx.schedule->tasks[static_cast<std::size_t>(task)];
            if (*p > 0 && !t.actualStart)
                t.actualStart = tt.start;
            if (*p == 100 && !t.actualFinish)
                t.actualFinish = tt.finish;
            if (*p < 100)
                t.actualFinish.reset();
            if (*p == 0)
                t.actualStart.reset();
        }
        label = "Mark Progress";
        break;
    }
    case TaskColumn::Constraint: {
        auto con = parseConstraint(text, ctx.dates);
        if (!con)
            return unexpected(con.error());
        t.constraint = *con;
        label = "Set Constraint";
        break;
    }
    }
    if (t == before)
        return unexpected(std::string("nothing to change"));
    return editTask(plan, std::move(t), label);
}

} // namespace certplan::present
