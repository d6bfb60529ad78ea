// SPDX-License-Identifier: MIT
#pragma once
#include "core/Date.h"

#include <string>
#include <vector>

namespace certplan {

struct BaselineEntry {
    std::string task;
    Date start;
    Date finish;
    int durationDays = 0;
    bool operator==(const BaselineEntry&) const = default;
};

// A named snapshot of the schedule; a plan keeps several.
struct Baseline {
    std::string name;
    Date saved;
    std::vector<BaselineEntry> entries;
    const BaselineEntry* find(const std::string& taskId) const;
    bool operator==(const Baseline&) const = default;
};

} // namespace certplan
