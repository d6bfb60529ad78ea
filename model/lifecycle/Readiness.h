// SPDX-License-Identifier: MIT
#pragma once
// Readiness roll-up of a requirement checklist.
//
// Formula (documented in the README): every assessable requirement (a clause
// with no sub-clauses in the list) scores conforming = 1, partially conforming
// = 0.5, nonconforming = 0, not assessed = 0; not-applicable items are left
// out. A clause's readiness is the mean score of the assessable items under it,
// as a percentage; overall readiness is the mean over all assessable items.
// Heading clauses (8, 8.5, 8.5.1 ...) roll up from their children.

#include "core/Checklist.h"
#include "core/Plan.h"

#include <map>
#include <string>
#include <vector>

namespace certplan {

struct StatusCounts {
    int notAssessed = 0;
    int conforming = 0;
    int partial = 0;
    int nonconforming = 0;
    int notApplicable = 0;
    int total() const { return notAssessed + conforming + partial + nonconforming + notApplicable; }
    int assessed() const { return total() - notAssessed; }
    void add(RequirementStatus s);
};

struct ClauseRollup {
    std::string clause; // "8" or "8.5"
    std::string title;
    StatusCounts counts;
    double readiness = 0; // percent
    int applicable = 0;
};

struct ReadinessReport {
    std::string checklist;
    StatusCounts counts;
    double overall = 0; // percent
    int applicable = 0;
    std::vector<ClauseRollup> topClauses; // 4 .. 10, in order
};

double requirementScore(RequirementStatus s);
// True when another item's clause starts with this one's clause followed by '.'.
std::vector<bool> headingFlags(const Checklist& list);
std::string topClauseOf(const std::string& clause); // "8.5.1" -> "8"
bool clauseWithin(const std::string& clause, const std::string& parent); // "8.5.1" within "8.5"

ReadinessReport computeReadiness(const Checklist& list);
ClauseRollup rollupClause(const Checklist& list, const std::string& clause);
// A snapshot of today's readiness, rounded to 0.1 % so it reads back exactly.
ReadinessSnapshot takeSnapshot(const Checklist& list, Date when);

} // namespace certplan
