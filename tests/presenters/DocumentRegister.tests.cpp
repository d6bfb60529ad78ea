// SPDX-License-Identifier: MIT
// The document register's figures, shared by `certplan-cli documents` and the
// Documents tab: ready means approved or published; a review is overdue only
// for a ready document whose next review is before the status date.
#include "TestPaths.h"
#include "io/PlanReader.h"
#include "presenters/documents/DocumentRegister.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::present;

namespace {

DocumentEntry doc(std::string id, DocumentStatus status, bool mandatory, OptDate review = std::nullopt)
{
    DocumentEntry d;
    d.id = std::move(id);
    d.title = "Title of " + d.id;
    d.status = status;
    d.mandatory = mandatory;
    d.nextReview = review;
    return d;
}

} // namespace

TEST_CASE("The register counts required documents ready and reviews overdue as of the status date", "[documents]")
{
    Plan p;
    p.documents = {doc("a", DocumentStatus::Approved, true, Date(2027, 1, 10)),
                   doc("b", DocumentStatus::Published, true, Date(2027, 1, 20)),
                   doc("c", DocumentStatus::InReview, true, Date(2026, 1, 1)), // not ready: its review date is moot
                   doc("d", DocumentStatus::Draft, false)};
    const DocumentRegister r = documentRegister(p, Date(2027, 1, 15));
    CHECK(r.total == 4);
    CHECK(r.mandatory == 3);
    CHECK(r.mandatoryReady == 2);
    CHECK(r.reviewsOverdue == 1);
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].flag == "REVIEW OVERDUE");
    CHECK(r.rows[1].flag.empty()); // due on 20 Jan, after the status date
    CHECK(r.rows[2].flag == "not ready");
    CHECK(r.rows[3].flag.empty()); // a draft nobody requires is no gap
    CHECK(documentSummary(r, "15/01/2027") ==
          "Documents: 4 in the register; mandatory 2 of 3 approved or published; 1 review overdue (status date "
          "15/01/2027)");
    // The day of the review itself is not overdue.
    CHECK(documentRegister(p, Date(2027, 1, 10)).reviewsOverdue == 0);
    // The text filter ignores case and accents: "securite" finds "Sécurité".
    p.documents[3].title = "Politique de S\u00e9curit\u00e9";
    DocumentFilter accents;
    accents.text = "securite";
    const DocumentRegister found = documentRegister(p, Date(2027, 1, 15), accents);
    REQUIRE(found.rows.size() == 1);
    CHECK(found.rows.front().index == 3);
}

TEST_CASE("The register's filter keeps the counts of the whole register", "[documents]")
{
    const LoadResult loaded = readPlanFile(certplan::test::templatePath("examples/northwind-iso20000.certplan"));
    REQUIRE(loaded);
    const Plan& plan = loaded->plan;
    const Date status = *plan.info.statusDate;
    const DocumentRegister all = documentRegister(plan, status);
    // The figures `certplan-cli documents` prints for the example.
    CHECK(all.total == 64);
    CHECK(all.mandatory == 31);
    CHECK(all.mandatoryReady == 18);
    CHECK(all.rows.size() == 64);
    DocumentFilter required;
    required.mandatoryOnly = true;
    const DocumentRegister some = documentRegister(plan, status, required);
    CHECK(some.rows.size() == 31);
    CHECK(some.mandatoryReady == all.mandatoryReady);
    // Text: case and accents the Unicode way, on id, clause, title or owner's name.
    DocumentFilter text;
    text.text = "CONTINUITY";
    const DocumentRegister found = documentRegister(plan, status, text);
    REQUIRE_FALSE(found.rows.empty());
    for (const auto& row : found.rows)
        CHECK(plan.documents[static_cast<std::size_t>(row.index)].title.find("ontinuity") != std::string::npos);
    text.text = "8.5.1.1";
    CHECK(documentRegister(plan, status, text).rows.size() == 1);
    text.text = "priya";
    CHECK_FALSE(documentRegister(plan, status, text).rows.empty()); // the SMS manager's documents
    text.text = "zzz";
    CHECK(documentRegister(plan, status, text).rows.empty());
}
