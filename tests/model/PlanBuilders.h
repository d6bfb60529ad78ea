// SPDX-License-Identifier: MIT
#pragma once
// Plans built in code for tests. fullPlan() sets every field of every entity
// kind, uses every enum value at least once and holds text that is hard to
// store in XML, so a field the writer or reader forgets shows up as a
// round-trip difference.

#include "core/Plan.h"

#include <string>

namespace certplan::test {

inline Date d(int y, int m, int day)
{
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day));
}

// Text with everything XML escapes or normalises: markup characters, both
// quotes, non-ASCII, tabs and line breaks.
inline const std::string kAwkwardText = "Caf\u00e9 & \"Bar\" <b>'s</b> \u65e5\u672c > 5";
inline const std::string kMultiLineText = "First line\nsecond line, with\ttab\n\n  indented fourth line";

inline Task makeTask(std::string id, std::string name, int level, int duration)
{
    Task t;
    t.id = std::move(id);
    t.name = std::move(name);
    t.level = level;
    t.durationDays = duration;
    return t;
}

inline Task makeMilestone(std::string id, std::string name, int level)
{
    Task t = makeTask(std::move(id), std::move(name), level, 0);
    t.milestone = true;
    return t;
}

inline Plan minimalPlan()
{
    Plan p;
    p.info.title = "Minimal plan";
    p.info.start = d(2027, 1, 4);
    p.tasks.push_back(makeTask("t1", "Only task", 0, 5));
    return p;
}

inline void addCalendarsAndResources(Plan& p)
{
    Calendar company;
    company.id = "company";
    company.name = "Company calendar";
    company.week = WeekMask{0x1F};
    company.exceptions = {
        {d(2027, 5, 1), d(2027, 5, 1), false, "Labour day"},
        {d(2027, 5, 8), d(2027, 5, 8), true, "Catch-up Saturday"},
        {d(2027, 12, 24), d(2027, 12, 31), false, "Year-end shutdown " + kAwkwardText},
    };
    Calendar pmCal;
    pmCal.id = "pm-cal";
    pmCal.name = "Project manager (4-day week)";
    pmCal.base = "company";
    pmCal.week = WeekMask{0x0F};
    pmCal.exceptions = {{d(2027, 8, 2), d(2027, 8, 20), false, "Summer leave"}};
    Calendar weekend;
    weekend.id = "weekend-crew";
    weekend.name = "Weekend crew";
    weekend.week = WeekMask{0x60};
    p.calendars = {company, pmCal, weekend};

    p.resources = {
        {"pm", "Ana P\u00e9rez", ResourceKind::Person, "SMS manager", "ana@example.com", 80, "pm-cal"},
        {"auditor", "Certification body auditor", ResourceKind::External, "Lead auditor", "", 100, ""},
        {"team", "Process owners", ResourceKind::Team, "Process owner: \"change\" & release", "", 300, "company"},
        {"consultant", "Consultant", ResourceKind::Role, "", "", 50, ""},
    };
}

