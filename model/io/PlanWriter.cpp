// SPDX-License-Identifier: MIT
#include "io/PlanWriter.h"

#include "core/FieldLimits.h"
#include "core/TaskTree.h"
#include "io/AtomicFile.h"
#include "io/PlanReader.h"
#include "io/FileFormat.h"
#include "util/TextPosition.h"
#include "util/Utf8.h"

#include <pugixml.hpp>

#include <charconv>

namespace certplan {

namespace {

// The writer writes only what the reader accepts: text that is not UTF-8, or
// holds a code point XML 1.0 forbids (NUL and other C0 controls but tab, line
// feed and carriage return; surrogates; U+FFFE, U+FFFF), cannot be saved as
// is, so each such byte or character becomes U+FFFD.
std::string xmlSafe(const std::string& s)
{
    const auto* b = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    bool clean = true;
    std::string out;
    std::size_t i = 0;
    while (i < n) {
        const Utf8Char u = decodeUtf8(b, n, i);
        const std::size_t len = u.length;
        const bool ok = u.ok && isXmlChar(u.codePoint);
        if (!ok && clean) {
            out.assign(s, 0, i);
            clean = false;
        }
        if (!clean)
            out += ok ? s.substr(i, len) : std::string("\xEF\xBF\xBD");
        i += ok ? len : 1;
    }
    return clean ? s : out;
}

void attr(pugi::xml_node n, const char* name, const std::string& value)
{
    if (!value.empty())
        n.append_attribute(name).set_value(xmlSafe(value).c_str());
}

void attrAlways(pugi::xml_node n, const char* name, const std::string& value)
{
    n.append_attribute(name).set_value(xmlSafe(value).c_str());
}

void setText(pugi::xml_node n, const std::string& value)
{
    n.text().set(xmlSafe(value).c_str());
}

void attrInt(pugi::xml_node n, const char* name, int value, int def)
{
    if (value != def)
        n.append_attribute(name).set_value(std::to_string(value).c_str());
}

void attrNumber(pugi::xml_node n, const char* name, double value)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value); // shortest text that reads back exactly
    n.append_attribute(name).set_value(std::string(buf, r.ptr).c_str());
}

void attrDate(pugi::xml_node n, const char* name, const OptDate& d)
{
    if (d)
        n.append_attribute(name).set_value(formatIsoDate(*d).c_str());
}

void attrBool(pugi::xml_node n, const char* name, bool value, bool def)
{
    if (value != def)
        n.append_attribute(name).set_value(value ? "true" : "false");
}

template <class E>
void attrEnum(pugi::xml_node n, const char* name, E value, std::optional<E> def)
{
    if (!def || value != *def)
        n.append_attribute(name).set_value(std::string(enumKey(value)).c_str());
}

void textChild(pugi::xml_node n, const char* name, const std::string& value)
{
    if (!value.empty())
        setText(n.append_child(name), value);
}

void writeInfo(pugi::xml_node root, const Plan& plan)
{
    const PlanInfo& info = plan.info;
    pugi::xml_node n = root.append_child("info");
    setText(n.append_child("title"), info.title);
    textChild(n, "organization", info.organization);
    if (!info.standard.empty() || !info.edition.empty()) {
        pugi::xml_node s = n.append_child("standard");
        attr(s, "edition", info.edition);
        setText(s, info.standard);
    }
    textChild(n, "certification-body", info.certificationBody);
    textChild(n, "scope", info.scope);
    pugi::xml_node s = n.append_child("schedule");
    attrDate(s, "start", info.start);
    attrEnum(s, "direction", info.direction, std::optional(PlanningDirection::Forward));
    attrDate(s, "target", info.target);
    attr(s, "target-task", info.targetTask);
    attrDate(s, "status-date", info.statusDate);
    attr(s, "calendar", info.calendar);
    if (info.size)
        attrEnum(s, "size", *info.size, std::optional<OrganizationSize>());

    if (plan.templateInfo) {
        pugi::xml_node t = root.append_child("template");
        attrAlways(t, "id", plan.templateInfo->id);
        attrAlways(t, "title", plan.templateInfo->title);
        textChild(t, "description", plan.templateInfo->description);
    }
}

