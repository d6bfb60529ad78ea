// SPDX-License-Identifier: MIT
// One rule for every numeric, date and yes/no field: the loader and the XSD
// give the same verdict on values at, just inside and just outside each
// field's limits (core/FieldLimits.h) and on odd spellings ("+5", " 5 ", "5.0",
// "2027-01-01Z"...). Each variant changes one attribute of a small valid plan
// that carries every such attribute the XSD has; xmllint checks all variants in
// one call.
#include "io/IoTestSupport.h"

#include "core/FieldLimits.h"

#include <pugixml.hpp>

#include <map>
#include <set>

using namespace certplan;
using namespace certplan::test;

namespace {

enum class Kind { Whole, Decimal, Date, Boolean, HalfDays };

struct Field {
    std::string key;  // placeholder in the base plan, and element/attribute in the XSD
    std::string base; // a valid value
    Kind kind;
    limits::WholeNumber whole{"", 0, 0};
    limits::DecimalNumber decimal{"", 0, 0};
    limits::HalfDays halfDays{"", 0, 0};
};

Field whole(std::string key, std::string base, const limits::WholeNumber& l)
{
    return {std::move(key), std::move(base), Kind::Whole, l, {"", 0, 0}};
}
Field decimal(std::string key, std::string base, const limits::DecimalNumber& l)
{
    return {std::move(key), std::move(base), Kind::Decimal, {"", 0, 0}, l};
}
Field date(std::string key, std::string base)
{
    return {std::move(key), std::move(base), Kind::Date};
}
Field boolean(std::string key, std::string base)
{
    return {std::move(key), std::move(base), Kind::Boolean};
}
Field halfDays(std::string key, std::string base, const limits::HalfDays& l)
{
    return {std::move(key), std::move(base), Kind::HalfDays, {"", 0, 0}, {"", 0, 0}, l};
}

// Every numeric, date and boolean attribute of the format, keyed as
// element/attribute. Bases are chosen so that no variant trips a rule between
// fields (an actual finish before the actual start, an exception that ends
// before it begins): only the single-field rule decides.
std::vector<Field> fields()
{
    using namespace limits;
    return {
        whole("plan/format", "1", kFormatVersion),
        date("schedule/start", "2027-01-04"),
        date("schedule/target", "2027-12-31"),
        date("schedule/status-date", "2249-12-31"),
        date("exception/from", "2027-12-24"),
        date("exception/to", "2027-12-31"),
        boolean("exception/working", "false"),
        whole("resource/units", "100", kResourceUnits),
        whole("task/duration", "5", kDuration),
        whole("task/complete", "50", kPercentComplete),
        date("task/constraint-date", "2027-01-04"),
        date("task/deadline", "2027-06-30"),
        date("task/actual-start", "2027-01-04"),
        date("task/actual-finish", "2027-01-05"),
        whole("sizing/small", "3", kDuration),
        whole("sizing/medium", "5", kDuration),
        whole("sizing/large", "8", kDuration),
        whole("predecessor/lag", "2", kLag),
        whole("assignment/units", "50", kAssignmentUnits),
        date("baseline/saved", "2027-01-04"),
        date("entry/start", "2027-01-04"),
        date("entry/finish", "2027-01-08"),
        whole("entry/duration", "5", kDuration),
        whole("requirement/maturity", "3", kMaturity),
        date("requirement/assessed", "2027-01-10"),
        date("evidence/date", "2027-01-11"),
        date("snapshot/date", "2027-01-12"),
        decimal("snapshot/overall", "62.5", kScore),
        decimal("clause/percent", "40", kScore),
        whole("rules/cycle-years", "3", kCycleYears),
        boolean("rules/expiry-day-before", "false"),
        whole("rules/first-surveillance-months", "12", kIntervalMonths),
        whole("rules/surveillance-interval-months", "12", kIntervalMonths),
        whole("rules/recert-window-months", "6", kPeriodMonths),
        whole("rules/recert-decision-margin-days", "30", kPeriodDays),
        whole("rules/restoration-months", "6", kPeriodMonths),
        whole("rules/major-nc-verify-months", "6", kPeriodMonths),
        whole("rules/nc-response-days", "90", kPeriodDays),
        whole("rules/minor-nc-response-days", "90", kPeriodDays),
        whole("rules/stage1-to-stage2-warn-days", "183", kPeriodDays),
        whole("rules/at-risk-days", "30", kPeriodDays),
        whole("rules/suspension-months", "6", kPeriodMonths),
        boolean("rules/anniversary-surveillance", "true"),
        whole("rules/anniversary-before-months", "3", kToleranceMonths),
        whole("rules/anniversary-after-months", "3", kToleranceMonths),
        boolean("rules/recert-stage1", "false"),
        whole("rules/special-audit-days", "30", kPeriodDays),
        whole("rules/scope-extension-days", "90", kPeriodDays),
        whole("nc-rule/response-days", "90", kPeriodDays),
        whole("nc-rule/verify-days", "90", kPeriodDays),
        whole("nc-rule/verify-months", "6", kPeriodMonths),
        date("suspension/from", "2028-03-01"),
        date("suspension/lift-by", "2249-12-31"),
        date("suspension/lifted", "2249-12-30"),
        whole("audit-time/headcount", "55", kHeadcount),
        whole("audit-time/reduction-percent", "10", kAuditTimeReduction),
        whole("audit-time/integration-percent", "20", kIntegrationReduction),
        whole("audit-time/stage1-percent", "30", kAuditTimeShare),
        whole("audit-time/surveillance-percent", "33", kAuditTimeShare),
        whole("audit-time/recertification-percent", "67", kAuditTimeShare),
        whole("audit-time/above-persons", "2200", kHeadcount),
        halfDays("audit-time/above-days", "1", kAuditTimeDays),
        whole("row/up-to", "100", kHeadcount),
        halfDays("row/days", "7", kAuditTimeDays),
        halfDays("fixed/days", "1.5", kAuditTimeDays),
        date("certificate/decision", "2027-06-30"),
        date("certificate/withdrawn", "2027-06-30"),
        whole("audit/cycle", "1", kAuditCycle),
        date("audit/planned", "2027-05-10"),
        whole("audit/days", "2", kAuditDays),
        date("audit/decision", "2027-06-30"),
        date("audit/trigger", "2028-01-10"),
        date("audit/due-by", "2028-02-09"),
        boolean("audit/short-notice", "true"),
        boolean("audit/counts-as-surveillance", "true"),
        date("nonconformity/raised", "2027-05-11"),
        date("nonconformity/due", "2027-08-09"),
        date("nonconformity/verified", "2027-07-01"),
        date("nonconformity/closed", "2027-07-02"),
        date("document/approved", "2027-01-15"),
        date("document/next-review", "2028-01-15"),
        boolean("document/mandatory", "true"),
    };
}

// The base plan: every placeholder {element/attribute} appears once. The
// second task carries its actual start from the first day of the range, so
// any actual finish in the range comes after it.
constexpr const char* kBasePlan = R"(<?xml version="1.0" encoding="UTF-8"?>
<plan xmlns="urn:certplan:plan" format="{plan/format}">
  <info>
    <title>Every value field</title>
    <schedule start="{schedule/start}" target="{schedule/target}" status-date="{schedule/status-date}"/>
  </info>
  <calendars>
    <calendar id="std" week="mon tue wed thu fri">
      <exception from="{exception/from}" name="Shutdown"/>
      <exception from="1950-01-01" to="{exception/to}" working="{exception/working}"/>
    </calendar>
  </calendars>
  <resources>
    <resource id="ann" name="Ann" units="{resource/units}"/>
  </resources>
  <tasks>
    <task id="a" name="Gap analysis" duration="{task/duration}" constraint="start-no-earlier-than" constraint-date="{task/constraint-date}" deadline="{task/deadline}">
      <sizing small="{sizing/small}" medium="{sizing/medium}" large="{sizing/large}"/>
      <assignment resource="ann" units="{assignment/units}"/>
    </task>
    <task id="b" name="Policy" duration="3" complete="100" actual-start="1950-01-01" actual-finish="{task/actual-finish}">
      <predecessor task="a" type="FS" lag="{predecessor/lag}"/>
    </task>
    <task id="c" name="Processes" duration="4" complete="{task/complete}"/>
    <task id="d" name="Training" duration="2" complete="10" actual-start="{task/actual-start}"/>
  </tasks>
  <baselines>
    <baseline name="Original" saved="{baseline/saved}">
      <entry task="a" start="{entry/start}" finish="{entry/finish}" duration="{entry/duration}"/>
    </baseline>
  </baselines>
  <checklists>
    <checklist id="iso" standard="ISO/IEC 20000-1">
      <requirement id="r1" clause="4.1" title="Context" status="partial" maturity="{requirement/maturity}" assessed="{requirement/assessed}">
        <evidence kind="url" ref="https://example.org/context" date="{evidence/date}"/>
      </requirement>
    </checklist>
  </checklists>
  <readiness>
    <snapshot date="{snapshot/date}" checklist="iso" overall="{snapshot/overall}">
      <clause id="4" percent="{clause/percent}"/>
    </snapshot>
  </readiness>
  <certificates>
    <certificate id="cert" standard="ISO/IEC 20000-1" decision="{certificate/decision}">
      <rules cycle-years="{rules/cycle-years}" expiry-day-before="{rules/expiry-day-before}" first-surveillance-months="{rules/first-surveillance-months}" surveillance-interval-months="{rules/surveillance-interval-months}" recert-window-months="{rules/recert-window-months}" recert-decision-margin-days="{rules/recert-decision-margin-days}" restoration-months="{rules/restoration-months}" major-nc-verify-months="{rules/major-nc-verify-months}" nc-response-days="{rules/nc-response-days}" minor-nc-response-days="{rules/minor-nc-response-days}" stage1-to-stage2-warn-days="{rules/stage1-to-stage2-warn-days}" at-risk-days="{rules/at-risk-days}" suspension-months="{rules/suspension-months}" anniversary-surveillance="{rules/anniversary-surveillance}" anniversary-before-months="{rules/anniversary-before-months}" anniversary-after-months="{rules/anniversary-after-months}" recert-stage1="{rules/recert-stage1}" special-audit-days="{rules/special-audit-days}" scope-extension-days="{rules/scope-extension-days}">
        <nc-rule audit="surveillance" class="major" response-days="{nc-rule/response-days}" verify-days="{nc-rule/verify-days}"/>
        <nc-rule audit="stage2" class="major" verify-months="{nc-rule/verify-months}"/>
      </rules>
      <suspension from="{suspension/from}">Overdue surveillance</suspension>
      <suspension from="1950-01-01" lift-by="{suspension/lift-by}" lifted="{suspension/lifted}">Second period</suspension>
      <audit-time headcount="{audit-time/headcount}" reduction-percent="{audit-time/reduction-percent}" integration-percent="{audit-time/integration-percent}" stage1-percent="{audit-time/stage1-percent}" surveillance-percent="{audit-time/surveillance-percent}" recertification-percent="{audit-time/recertification-percent}" above-persons="{audit-time/above-persons}" above-days="{audit-time/above-days}">
        <row up-to="{row/up-to}" days="{row/days}"/>
        <fixed audit="special" days="{fixed/days}"/>
      </audit-time>
    </certificate>
    <certificate id="old" standard="ISO/IEC 20000-1" withdrawn="{certificate/withdrawn}"/>
  </certificates>
  <audits>
    <audit id="s2" certificate="cert" type="stage2" cycle="{audit/cycle}" planned="{audit/planned}" days="{audit/days}" status="completed" decision="{audit/decision}"/>
    <audit id="sp" certificate="cert" type="special" trigger="{audit/trigger}" short-notice="{audit/short-notice}"/>
    <audit id="ext" certificates="cert old" type="scope-extension" due-by="{audit/due-by}" counts-as-surveillance="{audit/counts-as-surveillance}"/>
  </audits>
  <nonconformities>
    <nonconformity id="nc1" source="stage2" class="minor" raised="{nonconformity/raised}" due="{nonconformity/due}" status="closed" audit="s2" verified="{nonconformity/verified}" closed="{nonconformity/closed}"/>
  </nonconformities>
  <documents>
    <document id="pol" title="Service management policy" mandatory="{document/mandatory}" status="approved" approved="{document/approved}" next-review="{document/next-review}"/>
  </documents>
</plan>
)";

