// SPDX-License-Identifier: MIT
// Checks that need the whole plan: unique ids, every reference resolved, the
// dependency network acyclic and well formed.
#include "io/ReadState.h"

#include "schedule/Network.h"

#include <set>
#include <string_view>
#include <unordered_map>

namespace certplan::io {

namespace {

using Code = LoadIssue::Code;

void checkUniqueIds(XmlContext& ctx, const std::vector<std::string_view>& ids, const std::vector<pugi::xml_node>& nodes,
                    std::string_view kind)
{
    std::unordered_map<std::string_view, std::size_t> seen;
    seen.reserve(ids.size() * 2);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto [it, fresh] = seen.emplace(ids[i], i);
        if (!fresh)
            ctx.fail(Code::DuplicateId, nodes[i].attribute("id"),
                     "duplicate " + std::string(kind) + " id '" + std::string(ids[i]) + "': it is already used on line " +
                         std::to_string(ctx.positionOf(nodes[it->second]).line) + "; ids must be unique");
    }
}

template <class T>
void checkUnique(XmlContext& ctx, const std::vector<T>& items, const std::vector<pugi::xml_node>& nodes,
                 std::string_view kind)
{
    std::vector<std::string_view> ids;
    ids.reserve(items.size());
    for (const auto& x : items)
        ids.push_back(x.id);
    checkUniqueIds(ctx, ids, nodes, kind);
}

template <class Lookup>
void checkRef(XmlContext& ctx, const pugi::xml_node& node, const char* attr, const std::string& value, Lookup found,
              const std::string& owner, std::string_view targetKind)
{
    if (value.empty() || found(value))
        return;
    ctx.fail(Code::DanglingReference, node.attribute(attr),
             owner + " refers to " + std::string(targetKind) + " '" + value + "', which does not exist in this plan");
}

// Each id of a combined audit's certificates="..." list, failing at the
// column of the first that names no certificate.
template <class Lookup>
void checkCertificateList(XmlContext& ctx, const pugi::xml_attribute& list, Lookup found, const std::string& owner)
{
    const std::string_view text = list.value();
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t start = text.find_first_not_of(" \t\n\r", i);
        if (start == std::string_view::npos)
            return;
        const std::size_t end = std::min(text.find_first_of(" \t\n\r", start), text.size());
        const std::string id(text.substr(start, end - start));
        if (!found(id))
            ctx.fail(Code::DanglingReference, ctx.positionInValue(list, start),
                     owner + " lists certificate '" + id + "' in certificates, which does not exist in this plan");
        i = end;
    }
}

void checkCalendars(ReadState& st)
{
    XmlContext& ctx = st.ctx;
    const Plan& plan = st.plan;
    // Linear in the number of calendars: ids resolved once through a map, and
    // the calendars on a base-calendar loop found in one walk (a chain of
    // 3,000 calendars each based on the previous once took seconds).
    const std::size_t n = plan.calendars.size();
    std::unordered_map<std::string_view, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(plan.calendars[i].id, i);
    auto calendarExists = [&](const std::string& id) { return index.count(id) > 0; };
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    std::vector<std::size_t> base(n, none);
    for (std::size_t i = 0; i < n; ++i)
        if (auto it = index.find(plan.calendars[i].base); it != index.end())
            base[i] = it->second;
    enum : char { Unseen, OnPath, Done };
    std::vector<char> state(n, Unseen);
    std::vector<bool> onLoop(n, false);
    std::vector<std::size_t> path;
    for (std::size_t start = 0; start < n; ++start) {
        path.clear();
        std::size_t k = start;
        while (k != none && state[k] == Unseen) {
            state[k] = OnPath;
            path.push_back(k);
            k = base[k];
        }
        if (k != none && state[k] == OnPath) // the walk came back to itself: k starts a loop
            for (std::size_t j = path.size(); j-- > 0;) {
                onLoop[path[j]] = true;
                if (path[j] == k)
                    break;
            }
        for (std::size_t j : path)
            state[j] = Done;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const Calendar& c = plan.calendars[i];
        checkRef(ctx, st.calendarNodes[i], "base", c.base, calendarExists, "calendar '" + c.id + "'", "base calendar");
        if (!onLoop[i])
            continue;
        std::string loop = c.id;
        for (std::size_t k = base[i]; k != none; k = base[k]) {
            loop += " \u2192 " + plan.calendars[k].id;
            if (k == i)
                break;
        }
        ctx.fail(Code::Cycle, st.calendarNodes[i].attribute("base"), "calendar '" + c.id + "' is based on itself: " + loop);
    }
    checkRef(ctx, st.infoNode.child("schedule"), "calendar", plan.info.calendar, calendarExists, "the plan",
             "calendar");
    for (std::size_t i = 0; i < plan.resources.size(); ++i)
        checkRef(ctx, st.resourceNodes[i], "calendar", plan.resources[i].calendar, calendarExists,
                 "resource '" + plan.resources[i].id + "'", "calendar");
}

