// SPDX-License-Identifier: MIT
#include "presenters/documents/DocumentRegister.h"

#include "presenters/text/TaskSearch.h"

namespace certplan::present {

bool documentReady(const DocumentEntry& d)
{
    return d.status == DocumentStatus::Approved || d.status == DocumentStatus::Published;
}

DocumentRegister documentRegister(const Plan& plan, Date statusDate, const DocumentFilter& filter)
{
    DocumentRegister out;
    out.statusDate = statusDate;
    out.total = static_cast<int>(plan.documents.size());
    for (std::size_t i = 0; i < plan.documents.size(); ++i) {
        const DocumentEntry& d = plan.documents[i];
        DocumentRow row;
        row.index = static_cast<int>(i);
        row.ready = documentReady(d);
        row.reviewOverdue = row.ready && d.nextReview && *d.nextReview < statusDate;
        row.notReady = d.mandatory && !row.ready;
        row.flag = row.reviewOverdue ? "REVIEW OVERDUE" : row.notReady ? "not ready" : "";
        out.mandatory += d.mandatory;
        out.mandatoryReady += d.mandatory && row.ready;
        out.reviewsOverdue += row.reviewOverdue;
        if (filter.mandatoryOnly && !d.mandatory)
            continue;
        if (!filter.text.empty()) {
            const Resource* owner = plan.findResource(d.owner);
            const bool hit = textContains(d.id, filter.text) || textContains(d.clause, filter.text) ||
                             textContains(d.title, filter.text) || (owner && textContains(owner->name, filter.text));
            if (!hit)
                continue;
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::string documentSummary(const DocumentRegister& r, const std::string& statusDateText)
{
    return "Documents: " + std::to_string(r.total) + " in the register; mandatory " + std::to_string(r.mandatoryReady) +
           " of " + std::to_string(r.mandatory) + " approved or published; " + std::to_string(r.reviewsOverdue) +
           " review" + (r.reviewsOverdue == 1 ? "" : "s") + " overdue (status date " + statusDateText + ")";
}

} // namespace certplan::present