inline void addTasks(Plan& p)
{
    Task prep = makeTask("prep", "Preparation " + kAwkwardText, 0, 0);
    prep.constraint = {ConstraintType::StartNoEarlierThan, d(2027, 1, 11)};
    prep.deadline = d(2027, 6, 30);
    prep.notes = kMultiLineText;
    prep.sizing = Sizing{10, 20, 40};

    Task gap = makeTask("gap", "Gap analysis", 1, 10);
    gap.percentComplete = 100;
    gap.actualStart = d(2027, 1, 11);
    gap.actualFinish = d(2027, 1, 22);
    gap.assignments = {{"pm", 50}, {"consultant", 100}};
    gap.requirement = "r-4.1";
    gap.notes = "Interview \u00e9 process owners;\nsee <gap-report> & \"annex\"";
    gap.sizing = Sizing{5, 10, 20};
    gap.deadline = d(2027, 1, 29);

    Task docs = makeTask("docs", "Documentation", 1, 0);
    docs.constraint = {ConstraintType::FinishNoLaterThan, d(2027, 5, 28)};
    docs.predecessors = {{"gap", DependencyType::StartToStart, 4}};

    Task policy = makeTask("policy", "Write the SMS policy", 2, 5);
    policy.constraint = {ConstraintType::MustStartOn, d(2027, 2, 1)};
    policy.percentComplete = 40;
    policy.actualStart = d(2027, 2, 1);
    policy.assignments = {{"team", 200}};

    Task procs = makeTask("procs", "Write procedures", 2, 15);
    procs.constraint = {ConstraintType::FinishNoEarlierThan, d(2027, 3, 5)};
    procs.predecessors = {{"policy", DependencyType::StartToStart, -1}, {"gap", DependencyType::FinishToFinish, 3}};

    Task approved = makeMilestone("approved", "Documentation approved", 1);
    approved.constraint = {ConstraintType::AsLateAsPossible, std::nullopt};
    approved.predecessors = {{"procs", DependencyType::StartToFinish, 2}};

    Task audits = makeTask("audits", "Certification audits", 0, 0);
    audits.predecessors = {{"prep", DependencyType::FinishToStart, 5}};

    Task stage1 = makeTask("stage1", "Stage 1 audit", 1, 2);
    stage1.constraint = {ConstraintType::StartNoLaterThan, d(2027, 9, 6)};
    stage1.audit = "a-stage1";
    stage1.assignments = {{"auditor", 100}};

    Task fix = makeTask("fix", "Correct stage 1 findings", 1, 5);
    fix.nonconformity = "nc-1";
    fix.predecessors = {{"stage1", DependencyType::FinishToStart, 0}};

    Task stage2 = makeTask("stage2", "Stage 2 audit", 1, 3);
    stage2.constraint = {ConstraintType::MustFinishOn, d(2027, 11, 19)};
    stage2.audit = "a-stage2";
    stage2.predecessors = {{"fix", DependencyType::FinishToStart, 10}};

    Task cert = makeMilestone("cert", "Certificate issued", 1);
    cert.deadline = d(2027, 12, 15);
    cert.predecessors = {{"stage2", DependencyType::FinishToStart, 15}};

    p.tasks = {prep, gap, docs, policy, procs, approved, audits, stage1, fix, stage2, cert};
}

inline void addChecklists(Plan& p)
{
    Requirement context;
    context.id = "r-4.1";
    context.clause = "4.1";
    context.title = "Understanding the organization and its context";
    context.guidance = "Ask for the list of internal and external issues.";
    context.status = RequirementStatus::Conforming;
    context.maturity = 3;
    context.owner = "pm";
    context.notes = kMultiLineText;
    context.assessed = d(2027, 1, 20);
    context.evidence = {
        {EvidenceKind::Document, "doc-policy", d(2027, 1, 18), "Approved by the board"},
        {EvidenceKind::Path, "/srv/sms/context & issues.docx", std::nullopt, ""},
        {EvidenceKind::Url, "https://intranet.example.com/sms?a=1&b=\"2\"", d(2027, 1, 19), kAwkwardText},
    };
    Requirement change;
    change.id = "r-8.5.1";
    change.clause = "8.5.1";
    change.title = "Change management";
    change.status = RequirementStatus::PartiallyConforming;
    change.maturity = 0; // zero is a score, not "unset"
    Requirement na;
    na.id = "r-8.3.4";
    na.clause = "8.3.4";
    na.title = "Supplier management";
    na.status = RequirementStatus::NotApplicable;
    na.justification = "All suppliers are managed by the parent company's SMS.";
    Requirement audit;
    audit.id = "r-9.2";
    audit.clause = "9.2";
    audit.title = "Internal audit";
    audit.status = RequirementStatus::Nonconforming;
    Requirement improve;
    improve.id = "r-10";
    improve.clause = "10";
    improve.title = "Improvement";
    p.checklists = {
        {"iso20000", "ISO/IEC 20000-1", "2018", "ISO/IEC 20000-1:2018 requirements", {context, change, na, audit, improve}},
        {"internal", "Internal controls", "", "", {{"ic-1", "1", "Backups tested", "", RequirementStatus::NotAssessed,
                                                    std::nullopt, "", "", "", std::nullopt, {}}}},
    };
    p.snapshots = {
        {d(2027, 2, 1), "iso20000", 42.5, {{"4", 100.0}, {"8", 100.0 / 3.0}, {"10", 0.0}}},
        {d(2027, 3, 1), "iso20000", 0.1 + 0.2, {}},
    };
}

