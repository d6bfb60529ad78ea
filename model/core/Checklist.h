// SPDX-License-Identifier: MIT
#pragma once
// The standard's requirement checklist and its gap-analysis state.

#include "core/Date.h"
#include "core/Enums.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

struct Evidence {
    EvidenceKind kind = EvidenceKind::Document;
    std::string ref; // document id, file path or URL
    OptDate date;
    std::string note;
    bool operator==(const Evidence&) const = default;
};

// One clause or sub-clause. Clauses that have sub-clauses in the list are headings:
// they are assessed through their children.
struct Requirement {
    std::string id;
    std::string clause;   // "8.5.1.2"
    std::string title;
    std::string guidance; // what an auditor typically asks to see (our own words)
    RequirementStatus status = RequirementStatus::NotAssessed;
    std::optional<int> maturity; // 0-5, optional
    std::string owner;           // resource id
    std::string notes;
    std::string justification;   // required when not applicable
    OptDate assessed;
    std::vector<Evidence> evidence;
    bool operator==(const Requirement&) const = default;
};

struct Checklist {
    std::string id;
    std::string standard; // "ISO/IEC 20000-1"
    std::string edition;  // "2018"
    std::string title;
    std::vector<Requirement> items;
    bool operator==(const Checklist&) const = default;
};

// Readiness as it was on a date, so a board can see the trend.
struct ClauseReadiness {
    std::string clause;
    double percent = 0;
    bool operator==(const ClauseReadiness&) const = default;
};

struct ReadinessSnapshot {
    Date date;
    std::string checklist;
    double overall = 0;
    std::vector<ClauseReadiness> clauses;
    bool operator==(const ReadinessSnapshot&) const = default;
};

} // namespace certplan
