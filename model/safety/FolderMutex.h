// SPDX-License-Identifier: MIT
#pragma once
// Writers of plans in one folder take turns. The lock file (PlanLock) says
// who has a plan open, and --force may override it; this is the short,
// kernel-kept exclusion for one read-modify-write (certplan-cli format and
// baseline --save, the app's save), so two forced writers never interleave
// and lose an update. It is an flock on the folder itself: the plan file is
// replaced by rename on every save (a new inode), the folder stays. The
// kernel drops it when the process ends, so it never goes stale.

#include "util/Result.h"

#include <string>

namespace certplan::safety {

class FolderMutex {
public:
    // Locks the folder of planPath (symbolic links resolved), waiting up to
    // timeoutMs milliseconds for another writer to finish. Error: a sentence
    // naming the folder ("another program has been writing in /plans for 10 s").
    static Result<FolderMutex, std::string> lock(const std::string& planPath, int timeoutMs = 10000);

    FolderMutex(FolderMutex&& other) noexcept;
    FolderMutex& operator=(FolderMutex&& other) noexcept;
    FolderMutex(const FolderMutex&) = delete;
    FolderMutex& operator=(const FolderMutex&) = delete;
    ~FolderMutex();

private:
    FolderMutex() = default;
    int m_fd = -1;
};

} // namespace certplan::safety