inline void addCertification(Plan& p)
{
    Certificate first;
    first.id = "c1";
    first.standard = "ISO/IEC 20000-1";
    first.edition = "2018";
    first.certificationBody = "Example Certification \"EC\" & Co";
    first.number = "GB-SMS-12345";
    first.scope = kMultiLineText;
    first.decisionDate = d(2028, 1, 15);
    first.rules.cycleYears = 4;
    first.rules.expiryDayBefore = true;
    first.rules.firstSurveillanceMonths = 10;
    first.rules.surveillanceIntervalMonths = 11;
    first.rules.recertWindowMonths = 5;
    first.rules.recertDecisionMarginDays = 45;
    first.rules.restorationMonths = 7;
    first.rules.stage1To2WarnDays = 120;
    first.rules.atRiskDays = 21;
    // Rows of the nonconformity table in every shape: days, months, nothing owed.
    first.rules.ncRules.at(FindingOrigin::Stage2, true) = {60, std::nullopt, 3};
    first.rules.ncRules.at(FindingOrigin::Surveillance, true) = {30, 75, std::nullopt};
    first.rules.ncRules.at(FindingOrigin::Transfer, false) = {std::nullopt, std::nullopt, std::nullopt};
    first.rules.ncRules.at(FindingOrigin::Internal, false) = {14, 0, std::nullopt};
    first.rules.suspensionMonths = 4;
    Certificate second;
    second.id = "c2";
    second.standard = "ISO/IEC 20000-1";
    second.suspensions = {{d(2028, 9, 1), "Surveillance not allowed at the required frequency " + kAwkwardText,
                           d(2029, 1, 1), d(2028, 11, 15)},
                          {d(2029, 6, 1), "", std::nullopt, std::nullopt}};
    second.withdrawn = d(2029, 12, 1);
    // Audit time with every setting, the body's rows and fixed days (half days).
    AuditTimeRules time;
    time.headcount = 120;
    time.reductionPercent = 10;
    time.integrationPercent = 5;
    time.stage1Percent = 25;
    time.surveillancePercent = 35;
    time.recertificationPercent = 70;
    time.table = {{10, 3}, {100, 9}, {500, 20}};
    time.abovePersons = 250;
    time.aboveHalfDays = 1;
    time.fixedHalfDays[static_cast<std::size_t>(AuditType::Transfer)] = 1;
    time.fixedHalfDays[static_cast<std::size_t>(AuditType::Stage2)] = 0;
    second.auditTime = time;
    p.certificates = {first, second};

    p.audits = {
        {"a-stage1", "c1", AuditType::Stage1, 1, d(2027, 9, 6), 2, "A. Auditor; B. Auditor", AuditStatus::Confirmed,
         "stage1", "Remote, " + kAwkwardText, std::nullopt, "", {}, {}, false, false, {}},
        {"a-stage2", "c1", AuditType::Stage2, 1, std::nullopt, 3, "", AuditStatus::Completed, "stage2", "", std::nullopt, "cert", {}, {}, false, false, {}},
        {"a-surv1", "c1", AuditType::Surveillance, 1, d(2028, 9, 4), 1, "", AuditStatus::Planned, "", "", std::nullopt, "", {}, {}, false, false, {}},
        {"a-recert", "c1", AuditType::Recertification, 2, d(2030, 9, 2), 0, "", AuditStatus::Cancelled, "", "", d(2031, 1, 10), "", {}, {}, false, false, {}},
        {"a-special", "", AuditType::Special, 1, std::nullopt, 1, "", AuditStatus::Planned, "", kMultiLineText, std::nullopt, "", {}, {}, false, false, {}},
        {"a-transfer", "c2", AuditType::Transfer, 3, d(2031, 1, 6), 1, "", AuditStatus::Planned, "", "", std::nullopt, "", {}, {}, false, false, {}},
        {"a-extension", "c1", AuditType::ScopeExtension, 1, d(2028, 9, 5), 2, "", AuditStatus::Confirmed, "", "",
         std::nullopt, "", d(2028, 6, 1), d(2028, 9, 30), true, true, {"c2"}},
    };

    Nonconformity major;
    major.id = "nc-1";
    major.source = NcSource::Stage1;
    major.ncClass = NcClass::Major;
    major.clause = "8.5.1";
    major.description = "No evidence of change evaluation.\nTwo samples failed.";
    major.correction = "Evaluate open changes";
    major.rootCause = "Procedure <draft> not \"approved\"";
    major.correctiveAction = "Approve & train";
    major.owner = "pm";
    major.raised = d(2027, 9, 7);
    major.audit = "a-stage1";
    major.certificate = "c1";
    major.due = d(2027, 10, 7);
    major.status = NcStatus::Implemented;
    major.verified = d(2027, 10, 20);
    major.closed = d(2027, 10, 21);
    p.nonconformities = {major};
    // One more per remaining source, cycling through classes and statuses.
    const NcSource sources[] = {NcSource::GapAnalysis, NcSource::InternalAudit, NcSource::Stage2,
                                NcSource::Surveillance, NcSource::Recertification, NcSource::Complaint};
    const NcClass classes[] = {NcClass::Minor, NcClass::Observation, NcClass::OpportunityForImprovement};
    const NcStatus statuses[] = {NcStatus::Open, NcStatus::PlanAccepted, NcStatus::Verified, NcStatus::Closed};
    for (int i = 0; i < 6; ++i) {
        Nonconformity nc;
        nc.id = "nc-" + std::to_string(i + 2);
        nc.source = sources[i];
        nc.ncClass = classes[i % 3];
        nc.status = statuses[i % 4];
        nc.raised = d(2027, 2, 1 + i);
        p.nonconformities.push_back(nc);
    }

    p.documents = {
        {"doc-policy", "Service management policy", DocumentKind::Document, "5.2", true, "pm", "1.2",
         DocumentStatus::Approved, d(2027, 1, 18), d(2028, 1, 18), "https://intranet.example.com/policy?v=1&x=2"},
        {"doc-audit-log", "Internal audit records " + kAwkwardText, DocumentKind::Record, "9.2", false, "", "",
         DocumentStatus::Planned, std::nullopt, std::nullopt, ""},
        {"doc-draft", "Change procedure", DocumentKind::Document, "", false, "", "0.1", DocumentStatus::Draft,
         std::nullopt, std::nullopt, ""},
        {"doc-review", "Capacity plan", DocumentKind::Document, "", false, "", "", DocumentStatus::InReview,
         std::nullopt, std::nullopt, ""},
        {"doc-published", "Service catalogue", DocumentKind::Document, "8.2.4", true, "team", "3",
         DocumentStatus::Published, d(2027, 4, 1), std::nullopt, "/srv/sms/catalogue.pdf"},
    };
}

