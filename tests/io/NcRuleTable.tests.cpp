// SPDX-License-Identifier: MIT
// The nonconformity rule table in the file: <nc-rule> rows inside a
// certificate's <rules>, read, written back and checked the same way by the
// loader and the schema.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

namespace {

std::string planWithRules(const std::string& rules)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
           "  <info><title>Rules</title><schedule start=\"2027-01-04\"/></info>\n"
           "  <certificates>\n"
           "    <certificate id=\"cert\" standard=\"ISO/IEC 20000-1\" decision=\"2027-06-30\">\n"
           "      " + rules + "\n"
           "    </certificate>\n"
           "  </certificates>\n"
           "</plan>\n";
}

bool schemaAccepts(const std::string& text)
{
    ScratchDir dir;
    const std::string path = dir.file("rules.certplan");
    writeBytes(path, text);
    return xmllintValidate(path).exitCode == 0;
}

} // namespace

TEST_CASE("nc-rule rows set one audit kind and grade each, the rest keep their defaults", "[io][kind5]")
{
    const LoadResult r = readPlanText(
        planWithRules("<rules><nc-rule audit=\"surveillance\" class=\"major\" response-days=\"30\" verify-days=\"60\"/>"
                      "<nc-rule audit=\"stage2\" class=\"minor\"/></rules>"),
        "rules.certplan");
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
    const NcRuleTable& t = r->plan.certificates[0].rules.ncRules;
    CHECK(t.at(FindingOrigin::Surveillance, true) == NcRule{30, 60, std::nullopt});
    CHECK(t.at(FindingOrigin::Stage2, false) == NcRule{}); // a row with no limits owes nothing
    CHECK(t.at(FindingOrigin::Stage2, true) == NcRuleTable::defaults().at(FindingOrigin::Stage2, true));
    CHECK(t.at(FindingOrigin::Recertification, true) == NcRule{90, 90, std::nullopt});

    // Written back as the same rows, nothing else.
    const std::string saved = writePlanToString(r->plan);
    CHECK(contains(saved, "<nc-rule audit=\"surveillance\" class=\"major\" response-days=\"30\" verify-days=\"60\" />"));
    CHECK(contains(saved, "<nc-rule audit=\"stage2\" class=\"minor\" />"));
    CHECK_FALSE(contains(saved, "recertification"));
    const LoadResult again = readPlanText(saved, "again.certplan");
    REQUIRE(again.ok());
    CHECK(again->plan == r->plan);
}

TEST_CASE("The loader and the schema agree on every nc-rule value", "[io][kind5][schema]")
{
    struct Row {
        const char* rules;
        bool ok;
    };
    const std::vector<Row> rows = {
        {"<rules><nc-rule audit=\"transfer\" class=\"major\" verify-months=\"1200\"/></rules>", true},
        {"<rules><nc-rule audit=\"transfer\" class=\"major\" verify-months=\"1201\"/></rules>", false},
        {"<rules><nc-rule audit=\"special\" class=\"minor\" response-days=\"36500\"/></rules>", true},
        {"<rules><nc-rule audit=\"special\" class=\"minor\" response-days=\"36501\"/></rules>", false},
        {"<rules><nc-rule audit=\"special\" class=\"minor\" verify-days=\"-1\"/></rules>", false},
        {"<rules><nc-rule audit=\"internal\" class=\"observation\"/></rules>", false},
        {"<rules><nc-rule audit=\"complaint\" class=\"major\"/></rules>", false},
        {"<rules><nc-rule class=\"major\"/></rules>", false},
        {"<rules><nc-rule audit=\"stage1\"/></rules>", false},
        {"<rules><nc-rule audit=\"stage1\" class=\"major\"/><nc-rule audit=\"stage1\" class=\"major\"/></rules>", false},
        {"<rules><nc-rule audit=\"stage1\" class=\"major\"/><nc-rule audit=\"stage1\" class=\"minor\"/></rules>", true},
        {"<rules cycle-years=\"10\"/>", true},
        {"<rules cycle-years=\"11\"/>", false},
        {"<rules restoration-months=\"1200\"/>", true},
        {"<rules restoration-months=\"1201\"/>", false},
        {"<rules surveillance-interval-months=\"0\"/>", false},
        {"<rules at-risk-days=\"36501\"/>", false},
    };
    for (const auto& row : rows) {
        INFO(row.rules);
        const std::string text = planWithRules(row.rules);
        const LoadResult r = readPlanText(text, "rules.certplan");
        if (!r.ok())
            INFO(r.error().message);
        CHECK(r.ok() == row.ok);
        CHECK(schemaAccepts(text) == row.ok);
    }
}

TEST_CASE("nc-rule errors point at the row and say what to do", "[io][kind5]")
{
    LoadResult r = readPlanText(
        planWithRules("<rules><nc-rule audit=\"stage2\" class=\"major\" verify-days=\"90\" verify-months=\"6\"/></rules>"),
        "rules.certplan");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == Code::InvalidValue);
    CHECK(r.error().message ==
          "give the verification limit either in days (verify-days) or in months (verify-months), not both");
    CHECK(r.error().position.line == 6); // the <rules> line

    r = readPlanText(planWithRules("<rules><nc-rule audit=\"stage1\" class=\"major\"/><nc-rule audit=\"stage1\" "
                                   "class=\"major\" response-days=\"10\"/></rules>"),
                     "rules.certplan");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "the nonconformity rule for stage1 major findings is given twice");

    r = readPlanText(planWithRules("<rules><nc-rule audit=\"internal\" class=\"ofi\"/></rules>"), "rules.certplan");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "nonconformity rules are set for major and minor findings only (observations and "
                               "opportunities for improvement owe nothing)");
}

TEST_CASE("The three numbers the table replaced still load into the rows they governed", "[io][kind5]")
{
    const LoadResult r = readPlanText(
        planWithRules("<rules major-nc-verify-months=\"3\" nc-response-days=\"45\" minor-nc-response-days=\"60\"/>"),
        "rules.certplan");
    REQUIRE(r.ok());
    REQUIRE(r->warnings.size() == 1);
    CHECK(contains(r->warnings[0].message, "replaced by <nc-rule> rows"));
    const NcRuleTable& t = r->plan.certificates[0].rules.ncRules;
    CHECK(t.at(FindingOrigin::Stage2, true) == NcRule{45, std::nullopt, 3});
    CHECK(t.at(FindingOrigin::Internal, true) == NcRule{45, std::nullopt, 3});
    CHECK(t.at(FindingOrigin::Surveillance, true) == NcRule{45, 90, std::nullopt}); // only the response changed
    CHECK(t.at(FindingOrigin::Transfer, false) == NcRule{60, std::nullopt, std::nullopt});
    const std::string saved = writePlanToString(r->plan);
    CHECK_FALSE(contains(saved, "nc-response-days"));
    CHECK(contains(saved, "<nc-rule audit=\"stage2\" class=\"major\" response-days=\"45\" verify-months=\"3\" />"));
}
