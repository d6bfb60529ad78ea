// SPDX-License-Identifier: MIT
#include "safety/FileStamp.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace certplan::safety {

std::uint64_t fnv1a64(std::string_view bytes)
{
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

Result<FileStamp, std::string> stampFile(const std::string& path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return unexpected("cannot read " + path + ": " + std::strerror(errno));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return unexpected("cannot read " + path + ": " + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string bytes = buf.str();
    FileStamp s = stampBytes(bytes);
    s.mtimeNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return s;
}

FileStamp stampBytes(std::string_view bytes)
{
    FileStamp s;
    s.size = bytes.size();
    s.hash = fnv1a64(bytes);
    return s;
}

bool changedSince(const std::string& path, const FileStamp& stamp)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return true;
    if (static_cast<std::uint64_t>(st.st_size) != stamp.size)
        return true;
    // Same size and same modification time to the nanosecond: unchanged, without
    // reading the file (the app asks on every focus; a 100,000-task plan is 19 MiB).
    const std::int64_t mtimeNs = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    if (mtimeNs == stamp.mtimeNs)
        return false;
    const auto now = stampFile(path);
    return !now || now->size != stamp.size || now->hash != stamp.hash;
}

} // namespace certplan::safety
