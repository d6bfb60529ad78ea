// SPDX-License-Identifier: MIT
#pragma once
// A lock file beside a plan while it is open or being rewritten, so two
// processes (two app windows, the app and certplan-cli, two certplan-cli runs)
// never both rewrite it and lose each other's work.
//
// File: ".~lock.NAME#" in the plan's folder (LibreOffice's convention), e.g.
// /plans/.~lock.acme.certplan# for /plans/acme.certplan. A symbolic link to a
// plan is resolved first, so every link to one file shares one lock.
//
// Content, UTF-8 text, one "key=value" per line after a header line:
//     certplan-lock 1
//     user=dana
//     host=ws12
//     pid=4242
//     start=123456           (process start, clock ticks after boot; 0 unknown)
//     since=2026-11-29T15:02:11+01:00
//     token=5f0c...          (random; tells this lock from a later one)
// The file appears complete or not at all: it is written under a temporary
// name and hard-linked to the lock name, which fails if the name exists
// (the same exclusivity as O_CREAT|O_EXCL; O_CREAT|O_EXCL is the fallback on
// file systems without hard links).
//
// Stale: the lock names this host and its process no longer runs (kill(pid,0)
// fails with ESRCH, or the pid now belongs to a process started at another
// time). A lock from another host is never judged stale: we cannot see its
// processes. A stale lock is still refused unless the caller forces.

#include "util/Result.h"

#include <optional>
#include <string>

namespace certplan::safety {

struct LockOwner {
    std::string user;  // login name; "unknown" when the lock file cannot be read
    std::string host;  // host name; empty when unknown
    long pid = 0;      // process id on host; 0 when unknown
    unsigned long long startTicks = 0; // see ProcessIdentity.h; 0 when unknown
    std::string since; // ISO 8601 with offset; empty when unknown
    std::string token; // random identity of this lock
    bool readable = true; // false: the lock file exists but is garbage or unreadable

    // "dana on host ws12 (process 4242) since 2026-11-29 15:02"; "unknown" for
    // an unreadable file.
    std::string describe() const;
};

// Path of the lock file of a plan (see above).
std::string lockPathFor(const std::string& planPath);

// The current holder of the plan's lock; nullopt when there is no lock file.
// A file that exists but cannot be parsed gives a LockOwner with
// readable=false and user "unknown". Never throws.
std::optional<LockOwner> readLock(const std::string& planPath);

// Same host and its process no longer runs. False for another host and for an
// unreadable lock (we cannot tell; see breakLock).
bool isStale(const LockOwner& owner);

// Removes the plan's lock file whoever holds it (for "remove the lock" after
// the user confirmed, e.g. an unreadable lock file). No lock file is success.
Result<Ok, std::string> breakLock(const std::string& planPath);

struct LockRefusal {
    enum class Kind {
        Held,  // someone holds it; see holder and stale
        Error, // the lock file could not be created (read-only folder...)
    };
    Kind kind = Kind::Held;
    std::optional<LockOwner> holder; // set for Held
    bool stale = false;              // Held by a process that is gone
    // For people: "/p/acme.certplan is locked by dana on host ws12 (process
    // 4242) since 2026-11-29 15:02", plus "; that process no longer runs (stale
    // lock)" or "; the lock file cannot be read" when it applies. Callers add
    // how to override (e.g. "use --force").
    std::string message;
};

// Holds a plan's lock until destroyed. Move-only; a moved-from PlanLock holds
// nothing.
class PlanLock {
public:
    // Creates the lock file. If it exists: refused (Held), unless force, which
    // replaces it with ours (atomic rename) whoever holds it. Other failures
    // are Kind::Error with the system's reason.
    static Result<PlanLock, LockRefusal> acquire(const std::string& planPath, bool force = false);

    PlanLock(PlanLock&& other) noexcept;
    PlanLock& operator=(PlanLock&& other) noexcept;
    PlanLock(const PlanLock&) = delete;
    PlanLock& operator=(const PlanLock&) = delete;
    ~PlanLock();

    // Removes the lock file if it is still ours (same token and this process;
    // a lock taken over with force by someone else is left alone). A lock this
    // one took over from a holder that still runs is handed back to it
    // instead (its previous content restored). Idempotent.
    void release();

    bool held() const { return !m_lockPath.empty(); }
    const std::string& lockPath() const { return m_lockPath; }
    const LockOwner& owner() const { return m_owner; }
    // Whether this lock replaced someone else's (force), and whose.
    const std::optional<LockOwner>& tookOverFrom() const { return m_previous; }

private:
    PlanLock() = default;
    std::string m_lockPath;
    LockOwner m_owner;
    std::optional<LockOwner> m_previous;
};

} // namespace certplan::safety