void writeCalendars(pugi::xml_node root, const Plan& plan)
{
    if (plan.calendars.empty())
        return;
    pugi::xml_node list = root.append_child("calendars");
    for (const auto& c : plan.calendars) {
        pugi::xml_node n = list.append_child("calendar");
        attrAlways(n, "id", c.id);
        attr(n, "name", c.name == c.id ? std::string() : c.name);
        attr(n, "base", c.base);
        if (c.week)
            attrAlways(n, "week", formatWeekMask(*c.week));
        for (const auto& e : c.exceptions) {
            pugi::xml_node x = n.append_child("exception");
            attrDate(x, "from", e.from);
            if (e.to != e.from)
                attrDate(x, "to", e.to);
            attrBool(x, "working", e.working, false);
            attr(x, "name", e.name);
        }
    }
}

void writeResources(pugi::xml_node root, const Plan& plan)
{
    if (plan.resources.empty())
        return;
    pugi::xml_node list = root.append_child("resources");
    for (const auto& r : plan.resources) {
        pugi::xml_node n = list.append_child("resource");
        attrAlways(n, "id", r.id);
        attrAlways(n, "name", r.name);
        attrEnum(n, "kind", r.kind, std::optional(ResourceKind::Person));
        attr(n, "role", r.role);
        attr(n, "email", r.email);
        attrInt(n, "units", r.maxUnits, 100);
        attr(n, "calendar", r.calendar);
    }
}

void writeTask(pugi::xml_node n, const Task& t, bool summary)
{
    attrAlways(n, "id", t.id);
    attrAlways(n, "name", t.name);
    if (!summary && !t.milestone)
        attrAlways(n, "duration", std::to_string(t.durationDays));
    attrEnum(n, "constraint", t.constraint.type, std::optional(ConstraintType::AsSoonAsPossible));
    attrDate(n, "constraint-date", t.constraint.date);
    attrDate(n, "deadline", t.deadline);
    if (!summary) {
        attrInt(n, "complete", t.percentComplete, 0);
        attrDate(n, "actual-start", t.actualStart);
        attrDate(n, "actual-finish", t.actualFinish);
    }
    attr(n, "requirement", t.requirement);
    attr(n, "nonconformity", t.nonconformity);
    attr(n, "audit", t.audit);
    if (t.sizing) {
        pugi::xml_node s = n.append_child("sizing");
        attrAlways(s, "small", std::to_string(t.sizing->small));
        attrAlways(s, "medium", std::to_string(t.sizing->medium));
        attrAlways(s, "large", std::to_string(t.sizing->large));
    }
    for (const auto& d : t.predecessors) {
        pugi::xml_node p = n.append_child("predecessor");
        attrAlways(p, "task", d.predecessor);
        attrEnum(p, "type", d.type, std::optional(DependencyType::FinishToStart));
        attrInt(p, "lag", d.lagDays, 0);
    }
    for (const auto& a : t.assignments) {
        pugi::xml_node p = n.append_child("assignment");
        attrAlways(p, "resource", a.resource);
        attrInt(p, "units", a.units, 100);
    }
    textChild(n, "notes", t.notes);
}

void writeTasks(pugi::xml_node root, const Plan& plan)
{
    if (plan.tasks.empty())
        return;
    // Iterative: parents[k] is the element that receives tasks of level k.
    std::vector<pugi::xml_node> parents{root.append_child("tasks")};
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& t = plan.tasks[i];
        const bool summary = isSummary(plan.tasks, i);
        const std::size_t level = std::min(static_cast<std::size_t>(std::max(t.level, 0)), parents.size() - 1);
        pugi::xml_node n = parents[level].append_child(t.milestone && !summary ? "milestone" : "task");
        writeTask(n, t, summary);
        parents.resize(level + 1);
        parents.push_back(n);
    }
}

void writeBaselines(pugi::xml_node root, const Plan& plan)
{
    if (plan.baselines.empty())
        return;
    pugi::xml_node list = root.append_child("baselines");
    for (const auto& b : plan.baselines) {
        pugi::xml_node n = list.append_child("baseline");
        attrAlways(n, "name", b.name);
        attrDate(n, "saved", b.saved);
        for (const auto& e : b.entries) {
            pugi::xml_node x = n.append_child("entry");
            attrAlways(x, "task", e.task);
            attrDate(x, "start", e.start);
            attrDate(x, "finish", e.finish);
            attrAlways(x, "duration", std::to_string(e.durationDays));
        }
    }
}

