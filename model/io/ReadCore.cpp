// SPDX-License-Identifier: MIT
// Reading the planning half of a plan: info, calendars, resources, tasks, baselines.
#include "io/ReadState.h"

namespace certplan::io {

namespace {

using Code = LoadIssue::Code;
constexpr int kMaxDepth = 64; // deeper nesting is damage, not a plan

bool isTaskElement(const pugi::xml_node& n)
{
    const std::string_view name = n.name();
    return n.type() == pugi::node_element && (name == "task" || name == "milestone");
}

void readConstraint(ReadState& st, const pugi::xml_node& n, Task& t, bool summary)
{
    XmlContext& ctx = st.ctx;
    t.constraint.type = ctx.enumeration(n, "constraint", ConstraintType::AsSoonAsPossible, "constraint");
    t.constraint.date = ctx.date(n, "constraint-date");
    if (constraintNeedsDate(t.constraint.type) && !t.constraint.date)
        ctx.fail(Code::MissingField, n.attribute("constraint"),
                 XmlContext::describe(n) + " has the constraint '" + std::string(enumKey(t.constraint.type)) +
                     "', which needs a date: add constraint-date=\"YYYY-MM-DD\"");
    if (!constraintNeedsDate(t.constraint.type) && t.constraint.date) {
        ctx.warn(Code::Unknown, ctx.positionOf(n.attribute("constraint-date")),
                 XmlContext::describe(n) + ": constraint-date is ignored for '" +
                     std::string(enumKey(t.constraint.type)) + "'");
        t.constraint.date.reset();
    }
    if (summary && t.constraint.type != ConstraintType::AsSoonAsPossible &&
        t.constraint.type != ConstraintType::StartNoEarlierThan &&
        t.constraint.type != ConstraintType::FinishNoLaterThan)
        ctx.fail(Code::InvalidValue, n.attribute("constraint"),
                 "summary task " + XmlContext::describe(n) + " has the constraint '" +
                     std::string(enumKey(t.constraint.type)) +
                     "'; a summary takes only start-no-earlier-than or finish-no-later-than (put other constraints on its subtasks)");
}

void readTask(ReadState& st, const pugi::xml_node& n, int level)
{
    XmlContext& ctx = st.ctx;
    if (level >= kMaxDepth)
        ctx.fail(Code::InvalidValue, n, "tasks are nested more than " + std::to_string(kMaxDepth) + " levels deep");
    const bool milestone = std::string_view(n.name()) == "milestone";
    bool hasChildren = false;
    for (const auto& c : n.children())
        hasChildren = hasChildren || isTaskElement(c);
    if (milestone && hasChildren)
        ctx.fail(Code::InvalidValue, n, "milestone " + XmlContext::describe(n) + " contains tasks; only tasks can have subtasks");

    ctx.checkKnown(n,
                   {"id", "name", "duration", "constraint", "constraint-date", "deadline", "complete", "actual-start",
                    "actual-finish", "requirement", "nonconformity", "audit"},
                   {"task", "milestone", "sizing", "predecessor", "assignment", "notes"});
    Task t;
    t.id = ctx.required(n, "id", "a unique task id");
    t.name = ctx.required(n, "name", "the task name");
    t.level = level;
    t.milestone = milestone;
    if (milestone) {
        if (const auto d = n.attribute("duration"))
            ctx.fail(Code::InvalidValue, d, "milestone " + XmlContext::describe(n) + " has a duration; milestones take no time");
    } else if (hasChildren) {
        if (const auto d = n.attribute("duration"))
            ctx.warn(Code::Unknown, ctx.positionOf(d),
                     "summary task " + XmlContext::describe(n) + ": duration is ignored; its dates come from its subtasks");
    } else {
        if (!n.attribute("duration"))
            ctx.fail(Code::MissingField, n,
                     "task " + XmlContext::describe(n) + " has no duration: add duration=\"N\" (working days)");
        t.durationDays = ctx.integer(n, "duration", 0, limits::kDuration);
    }
    readConstraint(st, n, t, hasChildren);
    t.deadline = ctx.date(n, "deadline");
    t.percentComplete = ctx.integer(n, "complete", 0, limits::kPercentComplete);
    t.actualStart = ctx.date(n, "actual-start");
    t.actualFinish = ctx.date(n, "actual-finish");
    if (t.actualStart && t.actualFinish && *t.actualFinish < *t.actualStart)
        ctx.fail(Code::InvalidValue, n.attribute("actual-finish"),
                 "task " + XmlContext::describe(n) + " finished (" + formatIsoDate(*t.actualFinish) +
                     ") before it started (" + formatIsoDate(*t.actualStart) + ")");
    if (hasChildren && (t.actualStart || t.actualFinish || n.attribute("complete")))
        ctx.warn(Code::Unknown, ctx.positionOf(n),
                 "summary task " + XmlContext::describe(n) + ": progress is ignored; it rolls up from its subtasks");
    if (hasChildren) {
        t.actualStart.reset();
        t.actualFinish.reset();
        t.percentComplete = 0;
    }
    t.requirement = ctx.optional(n, "requirement");
    t.nonconformity = ctx.optional(n, "nonconformity");
    t.audit = ctx.optional(n, "audit");
    t.notes = ctx.text(n, "notes");
    if (const auto s = n.child("sizing")) {
        ctx.checkKnown(s, {"small", "medium", "large"});
        t.sizing = Sizing{ctx.integer(s, "small", 0, limits::kDuration),
                          ctx.integer(s, "medium", 0, limits::kDuration),
                          ctx.integer(s, "large", 0, limits::kDuration)};
    }

    std::vector<pugi::xml_node> depNodes;
    for (const auto& p : n.children("predecessor")) {
        ctx.checkKnown(p, {"task", "type", "lag"});
        Dependency d;
        d.predecessor = ctx.required(p, "task", "the id of the task this one depends on");
        d.type = ctx.enumeration(p, "type", DependencyType::FinishToStart, "dependency type");
        d.lagDays = ctx.integer(p, "lag", 0, limits::kLag);
        t.predecessors.push_back(std::move(d));
        depNodes.push_back(p);
    }
    std::vector<pugi::xml_node> asgNodes;
    for (const auto& a : n.children("assignment")) {
        ctx.checkKnown(a, {"resource", "units"});
        Assignment as;
        as.resource = ctx.required(a, "resource", "the id of the assigned resource");
        as.units = ctx.integer(a, "units", 100, limits::kAssignmentUnits);
        t.assignments.push_back(std::move(as));
        asgNodes.push_back(a);
    }
    st.plan.tasks.push_back(std::move(t));
    st.taskNodes.push_back(n);
    st.dependencyNodes.push_back(std::move(depNodes));
    st.assignmentNodes.push_back(std::move(asgNodes));
    for (const auto& c : n.children())
        if (isTaskElement(c))
            readTask(st, c, level + 1);
}

} // namespace

void readInfo(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    if (!n)
        ctx.fail(Code::MissingField, ctx.positionAt(0), "the plan has no <info> section (title, start date, calendar)");
    st.infoNode = n;
    ctx.checkKnown(n, {}, {"title", "organization", "standard", "certification-body", "scope", "schedule"});
    PlanInfo& info = st.plan.info;
    const pugi::xml_node title = n.child("title");
    if (!title || std::string_view(title.text().get()).empty())
        ctx.fail(Code::MissingField, n, "<info> has no <title>; every plan needs a title");
    info.title = title.text().get();
    info.organization = ctx.text(n, "organization");
    if (const auto s = n.child("standard")) {
        ctx.checkKnown(s, {"edition"});
        info.standard = s.text().get();
        info.edition = ctx.optional(s, "edition");
    }
    info.certificationBody = ctx.text(n, "certification-body");
    info.scope = ctx.text(n, "scope");
    const pugi::xml_node sch = n.child("schedule");
    if (!sch)
        ctx.fail(Code::MissingField, n, "<info> has no <schedule start=\"YYYY-MM-DD\"/>: the plan needs a start date");
    ctx.checkKnown(sch, {"start", "direction", "target", "target-task", "status-date", "calendar", "size"});
    info.start = ctx.requiredDate(sch, "start", "the project start date");
    info.direction = ctx.enumeration(sch, "direction", PlanningDirection::Forward, "planning direction");
    info.target = ctx.date(sch, "target");
    if (info.direction == PlanningDirection::Backward && !info.target)
        ctx.fail(Code::MissingField, sch, "backward planning needs a target date: add target=\"YYYY-MM-DD\"");
    info.targetTask = ctx.optional(sch, "target-task");
    info.statusDate = ctx.date(sch, "status-date");
    info.calendar = ctx.optional(sch, "calendar");
    if (sch.attribute("size"))
        info.size = ctx.enumeration(sch, "size", OrganizationSize::Medium, "organization size");
}

void readTemplateInfo(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {"id", "title"}, {"description"});
    TemplateInfo t;
    t.id = ctx.required(n, "id", "the template name used with --template");
    t.title = ctx.required(n, "title", "a title for the template list");
    t.description = ctx.text(n, "description");
    st.plan.templateInfo = std::move(t);
}