// Every entity kind with every field set (see the file comment).
inline Plan fullPlan()
{
    Plan p;
    p.info.title = "ISO/IEC 20000-1 certification: " + kAwkwardText;
    p.info.organization = "Example & Sons <Ltd>";
    p.info.standard = "ISO/IEC 20000-1";
    p.info.edition = "2018";
    p.info.scope = kMultiLineText;
    p.info.certificationBody = "Example Certification \"EC\"";
    p.info.size = OrganizationSize::Large;
    p.info.start = d(2027, 1, 4);
    p.info.direction = PlanningDirection::Backward;
    p.info.target = d(2027, 11, 19);
    p.info.targetTask = "stage2";
    p.info.statusDate = d(2027, 3, 1);
    p.info.calendar = "company";
    p.templateInfo = TemplateInfo{"example:1", "Example template \u00e9", "What it is for,\non two lines."};
    addCalendarsAndResources(p);
    addTasks(p);
    p.baselines = {
        {"Initial plan", d(2027, 1, 4), {{"gap", d(2027, 1, 11), d(2027, 1, 22), 10}, {"cert", d(2027, 12, 1), d(2027, 12, 1), 0}}},
        {"Re-plan \u00e9", d(2027, 3, 1), {}},
    };
    addChecklists(p);
    addCertification(p);
    return p;
}

} // namespace certplan::test