void checkTasks(ReadState& st)
{
    XmlContext& ctx = st.ctx;
    const Plan& plan = st.plan;
    std::unordered_map<std::string_view, int> resources;
    for (std::size_t i = 0; i < plan.resources.size(); ++i)
        resources.emplace(plan.resources[i].id, static_cast<int>(i));
    auto requirementExists = [&](const std::string& id) { return plan.findRequirement(id) != nullptr; };
    auto ncExists = [&](const std::string& id) { return plan.findNonconformity(id) != nullptr; };
    auto auditExists = [&](const std::string& id) { return plan.findAudit(id) != nullptr; };

    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const Task& t = plan.tasks[i];
        const pugi::xml_node node = st.taskNodes[i];
        const std::string owner = "task '" + t.id + "'";
        std::set<std::string_view> assigned;
        for (std::size_t a = 0; a < t.assignments.size(); ++a) {
            const pugi::xml_node an = st.assignmentNodes[i][a];
            const std::string& rid = t.assignments[a].resource;
            if (!resources.count(rid))
                ctx.fail(Code::DanglingReference, an.attribute("resource"),
                         owner + " is assigned to resource '" + rid + "', which is not in the resource list");
            if (!assigned.insert(rid).second)
                ctx.fail(Code::DuplicateId, an, owner + " has resource '" + rid + "' assigned twice");
        }
        checkRef(ctx, node, "requirement", t.requirement, requirementExists, owner, "requirement");
        checkRef(ctx, node, "nonconformity", t.nonconformity, ncExists, owner, "nonconformity");
        checkRef(ctx, node, "audit", t.audit, auditExists, owner, "audit");
    }
    if (!plan.info.targetTask.empty() && !plan.findTask(plan.info.targetTask))
        ctx.fail(Code::DanglingReference, st.infoNode.child("schedule").attribute("target-task"),
                 "the target task '" + plan.info.targetTask + "' does not exist in this plan");

    auto network = buildNetwork(plan);
    if (!network) {
        const NetworkIssue& issue = network.error();
        const pugi::xml_node dep = st.dependencyNodes[static_cast<std::size_t>(issue.task)]
                                                     [static_cast<std::size_t>(issue.depIndex)];
        const Code code = issue.kind == NetworkIssue::Kind::Cycle         ? Code::Cycle
                          : issue.kind == NetworkIssue::Kind::MissingTask ? Code::DanglingReference
                                                                          : Code::InvalidValue;
        ctx.fail(code, dep, issue.message);
    }
}

