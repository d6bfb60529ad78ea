// SPDX-License-Identifier: MIT
// Combined audits (certificates="a b"), special and scope extension audits
// with their windows (trigger, due-by, short-notice, counts-as-surveillance)
// and the new nonconformity sources: read, written back, refused with the
// position of the fault, and judged the same way by the schema.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

namespace {

// Line 6 holds the audit, so positions in the tests below are on line 6.
std::string planWithAudit(const std::string& audit, const std::string& ncs = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
           "  <info><title>Combined</title><schedule start=\"2027-01-04\"/></info>\n"
           "  <certificates><certificate id=\"itsm\" standard=\"ISO/IEC 20000-1\" decision=\"2027-03-15\"/>"
           "<certificate id=\"isms\" standard=\"ISO/IEC 27001\" decision=\"2027-06-01\"/></certificates>\n"
           "  <audits>\n"
           "    " + audit + "\n"
           "  </audits>\n" +
           (ncs.empty() ? std::string() : "  <nonconformities>" + ncs + "</nonconformities>\n") +
           "</plan>\n";
}

bool schemaAccepts(const std::string& text)
{
    ScratchDir dir;
    const std::string path = dir.file("audits.certplan");
    writeBytes(path, text);
    return xmllintValidate(path).exitCode == 0;
}

LoadIssue textError(const std::string& text)
{
    const LoadResult r = readPlanText(text, "audits.certplan");
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("A combined audit lists its certificates and is written back the same way", "[io][combined]")
{
    const std::string text = planWithAudit(
        "<audit id=\"s1\" certificates=\" itsm  isms \" type=\"surveillance\" planned=\"2028-03-01\" days=\"2\"/>");
    const LoadResult r = readPlanText(text, "audits.certplan");
    REQUIRE(r.ok());
    const Audit& a = r->plan.audits.at(0);
    CHECK(a.certificate == "itsm");
    CHECK(a.alsoCertificates == std::vector<std::string>{"isms"});
    const std::string saved = writePlanToString(r->plan);
    CHECK(contains(saved, "certificates=\"itsm isms\""));
    CHECK_FALSE(contains(saved, "certificate=\"itsm\""));
    const LoadResult again = readPlanText(saved, "again.certplan");
    REQUIRE(again.ok());
    CHECK(again->plan == r->plan);
    CHECK(schemaAccepts(text));
}

TEST_CASE("The old certificate attribute still names a single certificate", "[io][combined]")
{
    const LoadResult r = readPlanText(
        planWithAudit("<audit id=\"s1\" certificate=\"isms\" type=\"surveillance\"/>"), "audits.certplan");
    REQUIRE(r.ok());
    CHECK(r->plan.audits.at(0).certificate == "isms");
    CHECK(r->plan.audits.at(0).alsoCertificates.empty());
    CHECK(contains(writePlanToString(r->plan), "certificate=\"isms\""));
}

TEST_CASE("An unknown certificate in the list is refused at its own column", "[io][combined][bad]")
{
    // <audit starts at column 5, certificates= at 20, its value at 34;
    // "itsm " takes 5 characters, so "qms" starts at column 39.
    const std::string text =
        planWithAudit("<audit id=\"s1\" certificates=\"itsm qms\" type=\"surveillance\" planned=\"2028-03-01\"/>");
    const LoadIssue e = textError(text);
    CHECK(e.code == Code::DanglingReference);
    CHECK(e.position == TextPosition{6, 39});
    CHECK(e.message == "audit 's1' lists certificate 'qms' in certificates, which does not exist in this plan");
}

TEST_CASE("A certificate listed twice, an empty list, or certificate and certificates together are refused",
          "[io][combined][bad]")
{
    const LoadIssue twice = textError(planWithAudit("<audit id=\"s1\" certificates=\"itsm itsm\" type=\"surveillance\"/>"));
    CHECK(twice.code == Code::InvalidValue);
    CHECK(twice.position == TextPosition{6, 39}); // the second one
    CHECK(twice.message == "certificate 'itsm' is listed twice in certificates");

    const LoadIssue empty = textError(planWithAudit("<audit id=\"s1\" certificates=\"  \" type=\"surveillance\"/>"));
    CHECK(empty.position == TextPosition{6, 20});
    CHECK(contains(empty.message, "certificates lists no certificate"));
    CHECK_FALSE(schemaAccepts(planWithAudit("<audit id=\"s1\" certificates=\"  \" type=\"surveillance\"/>")));

    const LoadIssue both =
        textError(planWithAudit("<audit id=\"s1\" certificate=\"itsm\" certificates=\"itsm isms\" type=\"surveillance\"/>"));
    CHECK(both.position == TextPosition{6, 39});
    CHECK(both.message == "give either certificate (one) or certificates (a combined audit), not both");
}

TEST_CASE("Special and scope extension audits keep their trigger, due-by and flags through a save", "[io][special]")
{
    const std::string text = planWithAudit(
        "<audit id=\"ext\" certificate=\"itsm\" type=\"scope-extension\" trigger=\"2028-01-10\" due-by=\"2028-04-01\" "
        "counts-as-surveillance=\"true\"/>\n"
        "    <audit id=\"sp\" certificate=\"itsm\" type=\"special\" trigger=\"2028-01-10\" short-notice=\"1\"/>",
        "<nonconformity id=\"n1\" source=\"scope-extension\" class=\"major\" raised=\"2028-03-02\" audit=\"ext\"/>"
        "<nonconformity id=\"n2\" source=\"special\" class=\"minor\" raised=\"2028-03-02\"/>"
        "<nonconformity id=\"n3\" source=\"transfer\" class=\"minor\" raised=\"2028-03-02\"/>");
    const LoadResult r = readPlanText(text, "audits.certplan");
    REQUIRE(r.ok());
    const Audit& ext = r->plan.audits.at(0);
    CHECK(ext.type == AuditType::ScopeExtension);
    CHECK(ext.trigger == Date(2028, 1, 10));
    CHECK(ext.dueBy == Date(2028, 4, 1));
    CHECK(ext.countsAsSurveillance);
    CHECK_FALSE(ext.shortNotice);
    CHECK(r->plan.audits.at(1).shortNotice);
    CHECK(r->plan.nonconformities.at(0).source == NcSource::ScopeExtension);
    CHECK(r->plan.nonconformities.at(1).source == NcSource::Special);
    CHECK(r->plan.nonconformities.at(2).source == NcSource::Transfer);
    const std::string saved = writePlanToString(r->plan);
    CHECK(contains(saved, "type=\"scope-extension\""));
    CHECK(contains(saved, "trigger=\"2028-01-10\" due-by=\"2028-04-01\" counts-as-surveillance=\"true\""));
    CHECK(contains(saved, "short-notice=\"true\""));
    const LoadResult again = readPlanText(saved, "again.certplan");
    REQUIRE(again.ok());
    CHECK(again->plan == r->plan);
    CHECK(schemaAccepts(text));
}

TEST_CASE("Window attributes on the wrong kind of audit, or due-by before the trigger, are refused", "[io][special][bad]")
{
    const LoadIssue onSurveillance =
        textError(planWithAudit("<audit id=\"s1\" certificate=\"itsm\" type=\"surveillance\" trigger=\"2028-01-10\"/>"));
    CHECK(onSurveillance.code == Code::InvalidValue);
    CHECK(onSurveillance.position == TextPosition{6, 59});
    CHECK(contains(onSurveillance.message, "trigger is given for special and scope extension audits only"));

    const LoadIssue flag = textError(
        planWithAudit("<audit id=\"s1\" certificate=\"itsm\" type=\"special\" counts-as-surveillance=\"true\"/>"));
    CHECK(flag.position == TextPosition{6, 54});
    CHECK(flag.message == "counts-as-surveillance is given for scope extension audits only");

    const LoadIssue order = textError(planWithAudit(
        "<audit id=\"sp\" certificate=\"itsm\" type=\"special\" trigger=\"2028-01-10\" due-by=\"2028-01-09\"/>"));
    CHECK(order.position == TextPosition{6, 75});
    CHECK(order.message == "due-by (2028-01-09) is before the trigger (2028-01-10)");
}

TEST_CASE("The rule table has a scope extension row, and the rules the two new windows", "[io][special]")
{
    const std::string text =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
        "  <info><title>Rules</title><schedule start=\"2027-01-04\"/></info>\n"
        "  <certificates><certificate id=\"itsm\" standard=\"ISO/IEC 20000-1\">"
        "<rules special-audit-days=\"14\" scope-extension-days=\"60\">"
        "<nc-rule audit=\"scope-extension\" class=\"major\" response-days=\"30\" verify-days=\"30\"/></rules>"
        "</certificate></certificates>\n"
        "</plan>\n";
    const LoadResult r = readPlanText(text, "rules.certplan");
    REQUIRE(r.ok());
    const ProgrammeRules& rules = r->plan.certificates.at(0).rules;
    CHECK(rules.specialAuditDays == 14);
    CHECK(rules.scopeExtensionDays == 60);
    CHECK(rules.ncRules.at(FindingOrigin::ScopeExtension, true) == NcRule{30, 30, std::nullopt});
    CHECK(NcRuleTable::defaults().at(FindingOrigin::ScopeExtension, true) == NcRule{90, 90, std::nullopt});
    const std::string saved = writePlanToString(r->plan);
    CHECK(contains(saved, "special-audit-days=\"14\" scope-extension-days=\"60\""));
    CHECK(contains(saved, "<nc-rule audit=\"scope-extension\" class=\"major\" response-days=\"30\" verify-days=\"30\" />"));
    CHECK(schemaAccepts(text));
}
