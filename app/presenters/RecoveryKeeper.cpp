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

void RecoveryKeeper::writeNow(bool wait)
{
    if (!m_doc.isModified())
        return;
    safety::RecoveryInfo info;
    info.originalPath = m_doc.path();
    info.title = m_doc.plan().info.title;
    info.unsavedChanges = std::max(1, m_changes);
    m_writer->submit(std::move(info), writePlanToString(m_doc.plan()));
    m_changesInCopy = m_changes;
    if (wait)
        m_writer->flush();
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
    for (auto& e : store.list())
        if (e.usable && !e.otherHost)
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
    const int n = e.info.unsavedChanges;
    return name + ": " + std::to_string(n) + (n == 1 ? " unsaved change" : " unsaved changes") + ", written " +
           safety::shortTimestamp(e.written);
}

} // namespace certplan::present
