// SPDX-License-Identifier: MIT
#include "progress/Progress.h"

#include "schedule/Scheduler.h"

#include <algorithm>
#include <exception>

namespace certplan {

namespace {

std::size_t at(int i) { return static_cast<std::size_t>(i); }

// What a summary (or the plan) adds up over its leaves, in exact integers.
struct Tally {
    long long weight = 0;       // working days of the non-milestones
    long long weighted = 0;     // sum of percent * weight
    long long milestones = 0;
    long long milestonePct = 0; // sum of the milestones' percents
    long long leaves = 0;
    long long finished = 0;
    long long started = 0;

    void add(const Task& t, const LeafProgress& p)
    {
        const int w = progressWeight(t);
        weight += w;
        weighted += static_cast<long long>(w) * p.percent;
        if (isZeroDuration(t)) {
            ++milestones;
            milestonePct += p.percent;
        }
        ++leaves;
        finished += p.finished ? 1 : 0;
        started += p.started ? 1 : 0;
    }
    void add(const Tally& o)
    {
        weight += o.weight;
        weighted += o.weighted;
        milestones += o.milestones;
        milestonePct += o.milestonePct;
        leaves += o.leaves;
        finished += o.finished;
        started += o.started;
    }
    // Rules 6 and 7: floor, and 100 only when everything is finished.
    int percent() const
    {
        long long pct = 0;
        if (weight > 0)
            pct = weighted / weight;
        else if (milestones > 0)
            pct = milestonePct / milestones;
        if (pct >= 100 && finished < leaves)
            pct = 99;
        return static_cast<int>(std::clamp(pct, 0LL, 100LL));
    }
};

// As the scheduler's conflicts name tasks.
std::string label(const Task& t)
{
    return "'" + t.name + "' (" + t.id + ")";
}

// Rules 1, 3 and 5: what the task's own fields say against each other and
// against the status date.
void checkFields(const Plan& plan, int i, std::vector<ProgressContradiction>& out)
{
    const Task& t = plan.tasks[at(i)];
    const OptDate status = plan.info.statusDate;
    if (t.actualFinish && t.percentComplete < 100)
        out.push_back({i, label(t) + " has an actual finish (" + formatIsoDate(*t.actualFinish) + ") but is " +
                              std::to_string(t.percentComplete) + " % complete; it is counted as 100 % complete"});
    else if (isZeroDuration(t) && t.percentComplete > 0 && t.percentComplete < 100)
        out.push_back({i, label(t) + " is a milestone at " + std::to_string(t.percentComplete) +
                              " % complete; a milestone is reached or not, so it is counted as reached (100 %)"});
    if (!status)
        return;
    auto after = [&](const OptDate& d, const char* what, const char* verb) {
        if (d && *d > *status)
            out.push_back({i, label(t) + " has an actual " + what + " (" + formatIsoDate(*d) +
                                  ") after the status date (" + formatIsoDate(*status) + "); the schedule keeps " +
                                  formatIsoDate(*d) + ", but work cannot have " + verb +
                                  " after the status date: correct the date or move the status date"});
    };
    after(t.actualStart, "start", "started");
    after(t.actualFinish, "finish", "finished");
}

// Rules 2 and 4 need the schedule: only it knows where the links put a task.
bool needsSchedule(const Plan& plan, const TaskTree& tree)
{
    if (!plan.info.statusDate)
        return false;
    for (int i = 0; i < tree.size(); ++i) {
        const Task& t = plan.tasks[at(i)];
        if (tree.isSummary(i))
            continue;
        const LeafProgress p = leafProgress(t);
        if (!t.actualFinish && (p.finished || (p.started && !t.actualStart)))
            return true;
    }
    return false;
}

} // namespace

bool isZeroDuration(const Task& t)
{
    return t.milestone || t.durationDays <= 0;
}

int progressWeight(const Task& t)
{
    return isZeroDuration(t) ? 0 : t.durationDays;
}

LeafProgress leafProgress(const Task& t)
{
    LeafProgress p;
    p.started = t.actualStart || t.actualFinish || t.percentComplete > 0;
    p.finished = t.actualFinish || t.percentComplete >= 100 || (isZeroDuration(t) && p.started);
    p.percent = p.finished ? 100 : std::clamp(t.percentComplete, 0, 99);
    return p;
}

std::string placedByStatusMessage(const Task& t, bool finished, Date would, Date placed, Date status)
{
    std::string m = label(t) + " is ";
    if (finished)
        m += isZeroDuration(t) ? "a milestone with progress" : "100 % complete";
    else
        m += std::to_string(t.percentComplete) + " % complete";
    m += finished ? " but has no actual finish; its links and constraints would have it finish on "
                  : " but has no actual start; its links and constraints would start it on ";
    m += formatIsoDate(would) + ", after the status date " + formatIsoDate(status) + ", so it is taken to have ";
    m += std::string(finished ? "finished" : "started") + " on " + formatIsoDate(placed);
    m += finished ? ": enter its actual dates" : ": enter its actual start";
    return m;
}

PlanProgress::PlanProgress(const Plan& plan) : PlanProgress(plan, TaskTree(plan.tasks)) {}

PlanProgress::PlanProgress(const Plan& plan, const TaskTree& tree)
    : m_percent(plan.tasks.size()), m_started(plan.tasks.size()), m_finished(plan.tasks.size())
{
    const int n = tree.size();
    std::vector<Tally> tally(at(n));
    Tally whole;
    // Children follow their parent: a reverse sweep completes each summary's
    // tally before it is read.
    for (int i = n - 1; i >= 0; --i) {
        const Task& t = plan.tasks[at(i)];
        Tally& mine = tally[at(i)];
        if (tree.isSummary(i)) {
            m_percent[at(i)] = mine.percent();
            m_started[at(i)] = mine.started > 0;
            m_finished[at(i)] = mine.leaves > 0 && mine.finished == mine.leaves;
        } else {
            const LeafProgress p = leafProgress(t);
            mine.add(t, p);
            whole.add(t, p);
            m_percent[at(i)] = p.percent;
            m_started[at(i)] = p.started;
            m_finished[at(i)] = p.finished;
        }
        if (tree.parent(i) != TaskTree::kNone)
            tally[at(tree.parent(i))].add(mine);
    }
    m_planPercent = whole.percent();
}

std::vector<ProgressContradiction> progressContradictions(const Plan& plan)
{
    std::vector<ProgressContradiction> out;
    const TaskTree tree(plan.tasks);
    for (int i = 0; i < tree.size(); ++i)
        if (!tree.isSummary(i))
            checkFields(plan, i, out);
    if (needsSchedule(plan, tree)) {
        // These are warnings: a plan the scheduler cannot take still loads,
        // and scheduling it reports why.
        try {
            if (const auto s = computeSchedule(plan))
                for (const ScheduleConflict& c : s->conflicts)
                    if (c.kind == ScheduleConflict::Kind::ProgressAfterStatusDate)
                        out.push_back({c.task, c.message});
        } catch (const std::exception&) {
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ProgressContradiction& a, const ProgressContradiction& b) { return a.task < b.task; });
    return out;
}

} // namespace certplan
