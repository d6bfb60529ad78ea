// SPDX-License-Identifier: MIT
// Reading the certification half of a plan: checklists, readiness history,
// certificates and their rules, audits, nonconformities, documents.
#include "io/ReadState.h"

#include <algorithm>

namespace certplan::io {

namespace {
using Code = LoadIssue::Code;

// A limit given as an attribute, or nothing when the attribute is absent.
std::optional<int> optionalLimit(XmlContext& ctx, const pugi::xml_node& n, const char* attr,
                                 const limits::WholeNumber& limit)
{
    if (!n.attribute(attr))
        return std::nullopt;
    return ctx.integer(n, attr, 0, limit);
}

// One <nc-rule>: the whole rule for its audit kind and grade (an absent limit
// means none is owed); rows not given keep their defaults.
void readNcRule(XmlContext& ctx, const pugi::xml_node& n, NcRuleTable& table, std::vector<std::string>& seen)
{
    ctx.checkKnown(n, {"audit", "class", "response-days", "verify-days", "verify-months"});
    if (!n.attribute("audit"))
        ctx.fail(Code::MissingField, n, XmlContext::describe(n) + " is missing the required attribute 'audit' (" +
                                            enumKeyList<FindingOrigin>() + ")");
    if (!n.attribute("class"))
        ctx.fail(Code::MissingField, n, XmlContext::describe(n) + " is missing the required attribute 'class' (major or minor)");
    const FindingOrigin origin = ctx.enumeration(n, "audit", FindingOrigin::Internal, "kind of audit");
    const NcClass grade = ctx.enumeration(n, "class", NcClass::Major, "nonconformity class");
    if (grade != NcClass::Major && grade != NcClass::Minor)
        ctx.fail(Code::InvalidValue, n.attribute("class"),
                 "nonconformity rules are set for major and minor findings only (observations and opportunities "
                 "for improvement owe nothing)");
    const std::string key = std::string(enumKey(origin)) + " " + std::string(enumKey(grade));
    if (std::find(seen.begin(), seen.end(), key) != seen.end())
        ctx.fail(Code::DuplicateId, n, "the nonconformity rule for " + key + " findings is given twice");
    seen.push_back(key);
    if (n.attribute("verify-days") && n.attribute("verify-months"))
        ctx.fail(Code::InvalidValue, n.attribute("verify-months"),
                 "give the verification limit either in days (verify-days) or in months (verify-months), not both");
    NcRule& r = table.at(origin, grade == NcClass::Major);
    r.responseDays = optionalLimit(ctx, n, "response-days", limits::kPeriodDays);
    r.verifyDays = optionalLimit(ctx, n, "verify-days", limits::kPeriodDays);
    r.verifyMonths = optionalLimit(ctx, n, "verify-months", limits::kPeriodMonths);
}

// Before the rule table, three numbers set the limits for all audits. They
// still load, into the rows they used to govern, and are saved as rows.
void readLegacyNcLimits(XmlContext& ctx, const pugi::xml_node& n, NcRuleTable& t)
{
    constexpr FindingOrigin kAll[] = {FindingOrigin::Internal,        FindingOrigin::Stage1,  FindingOrigin::Stage2,
                                      FindingOrigin::Surveillance,    FindingOrigin::Recertification,
                                      FindingOrigin::Special,         FindingOrigin::Transfer};
    bool any = false;
    if (n.attribute("major-nc-verify-months")) {
        any = true;
        const int months = ctx.integer(n, "major-nc-verify-months", 6, limits::kPeriodMonths);
        // It was documented as the stage 2 limit (and applied to findings without an audit).
        for (FindingOrigin o : {FindingOrigin::Internal, FindingOrigin::Stage1, FindingOrigin::Stage2}) {
            t.at(o, true).verifyMonths = months;
            t.at(o, true).verifyDays.reset();
        }
    }
    if (n.attribute("nc-response-days")) {
        any = true;
        const int days = ctx.integer(n, "nc-response-days", 90, limits::kPeriodDays);
        for (FindingOrigin o : kAll)
            t.at(o, true).responseDays = days;
    }
    if (n.attribute("minor-nc-response-days")) {
        any = true;
        const int days = ctx.integer(n, "minor-nc-response-days", 90, limits::kPeriodDays);
        for (FindingOrigin o : kAll)
            t.at(o, false).responseDays = days;
    }
    if (any)
        ctx.warn(Code::Unknown, ctx.positionOf(n),
                 "major-nc-verify-months, nc-response-days and minor-nc-response-days are replaced by <nc-rule> "
                 "rows per audit kind and grade; their values were applied and are saved as rows");
}

// The programme rules' attributes: on <rules> (the form written) or, in
// older files, on <certificate> itself.
constexpr const char* kRuleAttributes[] = {
    "cycle-years",          "expiry-day-before",          "first-surveillance-months", "surveillance-interval-months",
    "recert-window-months", "recert-decision-margin-days", "restoration-months",       "major-nc-verify-months",
    "nc-response-days",     "minor-nc-response-days",     "stage1-to-stage2-warn-days", "at-risk-days",
    "suspension-months",    "anniversary-surveillance",   "anniversary-before-months", "anniversary-after-months",
    "recert-stage1",        "special-audit-days",         "scope-extension-days"};

void readRuleAttributes(XmlContext& ctx, const pugi::xml_node& n, ProgrammeRules& r)
{
    r.cycleYears = ctx.integer(n, "cycle-years", r.cycleYears, limits::kCycleYears);
    r.expiryDayBefore = ctx.boolean(n, "expiry-day-before", r.expiryDayBefore);
    r.firstSurveillanceMonths =
        ctx.integer(n, "first-surveillance-months", r.firstSurveillanceMonths, limits::kIntervalMonths);
    r.surveillanceIntervalMonths =
        ctx.integer(n, "surveillance-interval-months", r.surveillanceIntervalMonths, limits::kIntervalMonths);
    r.recertWindowMonths = ctx.integer(n, "recert-window-months", r.recertWindowMonths, limits::kPeriodMonths);
    r.recertDecisionMarginDays =
        ctx.integer(n, "recert-decision-margin-days", r.recertDecisionMarginDays, limits::kPeriodDays);
    r.restorationMonths = ctx.integer(n, "restoration-months", r.restorationMonths, limits::kPeriodMonths);
    r.suspensionMonths = ctx.integer(n, "suspension-months", r.suspensionMonths, limits::kPeriodMonths);
    r.stage1To2WarnDays = ctx.integer(n, "stage1-to-stage2-warn-days", r.stage1To2WarnDays, limits::kPeriodDays);
    r.atRiskDays = ctx.integer(n, "at-risk-days", r.atRiskDays, limits::kPeriodDays);
    r.anniversarySurveillance = ctx.boolean(n, "anniversary-surveillance", r.anniversarySurveillance);
    r.anniversaryBeforeMonths =
        ctx.integer(n, "anniversary-before-months", r.anniversaryBeforeMonths, limits::kToleranceMonths);
    r.anniversaryAfterMonths =
        ctx.integer(n, "anniversary-after-months", r.anniversaryAfterMonths, limits::kToleranceMonths);
    r.recertStage1 = ctx.boolean(n, "recert-stage1", r.recertStage1);
    r.specialAuditDays = ctx.integer(n, "special-audit-days", r.specialAuditDays, limits::kPeriodDays);
    r.scopeExtensionDays = ctx.integer(n, "scope-extension-days", r.scopeExtensionDays, limits::kPeriodDays);
    // A tolerance without the anniversary timing it belongs to is never used: say so.
    if (!r.anniversarySurveillance)
        for (const char* name : {"anniversary-before-months", "anniversary-after-months"})
            if (const pugi::xml_attribute a = n.attribute(name))
                ctx.warn(Code::Contradiction, ctx.positionOf(a),
                         std::string(name) + " is set but anniversary-surveillance is not true: surveillance is "
                                             "timed by intervals from the decision, so the tolerance is not used");
    readLegacyNcLimits(ctx, n, r.ncRules);
}

void readRules(XmlContext& ctx, const pugi::xml_node& n, ProgrammeRules& r)
{
    if (!n)
        return;
    ctx.checkKnown(n, {"cycle-years", "expiry-day-before", "first-surveillance-months", "surveillance-interval-months",
                       "recert-window-months", "recert-decision-margin-days", "restoration-months",
                       "major-nc-verify-months", "nc-response-days", "minor-nc-response-days",
                       "stage1-to-stage2-warn-days", "at-risk-days", "suspension-months", "anniversary-surveillance",
                       "anniversary-before-months", "anniversary-after-months", "recert-stage1", "special-audit-days",
                       "scope-extension-days"},
                   {"nc-rule"});
    readRuleAttributes(ctx, n, r);
    std::vector<std::string> seen;
    for (const auto& row : n.children("nc-rule"))
        readNcRule(ctx, row, r.ncRules, seen);
}

Suspension readSuspension(XmlContext& ctx, const pugi::xml_node& n)
{
    ctx.checkKnown(n, {"from", "lift-by", "lifted"});
    Suspension s;
    s.from = ctx.requiredDate(n, "from", "the first day of the suspension");
    s.liftBy = ctx.date(n, "lift-by");
    s.lifted = ctx.date(n, "lifted");
    s.reason = n.text().get();
    for (const char* attr : {"lift-by", "lifted"}) {
        const OptDate d = std::string_view(attr) == "lifted" ? s.lifted : s.liftBy;
        if (d && *d < s.from)
            ctx.fail(Code::InvalidValue, n.attribute(attr),
                     std::string(attr) + " (" + formatIsoDate(*d) + ") is before the suspension began (" +
                         formatIsoDate(s.from) + ")");
    }
    return s;
}

// Files written by hand after an older README put the rules on <certificate>
// itself. They are read, and saved as a <rules> child; given both ways they
// are refused, since the two could disagree.
void readRulesOnCertificate(XmlContext& ctx, const pugi::xml_node& c, ProgrammeRules& r)
{
    pugi::xml_attribute first;
    for (const char* name : kRuleAttributes)
        if (const pugi::xml_attribute a = c.attribute(name); a && !first)
            first = a;
    if (!first)
        return;
    if (c.child("rules"))
        ctx.fail(Code::InvalidValue, first,
                 "the programme rules are given twice: as attributes of <certificate> (" + std::string(first.name()) +
                     ") and in its <rules> child; keep them in <rules> only");
    readRuleAttributes(ctx, c, r);
    ctx.warn(Code::Unknown, ctx.positionOf(first),
             "programme rules as attributes of <certificate> are an older form: they were read, and are saved in a "
             "<rules> child");
}

// certificates="c1 c2": a combined audit (IAF MD 11) counting for each; the
// first becomes Audit::certificate. Each id once; not together with
// certificate="...", which could disagree. Whether the ids exist is checked
// with the other references (ReadValidation.cpp), at the id's own column.
void readAuditCertificates(XmlContext& ctx, const pugi::xml_node& a, Audit& audit)
{
    const pugi::xml_attribute list = a.attribute("certificates");
    if (!list)
        return;
    if (a.attribute("certificate"))
        ctx.fail(Code::InvalidValue, list,
                 "give either certificate (one) or certificates (a combined audit), not both");
    const std::string_view text = list.value();
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
            ++i;
            continue;
        }
        const std::size_t end = text.find_first_of(" \t\n\r", i);
        const std::string id(text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            ctx.fail(Code::InvalidValue, ctx.positionInValue(list, i),
                     "certificate '" + id + "' is listed twice in certificates");
        ids.push_back(id);
        i = end == std::string_view::npos ? text.size() : end;
    }
    if (ids.empty())
        ctx.fail(Code::InvalidValue, list, "certificates lists no certificate (give one or more ids separated by blanks)");
    audit.certificate = ids.front();
    audit.alsoCertificates.assign(ids.begin() + 1, ids.end());
}

// The window of a special or scope extension audit, and the flags that only
// make sense for some kinds of audit.
void readAuditWindow(XmlContext& ctx, const pugi::xml_node& a, Audit& audit)
{
    audit.trigger = ctx.date(a, "trigger");
    audit.dueBy = ctx.date(a, "due-by");
    audit.shortNotice = ctx.boolean(a, "short-notice", false);
    audit.countsAsSurveillance = ctx.boolean(a, "counts-as-surveillance", false);
    const bool windowed = audit.type == AuditType::Special || audit.type == AuditType::ScopeExtension;
    for (const char* attr : {"trigger", "due-by"})
        if (a.attribute(attr) && !windowed)
            ctx.fail(Code::InvalidValue, a.attribute(attr),
                     std::string(attr) + " is given for special and scope extension audits only (this one is " +
                         std::string(enumKey(audit.type)) + "; its window comes from the programme rules)");
    if (audit.countsAsSurveillance && audit.type != AuditType::ScopeExtension)
        ctx.fail(Code::InvalidValue, a.attribute("counts-as-surveillance"),
                 "counts-as-surveillance is given for scope extension audits only");
    if (audit.trigger && audit.dueBy && *audit.dueBy < *audit.trigger)
        ctx.fail(Code::InvalidValue, a.attribute("due-by"),
                 "due-by (" + formatIsoDate(*audit.dueBy) + ") is before the trigger (" +
                     formatIsoDate(*audit.trigger) + ")");
}

} // namespace

