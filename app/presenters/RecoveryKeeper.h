// SPDX-License-Identifier: MIT
#pragma once
// Keeps a recovery copy of one window's plan while it has unsaved changes, so
// a crash or kill -9 loses at most the last interval of work. The copy is a
// separate file (safety::RecoveryStore), never the plan itself. The window
// calls noteChange() after each change notification and writeNow() from a
// timer; the plan is serialised on the calling thread (about 1 ms per 1,000
// tasks) and written on a background thread.

#include "commands/Document.h"
#include "safety/RecoveryStore.h"

#include <memory>
#include <string>
#include <vector>

namespace certplan::present {

class RecoveryKeeper {
public:
    RecoveryKeeper(const Document& doc, safety::RecoveryStore store);

    // After every change notification: counts unsaved changes; a clean plan
    // (saved, opened, undone back to the saved state) has its copy removed.
    void noteChange();
    // Unsaved changes that no recovery copy holds yet.
    bool pending() const { return m_doc.isModified() && m_changes != m_changesInCopy; }
    int unsavedChanges() const { return m_changes; }
    // Hands a snapshot to the writer; wait: until it is on disk. False when,
    // having waited, the copy could not be written (lastError() says why; the
    // changes stay pending). No-op, true, for a clean plan.
    bool writeNow(bool wait);
    // The plan was saved or the window closed cleanly: the copy goes.
    void discard();
    // The copy's path ("" before the first one); the last write error ("" if none).
    std::string copyPath() const;
    std::string lastError() const { return m_writer->lastError(); }
    const safety::RecoveryStore& store() const { return m_writer->store(); }

    // Entries to offer after a crash: written on this host, damaged ones included
    // (they can only be discarded).
    static std::vector<safety::RecoveryEntry> recoverable(const safety::RecoveryStore& store);
    // "acme.certplan (/plans): 5 unsaved changes, written 2026-11-29 15:02"
    static std::string describe(const safety::RecoveryEntry& entry);

private:
    const Document& m_doc;
    std::unique_ptr<safety::RecoveryWriter> m_writer;
    int m_changes = 0;       // since the plan was last clean
    int m_changesInCopy = 0; // in the newest copy handed to the writer
};

} // namespace certplan::present