std::string plus(int v, int d)
{
    return std::to_string(static_cast<long long>(v) + d);
}

// Values around each limit and spellings XML Schema reads in its own ways.
std::vector<std::string> variants(const Field& f)
{
    switch (f.kind) {
    case Kind::Whole: {
        const auto& l = f.whole;
        return {plus(l.min, -1), std::to_string(l.min), std::to_string(l.max), plus(l.max, 1), "+" + std::to_string(l.max),
                "0" + std::to_string(l.max), "+5", "05", " 5 ", "&#9;5&#10;", "5.0", "1e3", "", " ", "-0", "+0", "+-5",
                "5 5", "0x1", "2147483648", "-2147483649", "99999999999999999999", "\u0665", "\uFF15", "five"};
    }
    case Kind::Decimal: {
        const auto& l = f.decimal;
        return {plus(l.min, -1), std::to_string(l.min), std::to_string(l.max), plus(l.max, 1), "100.0000000001",
                "99.99999", "+5", "05", " 5 ", "&#9;5", "5.0", "5.", ".5", ".", "1e1", "1E1", "1e+1", "1e3", "1e",
                "e1", "1e-999", "1e999", "", "-0", "-0.0", "INF", "-INF", "NaN", "0x1", "5,5", "\u0665"};
    }
    case Kind::Date:
        return {"1949-12-31", "1950-01-01", "2249-12-31", "2250-01-01", "1900-01-01", "9999-12-31", "0001-01-01",
                "2027-02-30", "2027-02-29", "2028-02-29", "2027-13-01", "2027-00-10", "2027-01-00", "2027-1-5",
                "2027-01-01Z", "2027-01-01+01:00", " 2027-01-01 ", "&#9;2027-01-01&#10;", "02027-01-01", "12027-01-01",
                "-2027-01-01", "2027/01/01", "2027-01-01T00:00:00", "\u0662\u0660\u0662\u0667-01-01", ""};
    case Kind::Boolean:
        return {"true", "false", "1", "0", " true ", "&#9;false", "TRUE", "yes", "01", ""};
    case Kind::HalfDays: {
        const auto& l = f.halfDays;
        return {plus(l.min, -1), std::to_string(l.min), std::to_string(l.max), plus(l.max, 1),
                std::to_string(l.max) + ".5", std::to_string(l.max) + ".0", "0.5", "5.5", "5.0", "5.50", "5.25",
                "5.05", "5.", ".5", "+5", "-0", "05", "005.5", " 5.5 ", "&#9;5&#10;", "1e1", "5,5", "", " ",
                "99999999999999999999", "99999999999999999999.5", "INF", "NaN", "\u0665", "five"};
    }
    }
    return {};
}

