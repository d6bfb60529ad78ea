// SPDX-License-Identifier: MIT
#include "presenters/ChecklistRows.h"

#include "commands/SetValue.h"
#include "lifecycle/Readiness.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace certplan::present {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

bool matches(const Requirement& r, const ChecklistFilter& f, const std::string& needle)
{
    if (f.status && r.status != *f.status)
        return false;
    if (f.owner == "-" ? !r.owner.empty() : (!f.owner.empty() && r.owner != f.owner))
        return false;
    if (!needle.empty() && lower(r.clause + " " + r.title).find(needle) == std::string::npos)
        return false;
    return true;
}

const Checklist* findList(const Plan& plan, const std::string& id)
{
    for (const auto& c : plan.checklists)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

std::vector<ChecklistRow> checklistRows(const Checklist& list, const ChecklistFilter& filter)
{
    const auto headings = headingFlags(list);
    const int n = static_cast<int>(list.items.size());
    const std::string needle = lower(filter.text);
    std::vector<int> parent(static_cast<std::size_t>(n), -1);
    std::vector<int> open; // the chain of headings above the current item
    for (int i = 0; i < n; ++i) {
        const std::string& clause = list.items[static_cast<std::size_t>(i)].clause;
        while (!open.empty() && !clauseWithin(clause, list.items[static_cast<std::size_t>(open.back())].clause))
            open.pop_back();
        parent[static_cast<std::size_t>(i)] = open.empty() ? -1 : open.back();
        if (headings[static_cast<std::size_t>(i)])
            open.push_back(i);
    }
    // A heading is kept for a matching descendant: walk each match up its parents.
    std::vector<char> keep(static_cast<std::size_t>(n), 0), hit(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        // Headings have no status of their own, so a status filter never matches them directly.
        const bool isHeading = headings[static_cast<std::size_t>(i)];
        if (isHeading && filter.status)
            continue;
        if (!matches(list.items[static_cast<std::size_t>(i)], filter, needle))
            continue;
        hit[static_cast<std::size_t>(i)] = 1;
        for (int p = i; p >= 0 && !keep[static_cast<std::size_t>(p)]; p = parent[static_cast<std::size_t>(p)])
            keep[static_cast<std::size_t>(p)] = 1;
    }
    std::vector<ChecklistRow> rows;
    for (int i = 0; i < n; ++i)
        if (keep[static_cast<std::size_t>(i)])
            rows.push_back({i, parent[static_cast<std::size_t>(i)], static_cast<bool>(headings[static_cast<std::size_t>(i)]),
                            static_cast<bool>(hit[static_cast<std::size_t>(i)])});
    return rows;
}

std::optional<RequirementStatus> statusForKey(int key)
{
    switch (std::tolower(key)) {
    case 'c': case '1': return RequirementStatus::Conforming;
    case 'p': case '2': return RequirementStatus::PartiallyConforming;
    case 'n': case '3': return RequirementStatus::Nonconforming;
    case 'a': case '4': return RequirementStatus::NotApplicable;
    case 'u': case '0': return RequirementStatus::NotAssessed;
    default: return std::nullopt;
    }
}

std::string statusShortcutHelp()
{
    return "Keys: C conforming, P partial, N nonconforming, A not applicable, U not assessed";
}

Result<CommandPtr, std::string> editRequirement(const Plan& plan, const std::string& checklistId,
                                                const Requirement& after, std::string label)
{
    const Checklist* list = findList(plan, checklistId);
    if (!list)
        return unexpected(std::string("there is no checklist \"" + checklistId + "\""));
    auto it = std::find_if(list->items.begin(), list->items.end(), [&](const Requirement& r) { return r.id == after.id; });
    if (it == list->items.end())
        return unexpected(std::string("there is no requirement \"" + after.id + "\""));
    if (*it == after)
        return unexpected(std::string("nothing to change"));
    const auto headings = headingFlags(*list);
    const bool heading = headings[static_cast<std::size_t>(it - list->items.begin())];
    if (heading && after.status != it->status)
        return unexpected("clause " + after.clause + " is assessed through its sub-clauses; set their status instead");
    if (after.status == RequirementStatus::NotApplicable && after.justification.find_first_not_of(" \t\n") == std::string::npos)
        return unexpected("clause " + after.clause +
                          " can only be marked not applicable with a justification: auditors ask why it does not apply");
    if (after.maturity && (*after.maturity < 0 || *after.maturity > 5))
        return unexpected(std::string("maturity is scored from 0 to 5"));
    ChangeSet changes;
    changes.checklists = true;
    auto access = [checklistId, id = after.id](Plan& p) -> Requirement& {
        for (auto& c : p.checklists)
            if (c.id == checklistId)
                for (auto& r : c.items)
                    if (r.id == id)
                        return r;
        // Commands run on the plan they were made for; anything else is a programming error.
        throw std::logic_error("requirement " + id + " vanished from the plan");
    };
    return makeSetValue<Requirement>(std::move(label), changes, access, plan, after);
}

} // namespace certplan::present