void writeChecklists(pugi::xml_node root, const Plan& plan)
{
    if (plan.checklists.empty())
        return;
    pugi::xml_node list = root.append_child("checklists");
    for (const auto& c : plan.checklists) {
        pugi::xml_node n = list.append_child("checklist");
        attrAlways(n, "id", c.id);
        attrAlways(n, "standard", c.standard);
        attr(n, "edition", c.edition);
        attr(n, "title", c.title);
        for (const auto& r : c.items) {
            pugi::xml_node x = n.append_child("requirement");
            attrAlways(x, "id", r.id);
            attrAlways(x, "clause", r.clause);
            attrAlways(x, "title", r.title);
            attrEnum(x, "status", r.status, std::optional(RequirementStatus::NotAssessed));
            if (r.maturity)
                attrAlways(x, "maturity", std::to_string(*r.maturity));
            attr(x, "owner", r.owner);
            attrDate(x, "assessed", r.assessed);
            textChild(x, "guidance", r.guidance);
            textChild(x, "notes", r.notes);
            textChild(x, "justification", r.justification);
            for (const auto& e : r.evidence) {
                pugi::xml_node ev = x.append_child("evidence");
                attrEnum(ev, "kind", e.kind, std::optional(EvidenceKind::Document));
                attrAlways(ev, "ref", e.ref);
                attrDate(ev, "date", e.date);
                if (!e.note.empty())
                    setText(ev, e.note);
            }
        }
    }
    if (plan.snapshots.empty())
        return;
    pugi::xml_node readiness = root.append_child("readiness");
    for (const auto& s : plan.snapshots) {
        pugi::xml_node n = readiness.append_child("snapshot");
        attrDate(n, "date", s.date);
        attrAlways(n, "checklist", s.checklist);
        attrNumber(n, "overall", s.overall);
        for (const auto& c : s.clauses) {
            pugi::xml_node x = n.append_child("clause");
            attrAlways(x, "id", c.clause);
            attrNumber(x, "percent", c.percent);
        }
    }
}

void writeRules(pugi::xml_node cert, const ProgrammeRules& r)
{
    const ProgrammeRules d;
    if (r == d)
        return;
    pugi::xml_node n = cert.append_child("rules");
    attrInt(n, "cycle-years", r.cycleYears, d.cycleYears);
    attrBool(n, "expiry-day-before", r.expiryDayBefore, d.expiryDayBefore);
    attrInt(n, "first-surveillance-months", r.firstSurveillanceMonths, d.firstSurveillanceMonths);
    attrInt(n, "surveillance-interval-months", r.surveillanceIntervalMonths, d.surveillanceIntervalMonths);
    attrInt(n, "recert-window-months", r.recertWindowMonths, d.recertWindowMonths);
    attrInt(n, "recert-decision-margin-days", r.recertDecisionMarginDays, d.recertDecisionMarginDays);
    attrInt(n, "restoration-months", r.restorationMonths, d.restorationMonths);
    attrInt(n, "suspension-months", r.suspensionMonths, d.suspensionMonths);
    attrInt(n, "stage1-to-stage2-warn-days", r.stage1To2WarnDays, d.stage1To2WarnDays);
    attrInt(n, "at-risk-days", r.atRiskDays, d.atRiskDays);
    attrBool(n, "anniversary-surveillance", r.anniversarySurveillance, d.anniversarySurveillance);
    attrInt(n, "anniversary-before-months", r.anniversaryBeforeMonths, d.anniversaryBeforeMonths);
    attrInt(n, "anniversary-after-months", r.anniversaryAfterMonths, d.anniversaryAfterMonths);
    attrBool(n, "recert-stage1", r.recertStage1, d.recertStage1);
    attrInt(n, "special-audit-days", r.specialAuditDays, d.specialAuditDays);
    attrInt(n, "scope-extension-days", r.scopeExtensionDays, d.scopeExtensionDays);
    // Only the rows that differ from the defaults, each one whole.
    for (const auto& e : enumEntries<FindingOrigin>())
        for (const bool major : {true, false}) {
            const NcRule& rule = r.ncRules.at(e.value, major);
            if (rule == d.ncRules.at(e.value, major))
                continue;
            pugi::xml_node row = n.append_child("nc-rule");
            attrEnum(row, "audit", e.value, std::optional<FindingOrigin>());
            attrEnum(row, "class", major ? NcClass::Major : NcClass::Minor, std::optional<NcClass>());
            auto limit = [&row](const char* name, const std::optional<int>& v) {
                if (v)
                    row.append_attribute(name).set_value(std::to_string(*v).c_str());
            };
            limit("response-days", rule.responseDays);
            limit("verify-days", rule.verifyDays);
            limit("verify-months", rule.verifyMonths);
        }
}