std::string planWith(const std::vector<Field>& all, const std::string& key, const std::string& value)
{
    std::string text = kBasePlan;
    for (const auto& f : all) {
        const std::string token = "{" + f.key + "}";
        const std::size_t at = text.find(token);
        REQUIRE(at != std::string::npos);
        text.replace(at, token.size(), f.key == key ? value : f.base);
    }
    REQUIRE(text.find('{') == std::string::npos);
    return text;
}

// What the loader must say when it refuses the field's value: the value as
// written, then the field's rule with its range.
std::string expectedRule(const Field& f)
{
    switch (f.kind) {
    case Kind::Whole: return f.whole.sentence();
    case Kind::Decimal: return f.decimal.sentence();
    case Kind::Date: return limits::dateRule();
    case Kind::Boolean: return "is true or false (or 1 or 0)";
    case Kind::HalfDays: return f.halfDays.sentence();
    }
    return {};
}

struct Case {
    const Field* field;
    std::string value;
    std::string path;
    bool loaderAccepts = false;
    std::string loaderMessage;
};

// Files xmllint reports as valid, out of one call for all of them.
std::set<std::string> validByXmllint(const std::string& schema, const std::vector<Case>& cases)
{
    std::string command = "xmllint --noout --schema '" + schema + "'";
    for (const auto& c : cases)
        command += " '" + c.path + "'";
    const CommandOutput r = runShell(command);
    std::set<std::string> valid;
    std::istringstream lines(r.output);
    for (std::string line; std::getline(lines, line);) {
        const std::string suffix = " validates";
        if (line.size() > suffix.size() && line.compare(line.size() - suffix.size(), suffix.size(), suffix) == 0)
            valid.insert(line.substr(0, line.size() - suffix.size()));
    }
    return valid;
}