void readCalendars(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"calendar"});
    for (const auto& c : n.children("calendar")) {
        ctx.checkKnown(c, {"id", "name", "base", "week"}, {"exception"});
        Calendar cal;
        cal.id = ctx.required(c, "id", "a unique calendar id");
        cal.name = ctx.optional(c, "name", cal.id);
        cal.base = ctx.optional(c, "base");
        if (const auto w = c.attribute("week")) {
            cal.week = parseWeekMask(w.value());
            if (!cal.week)
                ctx.fail(Code::InvalidValue, w,
                         "calendar '" + cal.id + "' has week=\"" + w.value() +
                             "\"; list working days as mon tue wed thu fri sat sun");
        }
        for (const auto& e : c.children("exception")) {
            ctx.checkKnown(e, {"from", "to", "working", "name"});
            CalendarException ex;
            ex.from = ctx.requiredDate(e, "from", "the first day of the exception");
            ex.to = ctx.date(e, "to").value_or(ex.from);
            if (ex.to < ex.from)
                ctx.fail(Code::InvalidValue, e.attribute("to"),
                         "calendar exception ends (" + formatIsoDate(ex.to) + ") before it begins (" +
                             formatIsoDate(ex.from) + ")");
            ex.working = ctx.boolean(e, "working", false);
            ex.name = ctx.optional(e, "name");
            cal.exceptions.push_back(std::move(ex));
        }
        st.plan.calendars.push_back(std::move(cal));
        st.calendarNodes.push_back(c);
    }
}

