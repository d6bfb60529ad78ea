// SPDX-License-Identifier: MIT
#include "core/Baseline.h"

namespace certplan {

const BaselineEntry* Baseline::find(const std::string& taskId) const
{
    for (const auto& e : entries)
        if (e.task == taskId)
            return &e;
    return nullptr;
}

} // namespace certplan