void readChecklists(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"checklist"});
    for (const auto& c : n.children("checklist")) {
        ctx.checkKnown(c, {"id", "standard", "edition", "title"}, {"requirement"});
        Checklist list;
        list.id = ctx.required(c, "id", "a unique checklist id");
        list.standard = ctx.required(c, "standard", "the standard it checks, e.g. ISO/IEC 20000-1");
        list.edition = ctx.optional(c, "edition");
        list.title = ctx.optional(c, "title");
        for (const auto& r : c.children("requirement")) {
            ctx.checkKnown(r, {"id", "clause", "title", "status", "maturity", "owner", "assessed"},
                           {"guidance", "notes", "justification", "evidence"});
            Requirement req;
            req.id = ctx.required(r, "id", "a unique requirement id");
            req.clause = ctx.required(r, "clause", "the clause number, e.g. 8.5.1");
            req.title = ctx.required(r, "title", "the clause title");
            req.status = ctx.enumeration(r, "status", RequirementStatus::NotAssessed, "requirement status");
            if (r.attribute("maturity"))
                req.maturity = ctx.integer(r, "maturity", 0, limits::kMaturity);
            req.owner = ctx.optional(r, "owner");
            req.assessed = ctx.date(r, "assessed");
            req.guidance = ctx.text(r, "guidance");
            req.notes = ctx.text(r, "notes");
            req.justification = ctx.text(r, "justification");
            std::vector<pugi::xml_node> evNodes;
            for (const auto& e : r.children("evidence")) {
                ctx.checkKnown(e, {"kind", "ref", "date"});
                Evidence ev;
                ev.kind = ctx.enumeration(e, "kind", EvidenceKind::Document, "evidence kind");
                ev.ref = ctx.required(e, "ref", "a document id, file path or URL");
                ev.date = ctx.date(e, "date");
                ev.note = e.text().get();
                req.evidence.push_back(std::move(ev));
                evNodes.push_back(e);
            }
            if (req.status == RequirementStatus::NotApplicable && req.justification.empty())
                ctx.warn(Code::MissingField, ctx.positionOf(r),
                         "requirement " + req.clause + " is marked not applicable without a justification; "
                         "ISO/IEC 20000-1 allows no exclusions, so auditors will ask why");
            list.items.push_back(std::move(req));
            st.requirementNodes.push_back(r);
            st.evidenceNodes.push_back(std::move(evNodes));
        }
        st.plan.checklists.push_back(std::move(list));
        st.checklistNodes.push_back(c);
    }
}

