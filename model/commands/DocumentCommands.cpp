// SPDX-License-Identifier: MIT
#include "commands/DocumentCommands.h"

#include "commands/SetValue.h"
#include "core/FieldLimits.h"

#include <algorithm>

namespace certplan {

namespace {

CommandResult fail(std::string msg)
{
    return unexpected(std::move(msg));
}

bool blank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The register is replaced as a whole: entries have no other stable handle
// than their id, which an edit may change.
CommandResult replaceRegister(const Plan& plan, std::vector<DocumentEntry> after, std::string label)
{
    ChangeSet changes;
    changes.documents = true;
    return makeSetValue<std::vector<DocumentEntry>>(
        std::move(label), changes, [](Plan& p) -> std::vector<DocumentEntry>& { return p.documents; }, plan,
        std::move(after));
}

// The first requirement whose evidence cites the document, as "clause title";
// empty when none does. A file whose evidence cites a missing document does
// not load, so such a document keeps its id and stays in the register.
std::string citedBy(const Plan& plan, const std::string& id)
{
    for (const auto& list : plan.checklists)
        for (const auto& r : list.items)
            for (const auto& e : r.evidence)
                if (e.kind == EvidenceKind::Document && e.ref == id)
                    return r.clause + " " + r.title;
    return {};
}

} // namespace

DocumentProblem documentProblem(const Plan& plan, const DocumentEntry& d, const DocumentEntry* before)
{
    using F = DocumentProblem::Field;
    const bool renamed = before && d.id != before->id;
    if (blank(d.id))
        return {F::Id, "a document needs an id"};
    if ((!before || renamed) && plan.findDocument(d.id))
        return {F::Id, "a document with id '" + d.id + "' is already in the register"};
    if (renamed)
        if (const std::string user = citedBy(plan, before->id); !user.empty())
            return {F::Id, "the evidence of requirement " + user + " cites this document as '" + before->id +
                               "'; keep that id"};
    if (blank(d.title) && (!before || d.title != before->title))
        return {F::Title, "a document needs a title"};
    if (!d.owner.empty() && !plan.findResource(d.owner))
        return {F::Owner, "there is no resource '" + d.owner + "' to own the document"};
    if (d.approved && !limits::inDateRange(*d.approved))
        return {F::Approved, "an approval date runs from " + limits::dateRangeText()};
    if (d.nextReview && !limits::inDateRange(*d.nextReview))
        return {F::NextReview, "a review date runs from " + limits::dateRangeText()};
    const bool datesChanged = !before || d.approved != before->approved || d.nextReview != before->nextReview;
    if (datesChanged && d.approved && d.nextReview && *d.nextReview < *d.approved)
        return {F::NextReview, "the next review (" + formatIsoDate(*d.nextReview) + ") is before the approval (" +
                                   formatIsoDate(*d.approved) + ")"};
    return {};
}

std::string uniqueDocumentId(const Plan& plan)
{
    for (std::size_t n = plan.documents.size() + 1;; ++n) {
        const std::string id = "doc-" + std::to_string(n);
        if (!plan.findDocument(id))
            return id;
    }
}

CommandResult addDocument(const Plan& plan, DocumentEntry entry)
{
    if (const auto problem = documentProblem(plan, entry); !problem.why.empty())
        return fail("Cannot add the document: " + problem.why);
    std::vector<DocumentEntry> after = plan.documents;
    after.push_back(std::move(entry));
    return replaceRegister(plan, std::move(after), "Add Document");
}

CommandResult editDocument(const Plan& plan, const std::string& id, DocumentEntry entry)
{
    const DocumentEntry* before = plan.findDocument(id);
    if (!before)
        return fail("there is no document '" + id + "'");
    if (*before == entry)
        return fail("nothing to change");
    if (const auto problem = documentProblem(plan, entry, before); !problem.why.empty())
        return fail("Cannot change document '" + id + "': " + problem.why);
    std::vector<DocumentEntry> after = plan.documents;
    *std::find_if(after.begin(), after.end(), [&](const DocumentEntry& d) { return d.id == id; }) = std::move(entry);
    return replaceRegister(plan, std::move(after), "Edit Document");
}

CommandResult removeDocument(const Plan& plan, const std::string& id)
{
    if (!plan.findDocument(id))
        return fail("there is no document '" + id + "'");
    if (const std::string user = citedBy(plan, id); !user.empty())
        return fail("Cannot remove document '" + id + "': it is evidence for requirement " + user +
                    "; remove that evidence first");
    std::vector<DocumentEntry> after = plan.documents;
    after.erase(std::remove_if(after.begin(), after.end(), [&](const DocumentEntry& d) { return d.id == id; }),
                after.end());
    return replaceRegister(plan, std::move(after), "Remove Document");
}

} // namespace certplan
