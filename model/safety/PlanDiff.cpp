// SPDX-License-Identifier: MIT
#include "safety/PlanDiff.h"

#include <unordered_map>

namespace certplan::safety {

namespace {

std::vector<std::string> changedFields(const Task& a, const Task& b)
{
    std::vector<std::string> f;
    auto check = [&](bool same, const char* name) {
        if (!same)
            f.emplace_back(name);
    };
    check(a.name == b.name, "name");
    check(a.level == b.level, "outline");
    check(a.durationDays == b.durationDays, "duration");
    check(a.milestone == b.milestone, "milestone");
    check(a.constraint == b.constraint, "constraint");
    check(a.deadline == b.deadline, "deadline");
    check(a.percentComplete == b.percentComplete, "progress");
    check(a.actualStart == b.actualStart && a.actualFinish == b.actualFinish, "actual dates");
    check(a.predecessors == b.predecessors, "predecessors");
    check(a.assignments == b.assignments, "resources");
    check(a.notes == b.notes, "notes");
    check(a.requirement == b.requirement && a.nonconformity == b.nonconformity && a.audit == b.audit, "links");
    check(a.sizing == b.sizing, "sizing");
    if (f.empty() && !(a == b))
        f.emplace_back("other");
    return f;
}

std::string joinNames(const std::vector<TaskChange>& list, int maxNames, bool withFields)
{
    std::string s;
    const int shown = std::min<int>(maxNames, static_cast<int>(list.size()));
    for (int i = 0; i < shown; ++i) {
        const TaskChange& c = list[static_cast<std::size_t>(i)];
        if (i > 0)
            s += ", ";
        s += c.name.empty() ? c.id : c.name;
        if (withFields && !c.fields.empty()) {
            s += " (";
            for (std::size_t k = 0; k < c.fields.size(); ++k)
                s += (k ? ", " : "") + c.fields[k];
            s += ")";
        }
    }
    if (static_cast<int>(list.size()) > shown)
        s += " and " + std::to_string(list.size() - static_cast<std::size_t>(shown)) + " more";
    return s;
}

} // namespace

bool PlanDiff::empty() const
{
    return added.empty() && removed.empty() && edited.empty() && !infoChanged && !calendarsChanged &&
           !resourcesChanged && !baselinesChanged && !checklistChanged && !certificatesChanged && !auditsChanged &&
           !nonconformitiesChanged && !documentsChanged;
}

PlanDiff describePlanChanges(const Plan& mine, const Plan& onDisk)
{
    PlanDiff d;
    std::unordered_map<std::string, std::size_t> mineAt, diskAt;
    for (std::size_t i = 0; i < mine.tasks.size(); ++i)
        mineAt.emplace(mine.tasks[i].id, i);
    for (std::size_t i = 0; i < onDisk.tasks.size(); ++i)
        diskAt.emplace(onDisk.tasks[i].id, i);

    // Position: the rank among the tasks both plans have, so an insertion
    // elsewhere does not mark every later task as moved.
    std::unordered_map<std::string, int> mineRank, diskRank;
    for (const Task& t : mine.tasks)
        if (diskAt.count(t.id))
            mineRank.emplace(t.id, static_cast<int>(mineRank.size()));
    for (const Task& t : onDisk.tasks)
        if (mineAt.count(t.id))
            diskRank.emplace(t.id, static_cast<int>(diskRank.size()));

    for (const Task& t : onDisk.tasks) {
        const auto it = mineAt.find(t.id);
        if (it == mineAt.end()) {
            d.added.push_back({t.id, t.name, {}});
            continue;
        }
        std::vector<std::string> fields = changedFields(mine.tasks[it->second], t);
        if (mineRank[t.id] != diskRank[t.id])
            fields.emplace_back("position");
        if (!fields.empty())
            d.edited.push_back({t.id, t.name, std::move(fields)});
    }
    for (const Task& t : mine.tasks)
        if (!diskAt.count(t.id))
            d.removed.push_back({t.id, t.name, {}});

    d.infoChanged = !(mine.info == onDisk.info) || !(mine.templateInfo == onDisk.templateInfo);
    d.calendarsChanged = !(mine.calendars == onDisk.calendars);
    d.resourcesChanged = !(mine.resources == onDisk.resources);
    d.baselinesChanged = !(mine.baselines == onDisk.baselines);
    d.checklistChanged = !(mine.checklists == onDisk.checklists) || !(mine.snapshots == onDisk.snapshots);
    d.certificatesChanged = !(mine.certificates == onDisk.certificates);
    d.auditsChanged = !(mine.audits == onDisk.audits);
    d.nonconformitiesChanged = !(mine.nonconformities == onDisk.nonconformities);
    d.documentsChanged = !(mine.documents == onDisk.documents);
    return d;
}

std::vector<std::string> describePlanDiff(const PlanDiff& diff, int maxNames)
{
    std::vector<std::string> lines;
    auto tasks = [&](const std::vector<TaskChange>& list, const char* what, bool withFields) {
        if (list.empty())
            return;
        lines.push_back(std::to_string(list.size()) + (list.size() == 1 ? " task " : " tasks ") + what + ": " +
                        joinNames(list, maxNames, withFields));
    };
    tasks(diff.added, "added", false);
    tasks(diff.removed, "removed", false);
    tasks(diff.edited, "edited", true);
    auto section = [&](bool changed, const char* line) {
        if (changed)
            lines.emplace_back(line);
    };
    section(diff.infoChanged, "Plan information changed");
    section(diff.calendarsChanged, "Calendars changed");
    section(diff.resourcesChanged, "Resources changed");
    section(diff.baselinesChanged, "Baselines changed");
    section(diff.checklistChanged, "Checklist changed");
    section(diff.certificatesChanged, "Certificates changed");
    section(diff.auditsChanged, "Audits changed");
    section(diff.nonconformitiesChanged, "Nonconformities changed");
    section(diff.documentsChanged, "Documents changed");
    return lines;
}

} // namespace certplan::safety