void readReadiness(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"snapshot"});
    for (const auto& s : n.children("snapshot")) {
        ctx.checkKnown(s, {"date", "checklist", "overall"}, {"clause"});
        ReadinessSnapshot snap;
        snap.date = ctx.requiredDate(s, "date", "the day of the snapshot");
        snap.checklist = ctx.required(s, "checklist", "the checklist id");
        snap.overall = ctx.number(s, "overall", 0, limits::kScore);
        for (const auto& c : s.children("clause")) {
            ctx.checkKnown(c, {"id", "percent"});
            snap.clauses.push_back({ctx.required(c, "id", "the clause number"), ctx.number(c, "percent", 0, limits::kScore)});
        }
        st.plan.snapshots.push_back(std::move(snap));
        st.snapshotNodes.push_back(s);
    }
}

void readCertificates(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"certificate"});
    for (const auto& c : n.children("certificate")) {
        ctx.checkKnown(c,
                       {"id", "standard", "edition", "body", "number", "decision", "cycle-years", "expiry-day-before",
                        "first-surveillance-months", "surveillance-interval-months", "recert-window-months",
                        "recert-decision-margin-days", "restoration-months", "major-nc-verify-months",
                        "nc-response-days", "minor-nc-response-days", "stage1-to-stage2-warn-days", "at-risk-days",
                        "suspension-months", "anniversary-surveillance", "anniversary-before-months",
                        "anniversary-after-months", "recert-stage1", "special-audit-days", "scope-extension-days",
                        "withdrawn"},
                       {"scope", "rules", "suspension", "audit-time"});
        Certificate cert;
        cert.id = ctx.required(c, "id", "a unique certificate id");
        cert.standard = ctx.required(c, "standard", "the certified standard");
        cert.edition = ctx.optional(c, "edition");
        cert.certificationBody = ctx.optional(c, "body");
        cert.number = ctx.optional(c, "number");
        cert.decisionDate = ctx.date(c, "decision");
        cert.scope = ctx.text(c, "scope");
        readRules(ctx, c.child("rules"), cert.rules);
        readRulesOnCertificate(ctx, c, cert.rules);
        cert.withdrawn = ctx.date(c, "withdrawn");
        for (const auto& sp : c.children("suspension"))
            cert.suspensions.push_back(readSuspension(ctx, sp));
        if (const pugi::xml_node at = c.child("audit-time"))
            cert.auditTime = readAuditTime(ctx, at);
        if (cert.withdrawn && cert.decisionDate && *cert.withdrawn < *cert.decisionDate)
            ctx.fail(Code::InvalidValue, c.attribute("withdrawn"),
                     "the certificate is withdrawn (" + formatIsoDate(*cert.withdrawn) +
                         ") before it was granted (" + formatIsoDate(*cert.decisionDate) + ")");
        st.plan.certificates.push_back(std::move(cert));
        st.certificateNodes.push_back(c);
    }
}

