// SPDX-License-Identifier: MIT
#pragma once
// Who and where this process is, and whether another process still runs:
// what lock files and recovery files record so a later process can tell a
// live owner from one that crashed. Linux (POSIX plus /proc).

#include <string>

namespace certplan::safety {

// Login name of the effective user ($USER, else the passwd entry, else the uid
// as digits). Never empty.
std::string currentUser();

// This machine's host name (gethostname); "localhost" if that fails. Never empty.
std::string hostName();

// getpid() as a long.
long currentPid();

// When the process started, in clock ticks after boot (field 22 of
// /proc/PID/stat); 0 when unknown. Recorded next to the pid so a pid reused by
// an unrelated process after a crash is not taken for the original owner.
unsigned long long processStartTicks(long pid);

// Whether a process with this pid exists on this machine: kill(pid, 0)
// succeeds or fails with EPERM (someone else's process). pid <= 0 is false.
bool processExists(long pid);

// Whether the process that wrote (pid, startTicks) on this host still runs:
// the pid exists and, when startTicks is not 0, it started at that tick.
bool processStillRuns(long pid, unsigned long long startTicks);

// Local time now in ISO 8601 with offset, to the second: "2026-11-29T15:02:11+01:00".
std::string isoTimestampNow();

// "2026-11-29T15:02:11+01:00" -> "2026-11-29 15:02" for messages; other text unchanged.
std::string shortTimestamp(const std::string& iso);

} // namespace certplan::safety
