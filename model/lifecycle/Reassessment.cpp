// SPDX-License-Identifier: MIT
#include "lifecycle/Reassessment.h"

#include "progress/Progress.h"

#include <algorithm>

namespace certplan {

std::vector<ReassessmentItem> readyForReassessment(const Plan& plan)
{
    std::vector<ReassessmentItem> out;
    const PlanProgress progress(plan);
    for (const auto& list : plan.checklists) {
        for (const auto& req : list.items) {
            if (req.status != RequirementStatus::PartiallyConforming &&
                req.status != RequirementStatus::Nonconforming)
                continue;
            ReassessmentItem item{req.id, req.clause, {}};
            bool allDone = true;
            for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
                const Task& t = plan.tasks[i];
                if (t.requirement != req.id)
                    continue;
                allDone = allDone && progress.finished(static_cast<int>(i));
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
