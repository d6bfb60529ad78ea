// SPDX-License-Identifier: MIT
#include "presenters/RecoveryKeeper.h"

#include "io/PlanWriter.h"
#include "safety/ProcessIdentity.h"

#include <atomic>
#include <filesystem>

namespace certplan::present {

namespace {
int nextSlot()
{
    static std::atomic<int> slot{0};
    return ++slot;
}
} // namespace

RecoveryKeeper::RecoveryKeeper(const Document& doc, safety::RecoveryStore store)
    : m_doc(doc), m_writer(std::make_unique<safety::RecoveryWriter>(std::move(store), nextSlot()))
{
}

void RecoveryKeeper::noteChange()
{
    if (!m_doc.isModified()) {
        discard();
        return;
    }
    ++m_changes;
}

bool RecoveryKeeper::writeNow(bool wait)
{
    if (!m_doc.isModified())
        return true;
    safety::RecoveryInfo info;
    info.originalPath = m_doc.path();
    info.title = m_doc.plan().info.title;
    info.unsavedChanges = std::max(1, m_changes);
    m_writer->submit(std::move(info), writePlanToString(m_doc.plan()));
    const int inThisCopy = m_changes;
    if (!wait) {
        m_changesInCopy = inThisCopy;
        return true;
    }
    m_writer->flush();
    if (!m_writer->lastError().empty())
        return false;
    m_changesInCopy = inThisCopy;
    return true;
}

void RecoveryKeeper::discard()
{
    m_writer->discard();
    m_changes = 0;
    m_changesInCopy = 0;
}

std::string RecoveryKeeper::copyPath() const
{
    return m_writer->writtenCount() > 0 ? store().planFileFor(m_writer->slot()) : std::string();
}

std::vector<safety::RecoveryEntry> RecoveryKeeper::recoverable(const safety::RecoveryStore& store)
{
    std::vector<safety::RecoveryEntry> out;
    // Damaged ones too: listed with what is wrong, so they can at least be discarded.
    for (auto& e : store.list())
        if (!e.otherHost)
            out.push_back(std::move(e));
    return out;
}

std::string RecoveryKeeper::describe(const safety::RecoveryEntry& e)
{
    std::string name;
    if (e.info.originalPath.empty()) {
        name = (e.info.title.empty() ? std::string("Untitled plan") : e.info.title) + " (never saved)";
    } else {
        const std::filesystem::path p(e.info.originalPath);
        name = p.filename().string() + " (" + p.parent_path().string() + ")";
    }
    if (!e.usable)
        return "Damaged recovery copy " + std::filesystem::path(e.planFile).filename().string() + ": " + e.problem;
    const int n = e.info.unsavedChanges;
    std::string text = name + ": ";
    text += n > 0 ? std::to_string(n) + (n == 1 ? " unsaved change" : " unsaved changes") : std::string("unsaved changes");
    // To the second: two copies of one plan must be told apart.
    text += e.written.size() >= 19 ? ", written " + e.written.substr(0, 10) + " " + e.written.substr(11, 8)
                                   : std::string(", written at an unknown time");
    if (!e.problem.empty())
        text += " (" + e.problem + ")";
    return text;
}

} // namespace certplan::present
