// SPDX-License-Identifier: MIT
#pragma once
// Which gaps can be assessed again: a partially conforming or nonconforming
// requirement whose corrective tasks are all finished (progress/Progress.h) and that has evidence
// newer than its last assessment (or undated evidence, which cannot be ruled out).

#include "core/Plan.h"

#include <string>
#include <vector>

namespace certplan {

struct ReassessmentItem {
    std::string requirement;
    std::string clause;
    std::vector<std::string> tasks; // the completed corrective tasks
};

std::vector<ReassessmentItem> readyForReassessment(const Plan& plan);

} // namespace certplan
