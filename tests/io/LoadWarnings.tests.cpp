// SPDX-License-Identifier: MIT
// What the loader tolerates: it keeps the plan and says, with a position, what
// it ignored.
#include "io/IoTestSupport.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

namespace {

LoadedPlan loadOk(const std::string& text, const std::string& name = "warn.certplan")
{
    LoadResult r = readPlanText(text, name);
    INFO((r.ok() ? std::string() : r.error().format()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

const std::string kHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
                          "  <info>\n"
                          "    <title>Warnings</title>\n"
                          "    <schedule start=\"2027-01-04\"/>\n"
                          "  </info>\n";

} // namespace

TEST_CASE("Unknown elements and attributes keep the plan loadable and are reported in file order with positions",
          "[io][warnings]")
{
    const std::string path = goodFile("unknown-element-and-attribute.certplan");
    const LoadResult r = readPlanFile(path);
    REQUIRE(r.ok());
    REQUIRE(r->plan.tasks.size() == 1);
    CHECK(r->plan.tasks[0].id == "gap");
    CHECK(r->plan.tasks[0].durationDays == 5);

    const auto& w = r->warnings;
    REQUIRE(w.size() == 3);
    for (const auto& issue : w) {
        CHECK(issue.code == Code::Unknown);
        CHECK(issue.file == path);
    }
    CHECK(w[0].position == TextPosition{8, 53});
    CHECK(w[0].message == "unknown attribute 'colour' on <task> is ignored (and not saved)");
    CHECK(w[1].position == TextPosition{9, 7});
    CHECK(w[1].message == "unknown element <risk> inside <task> is ignored (and not saved)");
    CHECK(w[2].position == TextPosition{12, 3});
    CHECK(w[2].message == "unknown element <dashboards> inside <plan> is ignored (and not saved)");
    CHECK(w[0].format("warning") == path + ":8:53: warning: unknown attribute 'colour' on <task> is ignored (and not saved)");
}

TEST_CASE("A clean plan loads without warnings", "[io][warnings]")
{
    const LoadResult r = readPlanFile(goodFile("show-sample.certplan"));
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
}

TEST_CASE("A duration on a summary task is ignored with a warning at the attribute", "[io][warnings]")
{
    const LoadedPlan p = loadOk(kHead + "  <tasks>\n"
                                        "    <task id=\"s\" name=\"Summary\" duration=\"9\">\n"
                                        "      <task id=\"a\" name=\"A\" duration=\"2\"/>\n"
                                        "    </task>\n"
                                        "  </tasks>\n</plan>\n");
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].position == TextPosition{8, 33});
    CHECK(contains(p.warnings[0].message, "summary task <task id=\"s\">: duration is ignored"));
    CHECK(p.plan.tasks[0].durationDays == 0);
}

TEST_CASE("A requirement marked not applicable without a justification loads with a warning", "[io][warnings]")
{
    const LoadedPlan p = loadOk(kHead + "  <checklists>\n"
                                        "    <checklist id=\"c\" standard=\"ISO/IEC 20000-1\">\n"
                                        "      <requirement id=\"r\" clause=\"8.3.4\" title=\"Suppliers\" status=\"not-applicable\"/>\n"
                                        "    </checklist>\n"
                                        "  </checklists>\n</plan>\n");
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].position == TextPosition{9, 7});
    CHECK(contains(p.warnings[0].message, "requirement 8.3.4 is marked not applicable without a justification"));
    CHECK(p.plan.checklists[0].items[0].status == RequirementStatus::NotApplicable);
}

TEST_CASE("A UTF-8 byte order mark is accepted and takes no column", "[io][warnings]")
{
    // Without the mark, 'bogus' starts at column 44 of line 1.
    const LoadedPlan p = loadOk("\xEF\xBB\xBF<plan xmlns=\"urn:certplan:plan\" format=\"1\" bogus=\"1\"><info><title>T</title>"
                                "<schedule start=\"2027-01-04\"/></info></plan>\n");
    CHECK(p.plan.info.title == "T");
    REQUIRE(p.warnings.size() == 1);
    CHECK(p.warnings[0].position == TextPosition{1, 44});
}

TEST_CASE("Windows line ends load and positions count lines as an editor does", "[io][warnings]")
{
    const std::string text = "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\r\n  <info>\r\n    <title>T</title>\r\n"
                             "    <schedule start=\"2027-02-29\"/>\r\n  </info>\r\n</plan>\r\n";
    const LoadResult r = readPlanText(text, "crlf.certplan");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().position == TextPosition{4, 15});
    CHECK(contains(r.error().message, "February 2027 has 28 days"));
}
