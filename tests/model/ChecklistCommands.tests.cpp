// SPDX-License-Identifier: MIT
// Gap-analysis commands, with undo and redo restoring the plan exactly.
#include "commands/ChecklistCommands.h"
#include "commands/Document.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using certplan::test::d;

namespace {

Plan gapPlan()
{
    Plan p = certplan::test::minimalPlan();
    p.resources = {{"owner", "Process owner", ResourceKind::Person, "", "", 100, ""}};
    Checklist c;
    c.id = "list";
    auto add = [&](std::string clause, RequirementStatus s) {
        Requirement r;
        r.id = "c" + clause;
        r.clause = clause;
        r.title = "Title " + clause;
        r.guidance = "Guidance " + clause;
        r.status = s;
        c.items.push_back(r);
    };
    add("8.7.2", RequirementStatus::Nonconforming);
    add("8.7.3", RequirementStatus::PartiallyConforming);
    add("9.1", RequirementStatus::Conforming);
    p.checklists.push_back(c);
    DocumentEntry doc;
    doc.id = "doc-bcp";
    doc.title = "Continuity plan";
    p.documents.push_back(doc);
    return p;
}

} // namespace

TEST_CASE("Not applicable is refused without a justification", "[commands][gap]")
{
    const Plan p = gapPlan();
    const auto refused = setRequirementStatus(p, "c9.1", RequirementStatus::NotApplicable);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().find("without a justification") != std::string::npos);
    CHECK_FALSE(setRequirementStatus(p, "c9.1", RequirementStatus::NotApplicable, {}, "  ").ok());

    Document doc(p);
    REQUIRE(doc.execute(setRequirementStatus(doc.plan(), "c9.1", RequirementStatus::NotApplicable, d(2027, 2, 1),
                                             "Service not in scope"))
                .ok());
    const Requirement& r = *doc.plan().findRequirement("c9.1");
    CHECK(r.status == RequirementStatus::NotApplicable);
    CHECK(r.justification == "Service not in scope");
    CHECK(r.assessed == d(2027, 2, 1));
    doc.undo();
    CHECK(doc.plan() == p);
}

TEST_CASE("Owner, notes, maturity, evidence and snapshots are commands", "[commands][gap]")
{
    Document doc(gapPlan());
    const Plan original = doc.plan();
    CHECK_FALSE(setRequirementOwner(doc.plan(), "c8.7.2", "nobody").ok());
    CHECK_FALSE(setRequirementMaturity(doc.plan(), "c8.7.2", 6).ok());
    CHECK_FALSE(addRequirementEvidence(doc.plan(), "c8.7.2", {EvidenceKind::Document, "doc-missing", {}, ""}).ok());
    REQUIRE(doc.execute(setRequirementOwner(doc.plan(), "c8.7.2", "owner")).ok());
    REQUIRE(doc.execute(setRequirementNotes(doc.plan(), "c8.7.2", "No tests yet")).ok());
    REQUIRE(doc.execute(setRequirementMaturity(doc.plan(), "c8.7.2", 1)).ok());
    REQUIRE(doc.execute(addRequirementEvidence(doc.plan(), "c8.7.2",
                                               {EvidenceKind::Document, "doc-bcp", d(2027, 3, 1), "draft"}))
                .ok());
    REQUIRE(doc.execute(addReadinessSnapshot(doc.plan(), "list", d(2027, 3, 1))).ok());
    const Requirement& r = *doc.plan().findRequirement("c8.7.2");
    CHECK(r.owner == "owner");
    CHECK(r.notes == "No tests yet");
    CHECK(r.maturity == 1);
    REQUIRE(r.evidence.size() == 1);
    CHECK(r.evidence[0].ref == "doc-bcp");
    REQUIRE(doc.plan().snapshots.size() == 1);
    CHECK(doc.plan().snapshots[0].overall == Approx(50.0)); // (0 + 0.5 + 1) / 3
    // The same day again replaces the point.
    REQUIRE(doc.execute(setRequirementStatus(doc.plan(), "c8.7.2", RequirementStatus::Conforming)).ok());
    REQUIRE(doc.execute(addReadinessSnapshot(doc.plan(), "list", d(2027, 3, 1))).ok());
    REQUIRE(doc.plan().snapshots.size() == 1);
    CHECK(doc.plan().snapshots[0].overall == Approx(83.3));
    while (doc.canUndo())
        doc.undo();
    CHECK(doc.plan() == original);
}

TEST_CASE("A corrective task is created in one step, linked to the gap, undo and redo restore the plan exactly",
          "[commands][gap]")
{
    Document doc(gapPlan());
    const Plan before = doc.plan();
    CHECK_FALSE(createCorrectiveTask(doc.plan(), {"c9.1", "", 5, {}, false, ""}).ok()); // conforming: no gap

    CorrectiveTaskSpec spec;
    spec.requirement = "c8.7.2";
    spec.owner = "owner";
    spec.durationDays = 10;
    spec.due = d(2027, 3, 31);
    REQUIRE(doc.execute(createCorrectiveTask(doc.plan(), spec)).ok());
    const Plan after = doc.plan();
    REQUIRE(after.tasks.size() == 3);
    const Task& summary = after.tasks[1];
    CHECK(summary.id == "corrective-actions");
    CHECK(summary.name == "Corrective actions");
    CHECK(summary.level == 0);
    const Task& t = after.tasks[2];
    CHECK(t.id == "gap1");
    CHECK(t.name == "Close gap 8.7.2 Title 8.7.2");
    CHECK(t.level == 1);
    CHECK(t.durationDays == 10);
    CHECK(t.requirement == "c8.7.2");
    CHECK(t.deadline == d(2027, 3, 31));
    CHECK(t.constraint.type == ConstraintType::AsSoonAsPossible);
    CHECK(t.assignments == std::vector<Assignment>{{"owner", 100}});
    CHECK(doc.undoLabel() == "Create Corrective Task");

    doc.undo();
    CHECK(doc.plan() == before);
    doc.redo();
    CHECK(doc.plan() == after);

    // A second gap goes under the same summary, with a hard finish date this time.
    spec.requirement = "c8.7.3";
    spec.owner.clear();
    spec.hardDue = true;
    REQUIRE(doc.execute(createCorrectiveTask(doc.plan(), spec)).ok());
    REQUIRE(doc.plan().tasks.size() == 4);
    const Task& t2 = doc.plan().tasks[3];
    CHECK(t2.id == "gap2");
    CHECK(t2.level == 1);
    CHECK(t2.assignments.empty());
    CHECK(t2.constraint.type == ConstraintType::FinishNoLaterThan);
    CHECK(t2.constraint.date == d(2027, 3, 31));
    CHECK_FALSE(t2.deadline.has_value());
    doc.undo();
    doc.undo();
    CHECK(doc.plan() == before);
}
