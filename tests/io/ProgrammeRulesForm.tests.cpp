// SPDX-License-Identifier: MIT
// Where the programme rules live in the file: a <rules> child of <certificate>
// (the form written and documented); the older form, attributes of
// <certificate> itself, is read and saved as <rules>; both at once are refused.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"

using namespace certplan;
using namespace certplan::test;

namespace {

std::string planWithCertificate(const std::string& certificate)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
           "  <info><title>Rules</title><schedule start=\"2027-01-04\"/></info>\n"
           "  <certificates>\n"
           "    " + certificate + "\n"
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

TEST_CASE("Programme rules in a rules child are read without a warning", "[io][kind8]")
{
    const std::string text = planWithCertificate(
        "<certificate id=\"c\" standard=\"ISO/IEC 20000-1\"><rules cycle-years=\"4\" restoration-months=\"12\"/>"
        "</certificate>");
    const LoadResult r = readPlanText(text, "rules.certplan");
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
    CHECK(r->plan.certificates[0].rules.cycleYears == 4);
    CHECK(r->plan.certificates[0].rules.restorationMonths == 12);
    CHECK(schemaAccepts(text));
}

TEST_CASE("Programme rules as certificate attributes, the older form, are read and saved as a rules child",
          "[io][kind8]")
{
    const std::string text = planWithCertificate(
        "<certificate id=\"c\" standard=\"ISO/IEC 20000-1\" cycle-years=\"4\" restoration-months=\"12\" "
        "nc-response-days=\"30\"/>");
    CHECK(schemaAccepts(text));
    const LoadResult r = readPlanText(text, "rules.certplan");
    REQUIRE(r.ok());
    const ProgrammeRules& rules = r->plan.certificates[0].rules;
    CHECK(rules.cycleYears == 4);
    CHECK(rules.restorationMonths == 12);
    CHECK(rules.ncRules.at(FindingOrigin::Surveillance, true).responseDays == 30);
    std::vector<std::string> messages;
    for (const auto& w : r->warnings)
        messages.push_back(w.message);
    CHECK(std::find(messages.begin(), messages.end(),
                    "programme rules as attributes of <certificate> are an older form: they were read, and are saved "
                    "in a <rules> child") != messages.end());
    const std::string saved = writePlanToString(r->plan);
    CHECK(contains(saved, "<rules cycle-years=\"4\" restoration-months=\"12\">"));
    CHECK_FALSE(contains(saved, "standard=\"ISO/IEC 20000-1\" cycle-years"));
    const LoadResult again = readPlanText(saved, "again.certplan");
    REQUIRE(again.ok());
    CHECK(again->warnings.empty());
    CHECK(again->plan == r->plan);
}

TEST_CASE("Programme rules given both ways are refused at the attribute", "[io][kind8]")
{
    const LoadResult r = readPlanText(
        planWithCertificate("<certificate id=\"c\" standard=\"ISO/IEC 20000-1\" cycle-years=\"4\"><rules "
                            "cycle-years=\"3\"/></certificate>"),
        "rules.certplan");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == LoadIssue::Code::InvalidValue);
    CHECK(r.error().position.line == 5);
    CHECK(r.error().position.column == 52); // at cycle-years=
    CHECK(r.error().message == "the programme rules are given twice: as attributes of <certificate> (cycle-years) "
                               "and in its <rules> child; keep them in <rules> only");
    // Out of range on the certificate is refused as in <rules>, and the schema agrees.
    const std::string bad = planWithCertificate("<certificate id=\"c\" standard=\"ISO/IEC 20000-1\" cycle-years=\"11\"/>");
    CHECK_FALSE(readPlanText(bad, "rules.certplan").ok());
    CHECK_FALSE(schemaAccepts(bad));
}
