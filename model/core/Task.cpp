// SPDX-License-Identifier: MIT
#include "core/Task.h"

namespace certplan {

int Sizing::forSize(OrganizationSize s) const
{
    switch (s) {
    case OrganizationSize::Small: return small;
    case OrganizationSize::Medium: return medium;
    case OrganizationSize::Large: return large;
    }
    return medium;
}

const Dependency* Task::findPredecessor(const std::string& taskId) const
{
    for (const auto& d : predecessors)
        if (d.predecessor == taskId)
            return &d;
    return nullptr;
}

} // namespace certplan