void readResources(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"resource"});
    for (const auto& r : n.children("resource")) {
        ctx.checkKnown(r, {"id", "name", "kind", "role", "email", "units", "calendar"});
        Resource res;
        res.id = ctx.required(r, "id", "a unique resource id");
        res.name = ctx.required(r, "name", "the resource's name");
        res.kind = ctx.enumeration(r, "kind", ResourceKind::Person, "resource kind");
        res.role = ctx.optional(r, "role");
        res.email = ctx.optional(r, "email");
        res.maxUnits = ctx.integer(r, "units", 100, limits::kResourceUnits);
        res.calendar = ctx.optional(r, "calendar");
        st.plan.resources.push_back(std::move(res));
        st.resourceNodes.push_back(r);
    }
}

void readTasks(ReadState& st, const pugi::xml_node& n)
{
    st.ctx.checkKnown(n, {}, {"task", "milestone"});
    for (const auto& c : n.children())
        if (isTaskElement(c))
            readTask(st, c, 0);
}

void readBaselines(ReadState& st, const pugi::xml_node& n)
{
    XmlContext& ctx = st.ctx;
    ctx.checkKnown(n, {}, {"baseline"});
    for (const auto& b : n.children("baseline")) {
        ctx.checkKnown(b, {"name", "saved"}, {"entry"});
        Baseline base;
        base.name = ctx.required(b, "name", "the baseline's name");
        base.saved = ctx.requiredDate(b, "saved", "the day the baseline was taken");
        for (const auto& e : b.children("entry")) {
            ctx.checkKnown(e, {"task", "start", "finish", "duration"});
            BaselineEntry entry;
            entry.task = ctx.required(e, "task", "the task id");
            entry.start = ctx.requiredDate(e, "start", "the baseline start");
            entry.finish = ctx.requiredDate(e, "finish", "the baseline finish");
            entry.durationDays = ctx.integer(e, "duration", 0, limits::kDuration);
            base.entries.push_back(std::move(entry));
        }
        for (const auto& other : st.plan.baselines)
            if (other.name == base.name)
                ctx.fail(Code::DuplicateId, b, "two baselines are named '" + base.name + "'");
        st.plan.baselines.push_back(std::move(base));
    }
}

} // namespace certplan::io
