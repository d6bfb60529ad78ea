// SPDX-License-Identifier: MIT
// The document register's edits: one undo step each, refused for what the
// loader would refuse in the saved file (duplicate id, no title, unknown
// owner, a document cited as evidence that is gone or renamed).
#include "commands/Document.h"
#include "commands/DocumentCommands.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::test;

namespace {

DocumentEntry entry(std::string id, std::string title)
{
    DocumentEntry d;
    d.id = std::move(id);
    d.title = std::move(title);
    return d;
}

// A plan with one resource, two documents, and a requirement whose evidence cites "doc-policy".
Plan registerPlan()
{
    Plan p = minimalPlan();
    Resource r;
    r.id = "sms-manager";
    r.name = "Zoë Ångström";
    p.resources.push_back(r);
    p.documents.push_back(entry("doc-policy", "Service management policy"));
    p.documents.push_back(entry("doc-plan", "Service management plan"));
    Checklist list;
    list.id = "iso";
    list.standard = "ISO/IEC 20000-1:2018";
    Requirement req;
    req.id = "r52";
    req.clause = "5.2";
    req.title = "Policy";
    req.evidence.push_back(Evidence{EvidenceKind::Document, "doc-policy", std::nullopt, ""});
    list.items.push_back(req);
    p.checklists.push_back(list);
    return p;
}

} // namespace

TEST_CASE("Adding, editing and removing a document are one undo step each and survive a save", "[documents][commands]")
{
    Document doc(registerPlan());
    DocumentEntry added = entry(uniqueDocumentId(doc.plan()), "Continuity plan \u2014 \u00e9dition 2");
    CHECK(added.id == "doc-3");
    added.owner = "sms-manager";
    added.mandatory = true;
    added.status = DocumentStatus::Approved;
    added.approved = Date(2027, 3, 1);
    added.nextReview = Date(2028, 3, 1);
    REQUIRE(doc.execute(addDocument(doc.plan(), added)));
    CHECK(doc.undoLabel() == "Add Document");
    REQUIRE(doc.plan().documents.size() == 3);
    CHECK(doc.plan().documents.back() == added);

    DocumentEntry edited = added;
    edited.status = DocumentStatus::Published;
    edited.version = "2.0";
    REQUIRE(doc.execute(editDocument(doc.plan(), "doc-3", edited)));
    CHECK(doc.undoLabel() == "Edit Document");
    CHECK(doc.plan().findDocument("doc-3")->version == "2.0");

    // What the app saves, the loader reads back the same.
    const LoadResult loaded = readPlanText(writePlanToString(doc.plan()), "register.certplan");
    INFO((loaded ? std::string() : loaded.error().format()));
    REQUIRE(loaded);
    CHECK(loaded->plan.documents == doc.plan().documents);

    REQUIRE(doc.execute(removeDocument(doc.plan(), "doc-plan")));
    CHECK(doc.undoLabel() == "Remove Document");
    CHECK(doc.plan().findDocument("doc-plan") == nullptr);
    doc.undo();
    CHECK(doc.plan().findDocument("doc-plan") != nullptr);
    doc.undo();
    CHECK(doc.plan().findDocument("doc-3")->status == DocumentStatus::Approved);
    doc.undo();
    CHECK(doc.plan().documents.size() == 2);
}

TEST_CASE("The register refuses what the saved file could not hold", "[documents][commands]")
{
    const Plan p = registerPlan();
    auto refused = [](const CommandResult& r) { return r ? std::string() : r.error(); };
    CHECK(refused(addDocument(p, entry("doc-plan", "Again"))).find("already in the register") != std::string::npos);
    CHECK(refused(addDocument(p, entry("  ", "No id"))).find("needs an id") != std::string::npos);
    CHECK(refused(addDocument(p, entry("doc-x", " \t"))).find("needs a title") != std::string::npos);
    DocumentEntry owned = entry("doc-x", "Owned");
    owned.owner = "nobody";
    CHECK(refused(addDocument(p, owned)).find("no resource 'nobody'") != std::string::npos);
    DocumentEntry dates = entry("doc-x", "Reviewed before approval");
    dates.approved = Date(2027, 5, 1);
    dates.nextReview = Date(2027, 4, 30);
    const DocumentProblem problem = documentProblem(p, dates);
    CHECK(problem.field == DocumentProblem::Field::NextReview);
    CHECK(problem.why == "the next review (2027-04-30) is before the approval (2027-05-01)");
    // Cited as evidence: neither removed nor renamed (the file would not load), but other edits pass.
    CHECK(refused(removeDocument(p, "doc-policy")).find("evidence for requirement 5.2 Policy") != std::string::npos);
    DocumentEntry renamed = *p.findDocument("doc-policy");
    renamed.id = "doc-pol";
    CHECK(refused(editDocument(p, "doc-policy", renamed)).find("cites this document as 'doc-policy'; keep that id") !=
          std::string::npos);
    CHECK(documentProblem(p, renamed, p.findDocument("doc-policy")).field == DocumentProblem::Field::Id);
    DocumentEntry retitled = *p.findDocument("doc-policy");
    retitled.title = "SMS policy";
    CHECK(editDocument(p, "doc-policy", retitled));
    CHECK(refused(editDocument(p, "doc-policy", *p.findDocument("doc-policy"))) == "nothing to change");
    CHECK(refused(removeDocument(p, "doc-none")) == "there is no document 'doc-none'");
    // What a loaded file already holds (the loader accepts both) does not block other edits.
    Plan odd = p;
    odd.documents[1].title = "   ";
    odd.documents[1].approved = Date(2026, 6, 1);
    odd.documents[1].nextReview = Date(2026, 1, 1);
    DocumentEntry versioned = odd.documents[1];
    versioned.version = "1.1";
    CHECK(editDocument(odd, "doc-plan", versioned));
    versioned.nextReview = Date(2026, 2, 1); // changing the dates must put them in order
    CHECK(refused(editDocument(odd, "doc-plan", versioned)).find("before the approval") != std::string::npos);

    // The one not cited goes; renaming it to a free id is fine.
    CHECK(removeDocument(p, "doc-plan"));
    DocumentEntry plan2 = *p.findDocument("doc-plan");
    plan2.id = "doc-sm-plan";
    CHECK(editDocument(p, "doc-plan", plan2));
}
