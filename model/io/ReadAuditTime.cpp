// SPDX-License-Identifier: MIT
// Reading a certificate's <audit-time>: the headcount, reductions and shares,
// the body's table rows and its fixed days per audit type.
#include "io/ReadState.h"
#include "lifecycle/AuditTime.h"

#include <algorithm>

namespace certplan::io {

namespace {
using Code = LoadIssue::Code;

std::optional<int> optionalWhole(XmlContext& ctx, const pugi::xml_node& n, const char* attr,
                                 const limits::WholeNumber& limit)
{
    if (!n.attribute(attr))
        return std::nullopt;
    return ctx.integer(n, attr, 0, limit);
}

void requireAttribute(XmlContext& ctx, const pugi::xml_node& n, const char* attr, const std::string& what)
{
    if (!n.attribute(attr))
        ctx.fail(Code::MissingField, n,
                 XmlContext::describe(n) + " is missing the required attribute '" + attr + "' (" + what + ")");
}

} // namespace

// Days in days and half days ("5", "5.5"), refused like every other value:
// the value as written, then the rule with its range.
std::optional<int> readHalfDays(XmlContext& ctx, const pugi::xml_node& n, const char* attr)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return std::nullopt;
    const auto v = limits::parseHalfDays(a.value(), limits::kAuditTimeDays);
    if (!v)
        ctx.fail(Code::InvalidValue, a,
                 XmlContext::describe(n) + " has " + attr + "=\"" + a.value() + "\"; " +
                     limits::kAuditTimeDays.sentence());
    return v;
}

AuditTimeRules readAuditTime(XmlContext& ctx, const pugi::xml_node& n)
{
    ctx.checkKnown(n,
                   {"headcount", "reduction-percent", "integration-percent", "stage1-percent", "surveillance-percent",
                    "recertification-percent", "above-persons", "above-days"},
                   {"row", "fixed"});
    AuditTimeRules r;
    r.headcount = optionalWhole(ctx, n, "headcount", limits::kHeadcount);
    r.reductionPercent = ctx.integer(n, "reduction-percent", 0, limits::kAuditTimeReduction);
    r.integrationPercent = ctx.integer(n, "integration-percent", 0, limits::kIntegrationReduction);
    r.stage1Percent = ctx.integer(n, "stage1-percent", r.stage1Percent, limits::kAuditTimeShare);
    r.surveillancePercent = optionalWhole(ctx, n, "surveillance-percent", limits::kAuditTimeShare);
    r.recertificationPercent = optionalWhole(ctx, n, "recertification-percent", limits::kAuditTimeShare);
    r.abovePersons = optionalWhole(ctx, n, "above-persons", limits::kHeadcount);
    r.aboveHalfDays = readHalfDays(ctx, n, "above-days");
    if (r.abovePersons.has_value() != r.aboveHalfDays.has_value()) {
        const char* given = r.abovePersons ? "above-persons" : "above-days";
        ctx.fail(Code::MissingField, n.attribute(given),
                 std::string("the rule for headcounts above the table takes both above-persons and above-days; "
                             "only ") + given + " is given");
    }
    for (const auto& row : n.children("row")) {
        ctx.checkKnown(row, {"up-to", "days"});
        requireAttribute(ctx, row, "up-to", "the largest headcount of the row");
        requireAttribute(ctx, row, "days", "the row's stage 1 + stage 2 days");
        AuditTimeRow x;
        x.upToPersons = ctx.integer(row, "up-to", 1, limits::kHeadcount);
        x.halfDays = *readHalfDays(ctx, row, "days");
        r.table.push_back(x);
        if (auto why = checkAuditTimeTable(r.table))
            ctx.fail(Code::InvalidValue, row, *why);
    }
    std::vector<AuditType> seen;
    for (const auto& f : n.children("fixed")) {
        ctx.checkKnown(f, {"audit", "days"});
        requireAttribute(ctx, f, "audit", enumKeyList<AuditType>());
        requireAttribute(ctx, f, "days", "the body's audit days");
        const AuditType type = ctx.enumeration(f, "audit", AuditType::Stage1, "audit type");
        if (std::find(seen.begin(), seen.end(), type) != seen.end())
            ctx.fail(Code::DuplicateId, f,
                     "the days of " + std::string(enumKey(type)) + " audits are fixed twice in <audit-time>");
        seen.push_back(type);
        r.fixedHalfDays[static_cast<std::size_t>(type)] = readHalfDays(ctx, f, "days");
    }
    return r;
}

} // namespace certplan::io
