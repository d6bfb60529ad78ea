// SPDX-License-Identifier: MIT
#include "lifecycle/Readiness.h"

#include <cmath>

namespace certplan {

void StatusCounts::add(RequirementStatus s)
{
    switch (s) {
    case RequirementStatus::NotAssessed: ++notAssessed; break;
    case RequirementStatus::Conforming: ++conforming; break;
    case RequirementStatus::PartiallyConforming: ++partial; break;
    case RequirementStatus::Nonconforming: ++nonconforming; break;
    case RequirementStatus::NotApplicable: ++notApplicable; break;
    }
}

double requirementScore(RequirementStatus s)
{
    switch (s) {
    case RequirementStatus::Conforming: return 1.0;
    case RequirementStatus::PartiallyConforming: return 0.5;
    default: return 0.0;
    }
}

std::string topClauseOf(const std::string& clause)
{
    const auto dot = clause.find('.');
    return dot == std::string::npos ? clause : clause.substr(0, dot);
}

bool clauseWithin(const std::string& clause, const std::string& parent)
{
    return clause == parent || (clause.size() > parent.size() && clause.compare(0, parent.size(), parent) == 0 &&
                                clause[parent.size()] == '.');
}

std::vector<bool> headingFlags(const Checklist& list)
{
    std::vector<bool> heading(list.items.size(), false);
    for (std::size_t i = 0; i < list.items.size(); ++i)
        for (std::size_t j = 0; j < list.items.size() && !heading[i]; ++j)
            heading[i] = i != j && list.items[j].clause != list.items[i].clause &&
                         clauseWithin(list.items[j].clause, list.items[i].clause);
    return heading;
}

namespace {

double percentOf(double score, int applicable)
{
    return applicable == 0 ? 0.0 : 100.0 * score / applicable;
}

} // namespace

ClauseRollup rollupClause(const Checklist& list, const std::string& clause)
{
    const auto heading = headingFlags(list);
    ClauseRollup r;
    r.clause = clause;
    double score = 0;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Requirement& req = list.items[i];
        if (req.clause == clause)
            r.title = req.title;
        if (heading[i] || !clauseWithin(req.clause, clause))
            continue;
        r.counts.add(req.status);
        if (req.status != RequirementStatus::NotApplicable) {
            ++r.applicable;
            score += requirementScore(req.status);
        }
    }
    r.readiness = percentOf(score, r.applicable);
    return r;
}

ReadinessReport computeReadiness(const Checklist& list)
{
    ReadinessReport rep;
    rep.checklist = list.id;
    const auto heading = headingFlags(list);
    double score = 0;
    std::vector<std::string> tops;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        const Requirement& req = list.items[i];
        const std::string top = topClauseOf(req.clause);
        if (tops.empty() || tops.back() != top) {
            bool seen = false;
            for (const auto& t : tops)
                seen = seen || t == top;
            if (!seen)
                tops.push_back(top);
        }
        if (heading[i])
            continue;
        rep.counts.add(req.status);
        if (req.status != RequirementStatus::NotApplicable) {
            ++rep.applicable;
            score += requirementScore(req.status);
        }
    }
    rep.overall = percentOf(score, rep.applicable);
    for (const auto& t : tops)
        rep.topClauses.push_back(rollupClause(list, t));
    return rep;
}

ReadinessSnapshot takeSnapshot(const Checklist& list, Date when)
{
    const ReadinessReport rep = computeReadiness(list);
    auto round1 = [](double v) { return std::round(v * 10.0) / 10.0; };
    ReadinessSnapshot s;
    s.date = when;
    s.checklist = list.id;
    s.overall = round1(rep.overall);
    for (const auto& c : rep.topClauses)
        s.clauses.push_back({c.clause, round1(c.readiness)});
    return s;
}

} // namespace certplan
