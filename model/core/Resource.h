// SPDX-License-Identifier: MIT
#pragma once
#include "core/Enums.h"

#include <string>

namespace certplan {

struct Resource {
    std::string id;
    std::string name;
    ResourceKind kind = ResourceKind::Person;
    std::string role;     // e.g. "SMS manager", "Process owner: change management"
    std::string email;
    int maxUnits = 100;   // percent available each working day
    std::string calendar; // own calendar (vacations); empty: the plan's default
    bool operator==(const Resource&) const = default;
};

} // namespace certplan
