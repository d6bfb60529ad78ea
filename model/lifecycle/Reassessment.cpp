// SPDX-License-Identifier: MIT
#include "lifecycle/Reassessment.h"

#include <algorithm>

namespace certplan {

bool taskComplete(const Task& t)
{
    return t.percentComplete >= 100 || t.actualFinish.has_value();
}

std::vector<ReassessmentItem> readyForReassessment(const Plan& plan)
{
    std::vector<ReassessmentItem> out;
    for (const auto& list : plan.checklists) {
        for (const auto& req : list.items) {
            if (req.status != RequirementStatus::PartiallyConforming &&
                req.status != RequirementStatus::Nonconforming)
                continue;
            ReassessmentItem item{req.id, req.clause, {}};
            bool allDone = true;
            for (const auto& t : plan.tasks) {
                if (t.requirement != req.id)
                    continue;
                allDone = allDone && taskComplete(t);
                item.tasks.push_back(t.id);
            }
            const bool newEvidence = std::any_of(req.evidence.begin(), req.evidence.end(), [&](const Evidence& e) {
                return !e.date || !req.assessed || *e.date > *req.assessed;
            });
            if (!item.tasks.empty() && allDone && newEvidence)
                out.push_back(std::move(item));
        }
    }
    return out;
}

} // namespace certplan