void checkCertificationRefs(ReadState& st)
{
    XmlContext& ctx = st.ctx;
    const Plan& plan = st.plan;
    auto resourceExists = [&](const std::string& id) { return plan.findResource(id) != nullptr; };
    auto documentExists = [&](const std::string& id) { return plan.findDocument(id) != nullptr; };
    auto certificateExists = [&](const std::string& id) { return plan.findCertificate(id) != nullptr; };
    auto taskExists = [&](const std::string& id) { return plan.findTask(id) != nullptr; };
    auto auditExists = [&](const std::string& id) { return plan.findAudit(id) != nullptr; };
    auto checklistExists = [&](const std::string& id) {
        for (const auto& c : plan.checklists)
            if (c.id == id)
                return true;
        return false;
    };

    std::size_t r = 0;
    for (const auto& list : plan.checklists) {
        for (const auto& req : list.items) {
            const std::string owner = "requirement " + req.clause + " ('" + req.id + "')";
            checkRef(ctx, st.requirementNodes[r], "owner", req.owner, resourceExists, owner, "resource");
            for (std::size_t e = 0; e < req.evidence.size(); ++e)
                if (req.evidence[e].kind == EvidenceKind::Document)
                    checkRef(ctx, st.evidenceNodes[r][e], "ref", req.evidence[e].ref, documentExists,
                             "evidence for " + owner, "document");
            ++r;
        }
    }
    for (std::size_t i = 0; i < plan.snapshots.size(); ++i)
        checkRef(ctx, st.snapshotNodes[i], "checklist", plan.snapshots[i].checklist, checklistExists,
                 "a readiness snapshot", "checklist");
    for (std::size_t i = 0; i < plan.audits.size(); ++i) {
        const Audit& a = plan.audits[i];
        const std::string owner = "audit '" + a.id + "'";
        if (const pugi::xml_attribute list = st.auditNodes[i].attribute("certificates"))
            checkCertificateList(ctx, list, certificateExists, owner);
        else
            checkRef(ctx, st.auditNodes[i], "certificate", a.certificate, certificateExists, owner, "certificate");
        checkRef(ctx, st.auditNodes[i], "task", a.task, taskExists, owner, "task");
        checkRef(ctx, st.auditNodes[i], "decision-task", a.decisionTask, taskExists, owner, "task");
    }
    for (std::size_t i = 0; i < plan.nonconformities.size(); ++i) {
        const Nonconformity& nc = plan.nonconformities[i];
        const std::string owner = "nonconformity '" + nc.id + "'";
        checkRef(ctx, st.ncNodes[i], "owner", nc.owner, resourceExists, owner, "resource");
        checkRef(ctx, st.ncNodes[i], "audit", nc.audit, auditExists, owner, "audit");
        checkRef(ctx, st.ncNodes[i], "certificate", nc.certificate, certificateExists, owner, "certificate");
    }
    for (std::size_t i = 0; i < plan.documents.size(); ++i)
        checkRef(ctx, st.documentNodes[i], "owner", plan.documents[i].owner, resourceExists,
                 "document '" + plan.documents[i].id + "'", "resource");
}

} // namespace

void validateReferences(ReadState& st)
{
    XmlContext& ctx = st.ctx;
    const Plan& plan = st.plan;
    checkUnique(ctx, plan.calendars, st.calendarNodes, "calendar");
    checkUnique(ctx, plan.resources, st.resourceNodes, "resource");
    checkUnique(ctx, plan.tasks, st.taskNodes, "task");
    checkUnique(ctx, plan.checklists, st.checklistNodes, "checklist");
    std::vector<std::string_view> requirementIds;
    for (const auto& c : plan.checklists)
        for (const auto& r : c.items)
            requirementIds.push_back(r.id);
    checkUniqueIds(ctx, requirementIds, st.requirementNodes, "requirement");
    checkUnique(ctx, plan.certificates, st.certificateNodes, "certificate");
    checkUnique(ctx, plan.audits, st.auditNodes, "audit");
    checkUnique(ctx, plan.nonconformities, st.ncNodes, "nonconformity");
    checkUnique(ctx, plan.documents, st.documentNodes, "document");
    checkCalendars(st);
    checkTasks(st);
    checkCertificationRefs(st);
}

} // namespace certplan::io