void readAudits(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"audit"});
    for (const auto& a : n.children("audit")) {
        ctx.checkKnown(a, {"id", "certificate", "certificates", "type", "cycle", "planned", "days", "status", "task",
                           "auditors", "decision", "decision-task", "trigger", "due-by", "short-notice",
                           "counts-as-surveillance"},
                       {"notes"});
        Audit audit;
        audit.id = ctx.required(a, "id", "a unique audit id");
        audit.certificate = ctx.optional(a, "certificate");
        readAuditCertificates(ctx, a, audit);
        if (!a.attribute("type"))
            ctx.fail(Code::MissingField, a, XmlContext::describe(a) + " is missing the required attribute 'type' (" +
                                                enumKeyList<AuditType>() + ")");
        audit.type = ctx.enumeration(a, "type", AuditType::Stage1, "audit type");
        audit.cycle = ctx.integer(a, "cycle", 1, limits::kAuditCycle);
        audit.planned = ctx.date(a, "planned");
        audit.durationDays = ctx.integer(a, "days", 1, limits::kAuditDays);
        audit.status = ctx.enumeration(a, "status", AuditStatus::Planned, "audit status");
        audit.task = ctx.optional(a, "task");
        audit.auditors = ctx.optional(a, "auditors");
        audit.decision = ctx.date(a, "decision");
        audit.decisionTask = ctx.optional(a, "decision-task");
        audit.notes = ctx.text(a, "notes");
        readAuditWindow(ctx, a, audit);
        st.plan.audits.push_back(std::move(audit));
        st.auditNodes.push_back(a);
    }
}

