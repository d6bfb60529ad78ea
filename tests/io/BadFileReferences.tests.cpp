// SPDX-License-Identifier: MIT
// Ids that clash, references to things that are not in the plan, and
// dependency cycles: found after reading, still reported with a position.
#include "io/IoTestSupport.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

TEST_CASE("A duplicate task id is refused at the second use and names the first line", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("duplicate-task-id.certplan"));
    CHECK(e.code == Code::DuplicateId);
    CHECK(e.position == TextPosition{10, 11});
    CHECK(e.message == "duplicate task id 'gap': it is already used on line 8; ids must be unique");
}

TEST_CASE("A duplicate resource id is refused at the second use", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("duplicate-resource-id.certplan"));
    CHECK(e.code == Code::DuplicateId);
    CHECK(e.position == TextPosition{9, 15});
    CHECK(contains(e.message, "duplicate resource id 'pm': it is already used on line 8"));
}

TEST_CASE("Requirement ids must be unique across checklists", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("duplicate-requirement-id.certplan"));
    CHECK(e.code == Code::DuplicateId);
    CHECK(e.position == TextPosition{12, 20});
    CHECK(contains(e.message, "duplicate requirement id 'r-4.1': it is already used on line 9"));
}

TEST_CASE("A predecessor that is not a task is refused, naming both tasks", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-predecessor-task.certplan"));
    CHECK(e.code == Code::DanglingReference);
    CHECK(e.position == TextPosition{10, 7});
    CHECK(contains(e.message, "'Gap report' (report) depends on 'gap-analysis'"));
    CHECK(contains(e.message, "not a task in this plan"));
}

TEST_CASE("An assignment to a resource that is not listed is refused at the resource attribute", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-assigned-resource.certplan"));
    CHECK(e.code == Code::DanglingReference);
    CHECK(e.position == TextPosition{12, 19});
    CHECK(contains(e.message, "task 'gap' is assigned to resource 'consultant'"));
}

TEST_CASE("A resource calendar that does not exist is refused at the calendar attribute", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-resource-calendar.certplan"));
    CHECK(e.code == Code::DanglingReference);
    CHECK(e.position == TextPosition{11, 46});
    CHECK(contains(e.message, "resource 'pm' refers to calendar 'pm-holidays'"));
}

TEST_CASE("A two-task dependency cycle is refused and the message names both tasks", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("dependency-cycle-two-tasks.certplan"));
    CHECK(e.code == Code::Cycle);
    CHECK(e.position == TextPosition{12, 7});
    REQUIRE(contains(e.message, "dependency cycle"));
    REQUIRE(contains(e.message, "'Draft policy' (draft)"));
    REQUIRE(contains(e.message, "'Review policy' (review)"));
}

TEST_CASE("A three-task dependency cycle is refused and the message names all three tasks", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("dependency-cycle-three-tasks.certplan"));
    CHECK(e.code == Code::Cycle);
    CHECK(e.position == TextPosition{12, 7});
    REQUIRE(contains(e.message, "dependency cycle"));
    REQUIRE(contains(e.message, "'Gap analysis' (gap)"));
    REQUIRE(contains(e.message, "'Close gaps' (fix)"));
    REQUIRE(contains(e.message, "'Internal audit' (audit)"));
}

TEST_CASE("A cycle through a summary task names the summary and both tasks", "[io][bad]")
{
    // training follows the Preparation summary, whose subtask gap follows training.
    const LoadIssue e = loadError(badFile("dependency-cycle-through-summary-task.certplan"));
    CHECK(e.code == Code::Cycle);
    CHECK(e.position == TextPosition{10, 9});
    REQUIRE(contains(e.message, "'Preparation' (prep)"));
    REQUIRE(contains(e.message, "'Gap analysis' (gap)"));
    REQUIRE(contains(e.message, "'Awareness training' (training)"));
}
