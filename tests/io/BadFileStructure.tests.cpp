// SPDX-License-Identifier: MIT
// Well-formed XML that is not a CertPlan plan, or a plan that lacks what every
// plan needs.
#include "io/IoTestSupport.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

TEST_CASE("A foreign root element is refused as not a CertPlan plan", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("wrong-root-element.certplan"));
    CHECK(e.code == Code::WrongRoot);
    CHECK(e.position == TextPosition{2, 1});
    CHECK(contains(e.message, "the root element is <project>"));
    CHECK(contains(e.message, "expected <plan xmlns=\"urn:certplan:plan\">"));
}

TEST_CASE("A <plan> root without the CertPlan namespace is refused", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("wrong-root-missing-namespace.certplan"));
    CHECK(e.code == Code::WrongRoot);
    CHECK(e.position == TextPosition{2, 1});
    CHECK(contains(e.message, "the root element is <plan>"));
}

TEST_CASE("A Microsoft Project XML file is recognised and named as such", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("wrong-root-ms-project.xml"));
    CHECK(e.code == Code::WrongRoot);
    CHECK(e.position == TextPosition{2, 1});
    CHECK(contains(e.message, "<Project> in namespace 'http://schemas.microsoft.com/project'"));
    CHECK(contains(e.message, "it looks like a Microsoft Project XML file"));
}

TEST_CASE("A GNOME Planner file is recognised and named as such", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("wrong-root-gnome-planner.planner"));
    CHECK(e.code == Code::WrongRoot);
    CHECK(e.position == TextPosition{2, 1});
    CHECK(contains(e.message, "it looks like a GNOME Planner file"));
}

TEST_CASE("A newer format version is refused at the format attribute with advice to upgrade", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("unsupported-newer-format-version.certplan"));
    CHECK(e.code == Code::UnsupportedVersion);
    CHECK(e.position == TextPosition{2, 33});
    CHECK(contains(e.message, "file format 2, which is newer than this CertPlan supports (1)"));
    CHECK(contains(e.message, "install a newer CertPlan"));
}

TEST_CASE("A plan without a format version is refused at <plan>", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-format-version.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{2, 1});
    CHECK(contains(e.message, "missing the required attribute 'format'"));
}

TEST_CASE("A task without an id is refused at the task", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-task-id.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{9, 5});
    CHECK(contains(e.message, "<task> is missing the required attribute 'id'"));
}

TEST_CASE("A task without a name is refused and the message gives its id", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-task-name.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{9, 5});
    CHECK(contains(e.message, "<task id=\"t2\"> is missing the required attribute 'name'"));
}

TEST_CASE("A leaf task without a duration is refused with the attribute to add", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-leaf-task-duration.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{9, 7});
    CHECK(contains(e.message, "<task id=\"t1\"> has no duration"));
    CHECK(contains(e.message, "add duration=\"N\""));
}

TEST_CASE("A plan without a title is refused at <info>", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-info-title.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{3, 3});
    CHECK(contains(e.message, "<info> has no <title>"));
}

TEST_CASE("A plan without a start date is refused at <schedule>", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-schedule-start.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{5, 5});
    CHECK(contains(e.message, "<schedule> is missing the required attribute 'start'"));
}

TEST_CASE("Tasks nested 65 levels deep are refused at the 65th level", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("tasks-nested-65-levels.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{72, 133});
    CHECK(contains(e.message, "nested more than 64 levels deep"));
}

TEST_CASE("Tasks nested 64 levels deep still load, with the deepest task at level 63", "[io][bad]")
{
    // The 65-level fixture minus its innermost task: the limit is exactly 64.
    std::string text = readBytes(badFile("tasks-nested-65-levels.certplan"));
    const std::size_t leaf = text.find("<task id=\"t65\"");
    REQUIRE(leaf != std::string::npos);
    text.erase(leaf, text.find('\n', leaf) - leaf);
    text.replace(text.find("name=\"Level 64\">"), 16, "name=\"Level 64\" duration=\"1\">");
    // t64 is now a leaf written as an open/close pair; that is fine XML.
    const LoadResult r = readPlanText(text, "nested-64.certplan");
    INFO((r.ok() ? std::string() : r.error().format()));
    REQUIRE(r.ok());
    REQUIRE(r->plan.tasks.size() == 64);
    CHECK(r->plan.tasks.back().level == 63);
    CHECK(r->plan.tasks.back().durationDays == 1);
}

TEST_CASE("A plan without <info> is refused at <plan>, not at the XML declaration", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("missing-info-section.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{2, 1});
    CHECK(contains(e.message, "no <info> section"));
}
