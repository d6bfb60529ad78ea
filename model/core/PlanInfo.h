// SPDX-License-Identifier: MIT
#pragma once
#include "core/Date.h"
#include "core/Enums.h"

#include <optional>
#include <string>

namespace certplan {

struct PlanInfo {
    std::string title;
    std::string organization;
    std::string standard;  // "ISO/IEC 20000-1"
    std::string edition;   // "2018"
    std::string scope;
    std::string certificationBody;
    std::optional<OrganizationSize> size;
    Date start{2027, 1, 4};               // project start (forward planning)
    PlanningDirection direction = PlanningDirection::Forward;
    OptDate target;                       // target date (backward planning)
    std::string targetTask;               // task that must finish on the target; empty: the whole plan
    OptDate statusDate;                   // progress is reported up to this date
    std::string calendar;                 // default calendar id
    bool operator==(const PlanInfo&) const = default;
};

// Present only in template files: what `certplan-cli templates` lists.
struct TemplateInfo {
    std::string id;          // "iso20000-1:2018"
    std::string title;
    std::string description;
    bool operator==(const TemplateInfo&) const = default;
};

} // namespace certplan
