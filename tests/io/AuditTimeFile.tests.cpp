// SPDX-License-Identifier: MIT
// A certificate's <audit-time> in the file: read, written back canonically,
// refused with the position and the rule, and judged the same way by the
// loader and the schema.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

namespace {

// The <audit-time> element is on line 7.
std::string planWithAuditTime(const std::string& auditTime)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
           "  <info><title>Audit time</title><schedule start=\"2027-01-04\"/></info>\n"
           "  <certificates>\n"
           "    <certificate id=\"cert\" standard=\"ISO/IEC 20000-1\" decision=\"2027-06-30\">\n"
           "      <suspension from=\"2028-01-10\">Late surveillance</suspension>\n"
           "      " + auditTime + "\n"
           "    </certificate>\n"
           "  </certificates>\n"
           "</plan>\n";
}

bool schemaAccepts(const std::string& text)
{
    ScratchDir dir;
    const std::string path = dir.file("time.certplan");
    writeBytes(path, text);
    return xmllintValidate(path).exitCode == 0;
}

} // namespace

TEST_CASE("An audit-time element is read with its rows and fixed days, and written back the same", "[io][audit-time]")
{
    const std::string text = planWithAuditTime(
        "<audit-time headcount=\"55\" reduction-percent=\"10\" integration-percent=\"20\" stage1-percent=\"25\" "
        "surveillance-percent=\"35\" above-persons=\"2000\" above-days=\"1.5\">"
        "<row up-to=\"20\" days=\"2.5\"/><row up-to=\"60\" days=\"5\"/>"
        "<fixed audit=\"transfer\" days=\"0.5\"/><fixed audit=\"stage1\" days=\"2.0\"/></audit-time>");
    const LoadResult r = readPlanText(text, "time.certplan");
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
    CHECK(schemaAccepts(text));
    REQUIRE(r->plan.certificates[0].auditTime);
    const AuditTimeRules& t = *r->plan.certificates[0].auditTime;
    CHECK(t.headcount == 55);
    CHECK(t.reductionPercent == 10);
    CHECK(t.integrationPercent == 20);
    CHECK(t.stage1Percent == 25);
    CHECK(t.surveillancePercent == 35);
    CHECK_FALSE(t.recertificationPercent);
    CHECK(t.abovePersons == 2000);
    CHECK(t.aboveHalfDays == 3);
    CHECK(t.table == std::vector<AuditTimeRow>{{20, 5}, {60, 10}});
    CHECK(t.fixedHalfDays[static_cast<std::size_t>(AuditType::Transfer)] == 1);
    CHECK(t.fixedHalfDays[static_cast<std::size_t>(AuditType::Stage1)] == 4);
    CHECK_FALSE(t.fixedHalfDays[static_cast<std::size_t>(AuditType::Stage2)]);

    // Canonical: defaults left out, fixed days in audit type order, half days as 2 or 1.5.
    const std::string saved = writePlanToString(r->plan);
    CHECK(contains(saved, "<audit-time headcount=\"55\" reduction-percent=\"10\" integration-percent=\"20\" "
                          "stage1-percent=\"25\" surveillance-percent=\"35\" above-persons=\"2000\" above-days=\"1.5\">"));
    CHECK(contains(saved, "<row up-to=\"20\" days=\"2.5\" />"));
    CHECK(contains(saved, "<fixed audit=\"stage1\" days=\"2\" />"));
    CHECK(saved.find("audit=\"stage1\" days=\"2\"") < saved.find("audit=\"transfer\" days=\"0.5\""));
    const LoadResult again = readPlanText(saved, "again.certplan");
    REQUIRE(again.ok());
    CHECK(again->plan == r->plan);
    CHECK(writePlanToString(again->plan) == saved);
    CHECK(schemaAccepts(saved));
}

