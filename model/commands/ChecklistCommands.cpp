// SPDX-License-Identifier: MIT
#include "commands/ChecklistCommands.h"

#include "commands/SetValue.h"
#include "commands/TaskCommands.h"
#include "core/FieldLimits.h"
#include "core/TaskTree.h"
#include "lifecycle/Readiness.h"

#include <algorithm>

namespace certplan {

namespace {

CommandResult fail(std::string msg)
{
    return unexpected(std::move(msg));
}

ChangeSet checklistChange()
{
    ChangeSet c;
    c.checklists = true;
    return c;
}

ChangeSet certificationChange()
{
    ChangeSet c;
    c.certification = true;
    return c;
}

// Requirements are found again by id on every apply/revert.
CommandResult replaceRequirement(const Plan& plan, const Requirement& before, Requirement after, std::string label)
{
    if (after == before)
        return fail("nothing to change");
    const std::string id = before.id;
    return makeSetValue<Requirement>(
        std::move(label), checklistChange(), [id](Plan& p) -> Requirement& { return *p.findRequirement(id); }, plan,
        std::move(after));
}

std::string describe(const Requirement& r)
{
    return r.clause + " " + r.title;
}

Nonconformity& ncById(Plan& p, const std::string& id)
{
    return *std::find_if(p.nonconformities.begin(), p.nonconformities.end(),
                         [&](const Nonconformity& n) { return n.id == id; });
}

} // namespace

CommandResult setRequirementStatus(const Plan& plan, const std::string& requirement, RequirementStatus status,
                                   OptDate assessed, std::string justification)
{
    const Requirement* r = plan.findRequirement(requirement);
    if (!r)
        return fail("there is no requirement '" + requirement + "'");
    Requirement after = *r;
    after.status = status;
    if (!justification.empty())
        after.justification = std::move(justification);
    if (status == RequirementStatus::NotApplicable &&
        after.justification.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail("Cannot mark " + describe(*r) +
                    " not applicable without a justification: ISO/IEC 20000-1 allows no exclusions, so an auditor "
                    "will ask why");
    if (assessed)
        after.assessed = assessed;
    return replaceRequirement(plan, *r, std::move(after), "Set Requirement Status");
}

CommandResult setRequirementMaturity(const Plan& plan, const std::string& requirement, std::optional<int> maturity)
{
    const Requirement* r = plan.findRequirement(requirement);
    if (!r)
        return fail("there is no requirement '" + requirement + "'");
    if (maturity && (*maturity < 0 || *maturity > 5))
        return fail("maturity runs from 0 to 5");
    Requirement after = *r;
    after.maturity = maturity;
    return replaceRequirement(plan, *r, std::move(after), "Set Maturity");
}

CommandResult setRequirementOwner(const Plan& plan, const std::string& requirement, const std::string& owner)
{
    const Requirement* r = plan.findRequirement(requirement);
    if (!r)
        return fail("there is no requirement '" + requirement + "'");
    if (!owner.empty() && !plan.findResource(owner))
        return fail("there is no resource '" + owner + "'");
    Requirement after = *r;
    after.owner = owner;
    return replaceRequirement(plan, *r, std::move(after), "Set Requirement Owner");
}

CommandResult setRequirementNotes(const Plan& plan, const std::string& requirement, std::string notes)
{
    const Requirement* r = plan.findRequirement(requirement);
    if (!r)
        return fail("there is no requirement '" + requirement + "'");
    Requirement after = *r;
    after.notes = std::move(notes);
    return replaceRequirement(plan, *r, std::move(after), "Edit Requirement Notes");
}

CommandResult addRequirementEvidence(const Plan& plan, const std::string& requirement, Evidence evidence)
{
    const Requirement* r = plan.findRequirement(requirement);
    if (!r)
        return fail("there is no requirement '" + requirement + "'");
    if (evidence.ref.find_first_not_of(" \t") == std::string::npos)
        return fail("evidence needs a document id, path or URL");
    if (evidence.kind == EvidenceKind::Document && !plan.findDocument(evidence.ref))
        return fail("there is no document '" + evidence.ref + "' in the document register");
    Requirement after = *r;
    after.evidence.push_back(std::move(evidence));
    return replaceRequirement(plan, *r, std::move(after), "Add Evidence");
}

CommandResult addReadinessSnapshot(const Plan& plan, const std::string& checklist, Date when)
{
    const auto list = std::find_if(plan.checklists.begin(), plan.checklists.end(),
                                   [&](const Checklist& c) { return c.id == checklist; });
    if (list == plan.checklists.end())
        return fail("there is no checklist '" + checklist + "'");
    std::vector<ReadinessSnapshot> after = plan.snapshots;
    std::erase_if(after, [&](const ReadinessSnapshot& s) { return s.checklist == checklist && s.date == when; });
    after.push_back(takeSnapshot(*list, when));
    std::stable_sort(after.begin(), after.end(),
                     [](const ReadinessSnapshot& a, const ReadinessSnapshot& b) { return a.date < b.date; });
    return makeSetValue<std::vector<ReadinessSnapshot>>(
        "Record Readiness", checklistChange(),
        [](Plan& p) -> std::vector<ReadinessSnapshot>& { return p.snapshots; }, plan, std::move(after));
}

// Corrective work of every kind lives under one "Corrective actions" summary,
// made at the end of the plan the first time it is needed.
static CommandResult insertCorrective(const Plan& plan, Task task, const std::string& label)
{
    std::vector<Task> block;
    int position = static_cast<int>(plan.tasks.size());
    const int summary = plan.taskIndex(kCorrectiveSummaryId);
    if (summary < 0) {
        Task s;
        s.id = kCorrectiveSummaryId;
        s.name = "Corrective actions";
        s.notes = "Work that closes gaps and nonconformities; each task is linked to its requirement or nonconformity.";
        block.push_back(std::move(s));
        task.level = 1;
    } else {
        const Task& s = plan.tasks[static_cast<std::size_t>(summary)];
        if (s.milestone)
            return fail("Cannot create the corrective task: '" + s.name + "' is a milestone");
        position = TaskTree(plan.tasks).subtreeEnd(summary);
        task.level = s.level + 1;
    }
    block.push_back(std::move(task));
    return CommandPtr(std::make_unique<InsertTasks>(label, position, std::move(block)));
}

CommandResult createCorrectiveTask(const Plan& plan, const CorrectiveTaskSpec& spec)
{
    const Requirement* r = plan.findRequirement(spec.requirement);
    if (!r)
        return fail("there is no requirement '" + spec.requirement + "'");
    if (r->status != RequirementStatus::PartiallyConforming && r->status != RequirementStatus::Nonconforming)
        return fail("Cannot create a corrective task for " + describe(*r) + ": it is " +
                    std::string(enumLabel(r->status)) + ", so there is no gap to close");
    if (!limits::kCorrectiveDuration.allows(spec.durationDays))
        return fail(limits::kCorrectiveDuration.sentence());

    Task task;
    task.id = uniqueTaskId(plan, "gap");
    task.name = spec.name.empty() ? "Close gap " + describe(*r) : spec.name;
    task.durationDays = spec.durationDays;
    task.requirement = r->id;
    const std::string owner = spec.owner.empty() ? r->owner : spec.owner;
    if (!owner.empty())
        task.assignments.push_back({owner, 100});
    if (spec.due && spec.hardDue)
        task.constraint = {ConstraintType::FinishNoLaterThan, spec.due};
    else if (spec.due)
        task.deadline = spec.due;
    task.notes = r->guidance;
    if (auto problem = checkTaskFields(plan, task))
        return fail("Cannot create the corrective task: " + *problem);

    return insertCorrective(plan, std::move(task), "Create Corrective Task");
}

CommandResult createNonconformityTask(const Plan& plan, const NonconformityTaskSpec& spec)
{
    const Nonconformity* nc = plan.findNonconformity(spec.nonconformity);
    if (!nc)
        return fail("there is no nonconformity '" + spec.nonconformity + "'");
    if (nc->status == NcStatus::Verified || nc->status == NcStatus::Closed)
        return fail("nonconformity " + nc->id + " is already " + std::string(enumLabel(nc->status)));
    if (!limits::kCorrectiveDuration.allows(spec.durationDays))
        return fail(limits::kCorrectiveDuration.sentence());
    for (const Task& t : plan.tasks)
        if (t.nonconformity == nc->id)
            return fail("nonconformity " + nc->id + " already has a corrective task: '" + t.name + "'");
    Task task;
    task.id = uniqueTaskId(plan, "nc");
    std::string what = nc->description.substr(0, 60);
    if (nc->description.size() > 60)
        what += "...";
    task.name = "Correct " + nc->id + (nc->clause.empty() ? "" : " (" + nc->clause + ")") + ": " + what;
    task.durationDays = spec.durationDays;
    task.nonconformity = nc->id;
    const std::string owner = spec.owner.empty() ? nc->owner : spec.owner;
    if (!owner.empty())
        task.assignments.push_back({owner, 100});
    task.deadline = spec.due;
    task.notes = nc->correctiveAction.empty() ? nc->description : nc->correctiveAction;
    if (auto problem = checkTaskFields(plan, task))
        return fail("Cannot create the corrective task: " + *problem);
    return insertCorrective(plan, std::move(task), "Plan Corrective Action");
}

std::string uniqueNonconformityId(const Plan& plan)
{
    for (int n = static_cast<int>(plan.nonconformities.size()) + 1;; ++n) {
        std::string id = "nc-" + std::string(n < 10 ? "0" : "") + std::to_string(n);
        if (!plan.findNonconformity(id))
            return id;
    }
}

CommandResult addNonconformity(const Plan& plan, Nonconformity nc)
{
    if (nc.id.empty())
        nc.id = uniqueNonconformityId(plan);
    if (plan.findNonconformity(nc.id))
        return fail("a nonconformity with id '" + nc.id + "' already exists");
    if (nc.description.find_first_not_of(" \t\r\n") == std::string::npos)
        return fail("a nonconformity needs a description");
    if (!nc.owner.empty() && !plan.findResource(nc.owner))
        return fail("there is no resource '" + nc.owner + "'");
    if (!nc.audit.empty() && !plan.findAudit(nc.audit))
        return fail("there is no audit '" + nc.audit + "'");
    if (!nc.certificate.empty() && !plan.findCertificate(nc.certificate))
        return fail("there is no certificate '" + nc.certificate + "'");
    std::vector<Nonconformity> after = plan.nonconformities;
    after.push_back(std::move(nc));
    return makeSetValue<std::vector<Nonconformity>>(
        "Add Nonconformity", certificationChange(),
        [](Plan& p) -> std::vector<Nonconformity>& { return p.nonconformities; }, plan, std::move(after));
}

CommandResult setNonconformityStatus(const Plan& plan, const std::string& id, NcStatus status, Date when)
{
    const Nonconformity* nc = plan.findNonconformity(id);
    if (!nc)
        return fail("there is no nonconformity '" + id + "'");
    if (nc->status == status)
        return fail("nothing to change");
    if (when < nc->raised)
        return fail("the date is before the nonconformity was raised (" + formatIsoDate(nc->raised) + ")");
    Nonconformity after = *nc;
    after.status = status;
    // Going back (a failed verification) clears the later dates.
    if (status < NcStatus::Verified)
        after.verified.reset();
    if (status < NcStatus::Closed)
        after.closed.reset();
    if (status == NcStatus::Verified)
        after.verified = when;
    if (status == NcStatus::Closed)
        after.closed = when;
    return makeSetValue<Nonconformity>(
        "Set Nonconformity Status", certificationChange(), [id](Plan& p) -> Nonconformity& { return ncById(p, id); },
        plan, std::move(after));
}

} // namespace certplan
