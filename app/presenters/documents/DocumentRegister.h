// SPDX-License-Identifier: MIT
#pragma once
// The document register as the CLI and the Documents tab show it: which
// entries an auditor would accept as evidence, which reviews are overdue, and
// the counts in the summary line. One rule for both outputs.

#include "core/Plan.h"

#include <string>
#include <vector>

namespace certplan::present {

// Approved or published documented information is what an auditor accepts
// as evidence (ISO/IEC 20000-1 clause 7.5.3: controlled, approved versions).
bool documentReady(const DocumentEntry& d);

struct DocumentRow {
    int index = 0;              // into plan.documents
    bool ready = false;         // documentReady
    bool reviewOverdue = false; // ready and its next review before the status date
    bool notReady = false;      // mandatory and not ready: a gap for the stage 1 audit
    std::string flag;           // "REVIEW OVERDUE", "not ready" or ""
};

struct DocumentFilter {
    bool mandatoryOnly = false;
    std::string text; // case-folded match on id, clause, title or owner's name; empty: all
};

struct DocumentRegister {
    std::vector<DocumentRow> rows; // the entries the filter keeps, in register order
    int total = 0;                 // entries in the register (not only those shown)
    int mandatory = 0;
    int mandatoryReady = 0;
    int reviewsOverdue = 0;
    Date statusDate;
};

// Rows and counts as of `statusDate` (reviews due before it are overdue).
DocumentRegister documentRegister(const Plan& plan, Date statusDate, const DocumentFilter& filter = {});

// "Documents: 64 in the register; mandatory 18 of 31 approved or published;
// 0 reviews overdue (status date 2026-11-24)", with the date as given.
std::string documentSummary(const DocumentRegister& r, const std::string& statusDateText);

} // namespace certplan::present