// Only what differs from the defaults, rows in table order, fixed days in
// audit type order: the same rules always give the same bytes.
void writeAuditTime(pugi::xml_node cert, const std::optional<AuditTimeRules>& rules)
{
    if (!rules)
        return;
    const AuditTimeRules& r = *rules;
    const AuditTimeRules d;
    pugi::xml_node n = cert.append_child("audit-time");
    auto whole = [](pugi::xml_node x, const char* name, const std::optional<int>& v) {
        if (v)
            x.append_attribute(name).set_value(std::to_string(*v).c_str());
    };
    auto halves = [](pugi::xml_node x, const char* name, int halfDays) {
        x.append_attribute(name).set_value(limits::formatHalfDays(halfDays).c_str());
    };
    whole(n, "headcount", r.headcount);
    attrInt(n, "reduction-percent", r.reductionPercent, d.reductionPercent);
    attrInt(n, "integration-percent", r.integrationPercent, d.integrationPercent);
    attrInt(n, "stage1-percent", r.stage1Percent, d.stage1Percent);
    whole(n, "surveillance-percent", r.surveillancePercent);
    whole(n, "recertification-percent", r.recertificationPercent);
    whole(n, "above-persons", r.abovePersons);
    if (r.aboveHalfDays)
        halves(n, "above-days", *r.aboveHalfDays);
    for (const AuditTimeRow& row : r.table) {
        pugi::xml_node x = n.append_child("row");
        whole(x, "up-to", row.upToPersons);
        halves(x, "days", row.halfDays);
    }
    for (const auto& e : enumEntries<AuditType>())
        if (const auto& v = r.fixedHalfDays[static_cast<std::size_t>(e.value)]) {
            pugi::xml_node x = n.append_child("fixed");
            attrEnum(x, "audit", e.value, std::optional<AuditType>());
            halves(x, "days", *v);
        }
}

void writeCertification(pugi::xml_node root, const Plan& plan)
{
    if (!plan.certificates.empty()) {
        pugi::xml_node list = root.append_child("certificates");
        for (const auto& c : plan.certificates) {
            pugi::xml_node n = list.append_child("certificate");
            attrAlways(n, "id", c.id);
            attrAlways(n, "standard", c.standard);
            attr(n, "edition", c.edition);
            attr(n, "body", c.certificationBody);
            attr(n, "number", c.number);
            attrDate(n, "decision", c.decisionDate);
            attrDate(n, "withdrawn", c.withdrawn);
            textChild(n, "scope", c.scope);
            writeRules(n, c.rules);
            for (const auto& sp : c.suspensions) {
                pugi::xml_node x = n.append_child("suspension");
                attrDate(x, "from", sp.from);
                attrDate(x, "lift-by", sp.liftBy);
                attrDate(x, "lifted", sp.lifted);
                if (!sp.reason.empty())
                    setText(x, sp.reason);
            }
            writeAuditTime(n, c.auditTime);
        }
    }
    if (!plan.audits.empty()) {
        pugi::xml_node list = root.append_child("audits");
        for (const auto& a : plan.audits) {
            pugi::xml_node n = list.append_child("audit");
            attrAlways(n, "id", a.id);
            if (a.alsoCertificates.empty()) {
                attr(n, "certificate", a.certificate);
            } else {
                std::string ids = a.certificate;
                for (const auto& c : a.alsoCertificates)
                    ids += " " + c;
                attrAlways(n, "certificates", ids);
            }
            attrEnum(n, "type", a.type, std::optional<AuditType>());
            attrInt(n, "cycle", a.cycle, 1);
            attrDate(n, "planned", a.planned);
            attrInt(n, "days", a.durationDays, 1);
            attrEnum(n, "status", a.status, std::optional(AuditStatus::Planned));
            attr(n, "task", a.task);
            attr(n, "auditors", a.auditors);
            attrDate(n, "decision", a.decision);
            attr(n, "decision-task", a.decisionTask);
            attrDate(n, "trigger", a.trigger);
            attrDate(n, "due-by", a.dueBy);
            attrBool(n, "short-notice", a.shortNotice, false);
            attrBool(n, "counts-as-surveillance", a.countsAsSurveillance, false);
            textChild(n, "notes", a.notes);
        }
    }
    if (!plan.nonconformities.empty()) {
        pugi::xml_node list = root.append_child("nonconformities");
        for (const auto& x : plan.nonconformities) {
            pugi::xml_node n = list.append_child("nonconformity");
            attrAlways(n, "id", x.id);
            attrEnum(n, "source", x.source, std::optional<NcSource>());
            attrEnum(n, "class", x.ncClass, std::optional<NcClass>());
            attr(n, "clause", x.clause);
            attrDate(n, "raised", x.raised);
            attrDate(n, "due", x.due);
            attrEnum(n, "status", x.status, std::optional(NcStatus::Open));
            attr(n, "owner", x.owner);
            attr(n, "audit", x.audit);
            attr(n, "certificate", x.certificate);
            attrDate(n, "verified", x.verified);
            attrDate(n, "closed", x.closed);
            textChild(n, "description", x.description);
            textChild(n, "correction", x.correction);
            textChild(n, "root-cause", x.rootCause);
            textChild(n, "corrective-action", x.correctiveAction);
        }
    }
    if (!plan.documents.empty()) {
        pugi::xml_node list = root.append_child("documents");
        for (const auto& d : plan.documents) {
            pugi::xml_node n = list.append_child("document");
            attrAlways(n, "id", d.id);
            attrAlways(n, "title", d.title);
            attrEnum(n, "kind", d.kind, std::optional(DocumentKind::Document));
            attr(n, "clause", d.clause);
            attrBool(n, "mandatory", d.mandatory, false);
            attr(n, "owner", d.owner);
            attr(n, "version", d.version);
            attrEnum(n, "status", d.status, std::optional(DocumentStatus::Planned));
            attrDate(n, "approved", d.approved);
            attrDate(n, "next-review", d.nextReview);
            attr(n, "location", d.location);
        }
    }
}