// Writes every variant of the given fields, loads each and validates all;
// returns one line per disagreement.
std::vector<std::string> disagreements(const ScratchDir& dir, const std::string& schema,
                                       const std::vector<Field>& all, const std::set<std::string>& only = {})
{
    std::vector<Case> cases;
    for (const auto& f : all) {
        if (!only.empty() && !only.count(f.key))
            continue;
        for (const auto& v : variants(f)) {
            Case c{&f, v, dir.file("v" + std::to_string(cases.size()) + ".certplan"), false, {}};
            const std::string text = planWith(all, f.key, v);
            writeBytes(c.path, text);
            const LoadResult r = readPlanText(text, c.path);
            c.loaderAccepts = r.ok();
            if (!r.ok())
                c.loaderMessage = r.error().message;
            cases.push_back(std::move(c));
        }
    }
    const std::set<std::string> valid = validByXmllint(schema, cases);
    std::vector<std::string> out;
    for (const auto& c : cases) {
        const bool schemaAccepts = valid.count(c.path) > 0;
        if (schemaAccepts != c.loaderAccepts)
            out.push_back(c.field->key + "=\"" + c.value + "\": loader " + (c.loaderAccepts ? "accepts" : "refuses") +
                          ", XSD " + (schemaAccepts ? "accepts" : "refuses") +
                          (c.loaderMessage.empty() ? "" : " (" + c.loaderMessage + ")"));
    }
    return out;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

} // namespace

