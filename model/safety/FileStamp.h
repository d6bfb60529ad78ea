// SPDX-License-Identifier: MIT
#pragma once
// What a plan file looked like when it was loaded or saved, to notice later
// that another program (an editor, git pull, a second CertPlan) changed it.

#include "util/Result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace certplan::safety {

struct FileStamp {
    std::uint64_t size = 0;     // bytes
    std::int64_t mtimeNs = 0;   // modification time, nanoseconds since the Unix epoch (0 if unknown)
    std::uint64_t hash = 0;     // FNV-1a 64 of the bytes
    bool operator==(const FileStamp&) const = default;
};

// FNV-1a, 64 bits (offset basis 14695981039346656037, prime 1099511628211).
std::uint64_t fnv1a64(std::string_view bytes);

// Stats and reads path. Error: "cannot read PATH: reason".
Result<FileStamp, std::string> stampFile(const std::string& path);

// The stamp of bytes just written (size and hash; mtime 0, filled by stampFile).
FileStamp stampBytes(std::string_view bytes);

// Whether path's content now differs from the stamp: a different size, or the
// same size with a different hash. A touch (new mtime, same bytes) is not a
// change. Same size and same mtime (to the nanosecond) is taken as unchanged
// without reading the file, as rsync does: on a file system with one-second
// times, a same-size rewrite within that second goes unnoticed. A file that
// is gone or unreadable counts as changed.
bool changedSince(const std::string& path, const FileStamp& stamp);

} // namespace certplan::safety