TEST_CASE("A certificate without audit-time loads without one and is saved without one", "[io][audit-time]")
{
    const LoadResult r = readPlanText(planWithAuditTime(""), "old.certplan");
    REQUIRE(r.ok());
    CHECK_FALSE(r->plan.certificates[0].auditTime);
    CHECK_FALSE(contains(writePlanToString(r->plan), "audit-time"));
    // An empty element is kept: the certificate uses audit time, headcount still to come.
    const LoadResult empty = readPlanText(planWithAuditTime("<audit-time/>"), "empty.certplan");
    REQUIRE(empty.ok());
    REQUIRE(empty->plan.certificates[0].auditTime);
    CHECK(*empty->plan.certificates[0].auditTime == AuditTimeRules{});
    CHECK(contains(writePlanToString(empty->plan), "<audit-time />"));
}

TEST_CASE("Audit time errors point at the element and name the rule", "[io][audit-time]")
{
    struct Bad {
        const char* element;
        Code code;
        const char* message;
        int column;
    };
    const Bad bad[] = {
        {"<audit-time headcount=\"55\" reduction-percent=\"31\"/>", Code::InvalidValue,
         "<audit-time> has reduction-percent=\"31\"; a reduction of audit time (at most 30 % in all, EA FAQ 48.4) is "
         "a whole number of percent from 0 to 30",
         34},
        {"<audit-time integration-percent=\"21\"/>", Code::InvalidValue,
         "<audit-time> has integration-percent=\"21\"; a reduction for an integrated audit (at most a further 20 %, "
         "IAF MD 11) is a whole number of percent from 0 to 20",
         19},
        {"<audit-time headcount=\"0\"/>", Code::InvalidValue,
         "<audit-time> has headcount=\"0\"; an effective headcount is a whole number of persons from 1 to 1000000", 19},
        {"<audit-time><row up-to=\"10\" days=\"1.25\"/></audit-time>", Code::InvalidValue,
         "<row> has days=\"1.25\"; audit time is written in days and half days (5 or 5.5) from 0 to 365", 35},
        {"<audit-time><row up-to=\"10\" days=\"2\"/><row up-to=\"8\" days=\"3\"/></audit-time>", Code::InvalidValue,
         "row 2 of the audit time table (up to 8 persons) does not follow the row before it (up to 10 persons): rows "
         "go in ascending order of persons",
         45},
        {"<audit-time><row up-to=\"10\"/></audit-time>", Code::MissingField,
         "<row> is missing the required attribute 'days' (the row's stage 1 + stage 2 days)", 19},
        {"<audit-time above-persons=\"100\"/>", Code::MissingField,
         "the rule for headcounts above the table takes both above-persons and above-days; only above-persons is "
         "given",
         19},
        {"<audit-time><fixed audit=\"stage1\" days=\"1\"/><fixed audit=\"stage1\" days=\"2\"/></audit-time>",
         Code::DuplicateId, "the days of stage1 audits are fixed twice in <audit-time>", 51},
        {"<audit-time><fixed audit=\"stage3\" days=\"1\"/></audit-time>", Code::InvalidValue,
         "unknown audit type 'stage3' (expected stage1, stage2, surveillance, recertification, special, transfer or "
         "scope-extension)",
         26},
    };
    for (const Bad& b : bad) {
        INFO(b.element);
        const std::string text = planWithAuditTime(b.element);
        const LoadResult r = readPlanText(text, "time.certplan");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == b.code);
        CHECK(r.error().message == b.message);
        CHECK(r.error().position.line == 7);
        CHECK(r.error().position.column == b.column);
        CHECK(r.error().file == "time.certplan");
        // The schema refuses the single-field and structure errors too; the row order and the pair
        // above-persons/above-days are rules between fields, the loader's alone.
        const std::string m = b.message;
        if (m.rfind("row 2 of", 0) != 0 && m.rfind("the rule for headcounts above", 0) != 0)
            CHECK_FALSE(schemaAccepts(text));
    }
}