TEST_CASE("The base plan of the boundary test is valid for both the loader and the XSD", "[io][schema][limits]")
{
    ScratchDir dir;
    const std::string path = dir.file("base.certplan");
    const std::string text = planWith(fields(), "", "");
    writeBytes(path, text);
    const LoadResult r = readPlanText(text, path);
    INFO((r.ok() ? std::string() : r.error().message));
    REQUIRE(r.ok());
    const CommandOutput x = xmllintValidate(path);
    INFO(x.output);
    REQUIRE(x.exitCode == 0);
}

TEST_CASE("The boundary test covers every numeric, date and boolean attribute of the XSD", "[io][schema][limits]")
{
    // Value types: those whose (resolved) base is a number, a date or a boolean.
    pugi::xml_document xsd;
    REQUIRE(xsd.load_file(schemaPath().c_str()));
    const pugi::xml_node schema = xsd.child("xs:schema");
    std::map<std::string, std::string> baseOf;
    for (const auto& t : schema.children("xs:simpleType"))
        baseOf["cp:" + std::string(t.attribute("name").value())] = t.child("xs:restriction").attribute("base").value();
    const std::set<std::string> valueBases = {"xs:int",    "xs:integer", "xs:positiveInteger", "xs:double",
                                              "xs:decimal", "xs:date",    "xs:boolean"};
    std::set<std::string> inSchema;
    for (const auto& xa : schema.select_nodes("//xs:attribute")) {
        const pugi::xml_node a = xa.node();
        std::string type = a.attribute("type").value();
        if (type.empty()) // an inline type
            type = a.child("xs:simpleType").child("xs:restriction").attribute("base").value();
        const std::string base = baseOf.count(type) ? baseOf[type] : type;
        if (!valueBases.count(base))
            continue;
        std::string owner;
        for (pugi::xml_node p = a.parent(); p && owner.empty(); p = p.parent()) {
            const std::string tag = p.name();
            if (tag == "xs:element")
                owner = p.attribute("name").value();
            else if (tag == "xs:attributeGroup" || tag == "xs:complexType")
                owner = p.attribute("name").value(); // TaskAttributes, Task: a task's attributes
        }
        if (owner == "TaskAttributes" || owner == "Task")
            owner = "task";
        if (owner == "ProgrammeRuleAttributes") // the attributes of <rules> (and, in the older form, <certificate>)
            owner = "rules";
        inSchema.insert(owner + "/" + a.attribute("name").value());
    }
    std::set<std::string> inTest;
    for (const auto& f : fields())
        inTest.insert(f.key);
    CHECK(inSchema.size() > 40);
    CHECK(inSchema == inTest);
}