void readNonconformities(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"nonconformity"});
    for (const auto& x : n.children("nonconformity")) {
        ctx.checkKnown(x, {"id", "source", "class", "clause", "raised", "due", "status", "owner", "audit", "certificate",
                           "verified", "closed"},
                       {"description", "correction", "root-cause", "corrective-action"});
        Nonconformity nc;
        nc.id = ctx.required(x, "id", "a unique nonconformity id");
        nc.source = ctx.enumeration(x, "source", NcSource::InternalAudit, "nonconformity source");
        if (!x.attribute("class"))
            ctx.fail(Code::MissingField, x, XmlContext::describe(x) + " is missing the required attribute 'class' (" +
                                                enumKeyList<NcClass>() + ")");
        nc.ncClass = ctx.enumeration(x, "class", NcClass::Minor, "nonconformity class");
        nc.clause = ctx.optional(x, "clause");
        nc.raised = ctx.requiredDate(x, "raised", "the day it was raised");
        nc.due = ctx.date(x, "due");
        nc.status = ctx.enumeration(x, "status", NcStatus::Open, "nonconformity status");
        nc.owner = ctx.optional(x, "owner");
        nc.audit = ctx.optional(x, "audit");
        nc.certificate = ctx.optional(x, "certificate");
        nc.verified = ctx.date(x, "verified");
        nc.closed = ctx.date(x, "closed");
        nc.description = ctx.text(x, "description");
        nc.correction = ctx.text(x, "correction");
        nc.rootCause = ctx.text(x, "root-cause");
        nc.correctiveAction = ctx.text(x, "corrective-action");
        st.plan.nonconformities.push_back(std::move(nc));
        st.ncNodes.push_back(x);
    }
}

void readDocuments(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"document"});
    for (const auto& d : n.children("document")) {
        ctx.checkKnown(d, {"id", "title", "kind", "clause", "mandatory", "owner", "version", "status", "approved",
                           "next-review", "location"});
        DocumentEntry doc;
        doc.id = ctx.required(d, "id", "a unique document id");
        doc.title = ctx.required(d, "title", "the document title");
        doc.kind = ctx.enumeration(d, "kind", DocumentKind::Document, "document kind");
        doc.clause = ctx.optional(d, "clause");
        doc.mandatory = ctx.boolean(d, "mandatory", false);
        doc.owner = ctx.optional(d, "owner");
        doc.version = ctx.optional(d, "version");
        doc.status = ctx.enumeration(d, "status", DocumentStatus::Planned, "document status");
        doc.approved = ctx.date(d, "approved");
        doc.nextReview = ctx.date(d, "next-review");
        doc.location = ctx.optional(d, "location");
        st.plan.documents.push_back(std::move(doc));
        st.documentNodes.push_back(d);
    }
}

} // namespace certplan::io
