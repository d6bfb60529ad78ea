// SPDX-License-Identifier: MIT
#include "model/PlanBuilders.h"
#include "presenters/ChecklistRows.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::test;

namespace {

Requirement req(std::string id, std::string clause, std::string title, RequirementStatus s = RequirementStatus::NotAssessed,
                std::string owner = {})
{
    Requirement r;
    r.id = std::move(id);
    r.clause = std::move(clause);
    r.title = std::move(title);
    r.status = s;
    r.owner = std::move(owner);
    return r;
}

Plan checklistPlan()
{
    Plan p = minimalPlan();
    Checklist c;
    c.id = "iso";
    c.items = {req("c8", "8", "Operation"),
               req("c81", "8.1", "Operational planning", RequirementStatus::Conforming, "ann"),
               req("c82", "8.2", "Service portfolio"),
               req("c821", "8.2.1", "Service delivery", RequirementStatus::Nonconforming, "bob"),
               req("c822", "8.2.2", "Plan the services", RequirementStatus::PartiallyConforming),
               req("c9", "9", "Performance evaluation"),
               req("c91", "9.1", "Monitoring", RequirementStatus::NotAssessed, "ann")};
    p.checklists.push_back(c);
    return p;
}

std::vector<std::string> ids(const Checklist& c, const std::vector<present::ChecklistRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(c.items[static_cast<std::size_t>(r.item)].id);
    return out;
}

} // namespace

TEST_CASE("Without a filter every clause shows, with its heading as parent", "[checklist]")
{
    const Plan p = checklistPlan();
    const auto rows = present::checklistRows(p.checklists[0], {});
    REQUIRE(rows.size() == 7);
    CHECK(rows[0].heading);
    CHECK(rows[0].parent == -1);
    CHECK(rows[3].parent == 2); // 8.2.1 under 8.2
    CHECK(rows[2].parent == 0); // 8.2 under 8
    CHECK(rows[5].parent == -1);
    CHECK_FALSE(rows[1].heading);
}

TEST_CASE("A status filter keeps matching items and the headings above them", "[checklist]")
{
    const Plan p = checklistPlan();
    present::ChecklistFilter f;
    f.status = RequirementStatus::Nonconforming;
    const auto rows = present::checklistRows(p.checklists[0], f);
    CHECK(ids(p.checklists[0], rows) == std::vector<std::string>{"c8", "c82", "c821"});
    CHECK_FALSE(rows[0].matches);
    CHECK(rows[2].matches);
}

TEST_CASE("Owner and text filters, '-' finds unowned items", "[checklist]")
{
    const Plan p = checklistPlan();
    present::ChecklistFilter f;
    f.owner = "ann";
    CHECK(ids(p.checklists[0], present::checklistRows(p.checklists[0], f)) ==
          std::vector<std::string>{"c8", "c81", "c9", "c91"});
    f = {};
    f.text = "PORTFOLIO";
    CHECK(ids(p.checklists[0], present::checklistRows(p.checklists[0], f)) == std::vector<std::string>{"c8", "c82"});
    f = {};
    f.owner = "-";
    f.status = RequirementStatus::PartiallyConforming;
    CHECK(ids(p.checklists[0], present::checklistRows(p.checklists[0], f)) ==
          std::vector<std::string>{"c8", "c82", "c822"});
}

TEST_CASE("Status keys", "[checklist]")
{
    CHECK(present::statusForKey('c') == RequirementStatus::Conforming);
    CHECK(present::statusForKey('P') == RequirementStatus::PartiallyConforming);
    CHECK(present::statusForKey('3') == RequirementStatus::Nonconforming);
    CHECK(present::statusForKey('a') == RequirementStatus::NotApplicable);
    CHECK(present::statusForKey('u') == RequirementStatus::NotAssessed);
    CHECK_FALSE(present::statusForKey('x'));
}

TEST_CASE("Editing a requirement is one undoable command, N/A needs a justification", "[checklist]")
{
    Plan p = checklistPlan();
    const Plan before = p;
    Requirement after = p.checklists[0].items[1];
    after.notes = "Seen the ops plan";
    after.maturity = 3;
    auto cmd = present::editRequirement(p, "iso", after, "Edit 8.1");
    REQUIRE(cmd);
    CHECK((*cmd)->label() == "Edit 8.1");
    (*cmd)->apply(p);
    CHECK(p.checklists[0].items[1].notes == "Seen the ops plan");
    CHECK(p.checklists[0].items[1].maturity == 3);
    (*cmd)->revert(p);
    CHECK(p == before);

    after = p.checklists[0].items[1];
    after.status = RequirementStatus::NotApplicable;
    auto refused = present::editRequirement(p, "iso", after, "Edit");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().find("justification") != std::string::npos);
    after.justification = "We operate no such service";
    CHECK(present::editRequirement(p, "iso", after, "Edit"));

    after = p.checklists[0].items[0]; // heading 8
    after.status = RequirementStatus::Conforming;
    auto heading = present::editRequirement(p, "iso", after, "Edit");
    REQUIRE_FALSE(heading);
    CHECK(heading.error().find("sub-clauses") != std::string::npos);
    CHECK_FALSE(present::editRequirement(p, "iso", p.checklists[0].items[1], "Edit")); // nothing to change
}
