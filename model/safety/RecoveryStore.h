// SPDX-License-Identifier: MIT
#pragma once
// Recovery copies of open plans, so a crash, a kill -9 or a power cut loses at
// most the last few minutes of unsaved work. The copy is always a separate
// file in the recovery folder, never the plan file itself.
//
// Folder: $XDG_STATE_HOME/certplan/recovery, else ~/.local/state/certplan/recovery
// (injectable for tests). Per open document ("slot", a number the writer picks,
// unique within its process) two files:
//   HOST_PID_SLOT.certplan       the plan bytes (writePlanToString)
//   HOST_PID_SLOT.certplan.meta  metadata, written after the plan, as lines:
//       certplan-recovery 1
//       original=/plans/acme.certplan   (empty for a new, never saved plan)
//       title=Acme: ISO/IEC 20000-1 certification
//       written=2026-11-29T15:02:11+01:00
//       changes=3                       (unsaved changes at that time)
//       host=ws12
//       pid=4242
//       start=123456                    (process start ticks; 0 unknown)
//   Values escape backslash, newline and carriage return as \\ \n \r.
// Both are written atomically (writeFileAtomically).
//
// Recoverable: the writer is gone: same host and its process no longer runs
// (see ProcessIdentity.h). Entries of a live process on this host are never
// listed. Entries from another host are listed with otherHost set (we cannot
// see whether that process still runs: a shared home folder).

#include "util/Result.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace certplan::safety {

// What the caller knows about the document; host, pid and time are added by the store.
struct RecoveryInfo {
    std::string originalPath; // empty for a plan never saved
    std::string title;
    int unsavedChanges = 0;
};

struct RecoveryEntry {
    std::string planFile; // full path of the recovery copy
    std::string metaFile; // full path of its metadata
    RecoveryInfo info;
    std::string written;  // ISO 8601 with offset
    std::string host;
    long pid = 0;
    unsigned long long startTicks = 0;
    bool otherHost = false;
    // False when the metadata or the copy is missing, garbage or does not load
    // as a plan; problem then says why. Such entries can only be removed.
    bool usable = true;
    std::string problem;
};

class RecoveryStore {
public:
    // directory is created on the first write if missing.
    explicit RecoveryStore(std::string directory = defaultDirectory());

    // $XDG_STATE_HOME/certplan/recovery or $HOME/.local/state/certplan/recovery
    // (or /tmp/certplan-recovery-UID with neither set).
    static std::string defaultDirectory();

    const std::string& directory() const { return m_dir; }

    // Paths of this process's files for a slot.
    std::string planFileFor(int slot) const;
    std::string metaFileFor(int slot) const;

    // Writes this process's recovery copy for slot: plan bytes, then metadata.
    // Safe to call from any thread, but not concurrently for the same slot
    // (RecoveryWriter serialises that). Error: a sentence naming the file.
    Result<Ok, std::string> write(int slot, const RecoveryInfo& info, std::string_view planBytes) const;

    // Entries whose writer is gone (see above), usable or not, sorted by
    // written time, newest first. Never throws; unreadable entries are listed
    // with usable=false, stray files without metadata are skipped.
    std::vector<RecoveryEntry> list() const;

    // Deletes an entry's files. Missing files are not an error.
    Result<Ok, std::string> remove(const RecoveryEntry& entry) const;
    // Deletes this process's files for slot (after a clean save or close).
    void removeOwn(int slot) const;
    // Deletes every file written by process pid on this host.
    void removeFor(long pid) const;

private:
    std::string m_dir;
};

// Writes recovery copies off the calling thread: submit() hands over the
// bytes and returns at once; one background thread writes, always only the
// newest snapshot pending (older pending ones are dropped). The destructor
// writes what is still pending, then joins.
class RecoveryWriter {
public:
    RecoveryWriter(RecoveryStore store, int slot);
    ~RecoveryWriter();
    RecoveryWriter(const RecoveryWriter&) = delete;
    RecoveryWriter& operator=(const RecoveryWriter&) = delete;

    void submit(RecoveryInfo info, std::string planBytes);
    // Blocks until nothing is pending or being written.
    void flush();
    // Drops what is pending, waits for a write in progress, deletes this
    // document's recovery files (a clean save or close).
    void discard();
    // Snapshots actually written so far, and the last write's error ("" when it worked).
    int writtenCount() const;
    std::string lastError() const;

    const RecoveryStore& store() const { return m_store; }
    int slot() const { return m_slot; }

private:
    void run();

    RecoveryStore m_store;
    int m_slot;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::optional<std::pair<RecoveryInfo, std::string>> m_pending;
    bool m_busy = false;
    bool m_stop = false;
    int m_written = 0;
    std::string m_lastError;
    std::thread m_thread; // last: starts after the members it uses
};

} // namespace certplan::safety