TEST_CASE("Loader and XSD give the same verdict on every value field at and around its limits", "[io][schema][limits]")
{
    ScratchDir dir;
    const std::vector<Field> all = fields();
    const std::vector<std::string> differ = disagreements(dir, schemaPath(), all);
    INFO(joined(differ));
    CHECK(differ.empty());
}

TEST_CASE("Every value the loader refuses is refused with the value and the field's allowed range",
          "[io][limits]")
{
    const std::vector<Field> all = fields();
    int refused = 0;
    for (const auto& f : all) {
        for (const auto& v : variants(f)) {
            const LoadResult r = readPlanText(planWith(all, f.key, v), "variant.certplan");
            if (r.ok())
                continue;
            ++refused;
            const std::string attr = f.key.substr(f.key.find('/') + 1);
            INFO(f.key << "=\"" << v << "\": " << r.error().message);
            if (r.error().code == LoadIssue::Code::UnsupportedVersion) { // format="2": a newer CertPlan's file
                CHECK(f.key == "plan/format");
                CHECK(contains(r.error().message, "which is newer than this CertPlan supports (1)"));
                continue;
            }
            CHECK(r.error().code == LoadIssue::Code::InvalidValue);
            CHECK(contains(r.error().message, attr + "=\""));
            CHECK(contains(r.error().message, expectedRule(f)));
        }
    }
    CHECK(refused > 500);
}

TEST_CASE("The boundary comparison notices a schema that lost a limit", "[io][schema][limits]")
{
    // Without this the test above could pass by comparing nothing.
    ScratchDir dir;
    std::string xsd = readBytes(schemaPath());
    const std::string facet = "<xs:maxInclusive value=\"109573\"/>";
    const std::size_t at = xsd.find(facet); // the first: Days, the type of durations
    REQUIRE(at != std::string::npos);
    xsd.erase(at, facet.size());
    const std::string schema = dir.file("lost-facet.xsd");
    writeBytes(schema, xsd);
    const std::vector<std::string> differ = disagreements(dir, schema, fields(), {"task/duration"});
    INFO(joined(differ));
    REQUIRE(differ.size() == 3); // 109574, 2147483648 and 99999999999999999999 now pass the schema only
    CHECK(contains(differ[0], "task/duration=\"109574\": loader refuses, XSD accepts"));
}