struct StringWriter : pugi::xml_writer {
    std::string out;
    // pugixml escapes a carriage return in attribute values but writes it raw
    // in element text, where the next load would read it as a line feed (XML
    // end-of-line handling); the layout only uses '\n', so every raw CR here is
    // text and becomes a character reference.
    void write(const void* data, std::size_t size) override
    {
        const std::string_view chunk(static_cast<const char*>(data), size);
        for (std::size_t from = 0; from < chunk.size();) {
            const std::size_t cr = chunk.find('\r', from);
            out.append(chunk.substr(from, cr == std::string_view::npos ? std::string_view::npos : cr - from));
            if (cr == std::string_view::npos)
                break;
            out += "&#13;";
            from = cr + 1;
        }
    }
};

} // namespace

std::string writePlanToString(const Plan& plan)
{
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node root = doc.append_child(fileformat::kRoot);
    root.append_attribute("xmlns").set_value(fileformat::kNamespace);
    root.append_attribute("format").set_value(fileformat::kVersion);
    writeInfo(root, plan);
    writeCalendars(root, plan);
    writeResources(root, plan);
    writeTasks(root, plan);
    writeBaselines(root, plan);
    writeChecklists(root, plan);
    writeCertification(root, plan);

    StringWriter w;
    w.out.reserve(plan.tasks.size() * 200 + 4096);
    doc.save(w, "  ", pugi::format_indent, pugi::encoding_utf8);
    return std::move(w.out);
}

Result<Ok, std::string> checkPlanText(const std::string& text, const std::string& path)
{
    // A plan can hold values no plan file may (a date an edit or the audit
    // planning pushed past the supported range): such a file could not be
    // opened again, so it must not replace the one on disk. Reading the text
    // back is the one check that cannot drift from the loader.
    if (auto back = readPlanText(text, path); !back)
        return unexpected("not saved: the plan holds a value that a plan file cannot (" + back.error().message +
                          "); the file on disk is unchanged. Correct that value and save again");
    return Ok{};
}

Result<Ok, std::string> savePlanFile(const Plan& plan, const std::string& path)
{
    const std::string text = writePlanToString(plan);
    if (auto ok = checkPlanText(text, path); !ok)
        return ok;
    return writeFileAtomically(path, text);
}

} // namespace certplan
