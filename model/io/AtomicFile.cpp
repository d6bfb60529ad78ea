// SPDX-License-Identifier: MIT
#include "io/AtomicFile.h"

#include "safety/ProcessIdentity.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace certplan {

namespace {

std::string folderOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string errnoText() { return std::strerror(errno); }

std::string fileNameOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The file a chain of symbolic links ends at, even when that file does not
// exist yet (a dangling link): realpath() gives up there, so each link is read
// in turn. Without links, path itself.
std::string followLinks(const std::string& requested)
{
    std::string path = requested;
    for (int hop = 0; hop < 40; ++hop) {
        struct stat lst{};
        if (::lstat(path.c_str(), &lst) != 0 || !S_ISLNK(lst.st_mode))
            return path;
        if (char* real = ::realpath(path.c_str(), nullptr)) {
            std::string resolved = real;
            std::free(real);
            return resolved;
        }
        std::string target(static_cast<std::size_t>(PATH_MAX), '\0');
        const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
        if (n <= 0)
            return path;
        target.resize(static_cast<std::size_t>(n));
        path = target.front() == '/' ? target : folderOf(path) + "/" + target;
    }
    return path; // a loop: the rename below reports it
}

// Removes NAME.PID@HOST.XXXXXX.tmp files left in folder by saves of fileName
// on this host whose process is gone. Best effort: errors are ignored.
void removeStaleTemporaries(const std::string& folder, const std::string& fileName)
{
    const std::string host = safety::hostName();
    const std::string stem = fileName + ".";
    DIR* dir = ::opendir(folder.c_str());
    if (!dir)
        return;
    std::vector<std::string> stale;
    while (const dirent* e = ::readdir(dir)) {
        const std::string_view name = e->d_name;
        if (!name.starts_with(stem) || !name.ends_with(".tmp"))
            continue;
        // PID@HOST.XXXXXX between the stem and ".tmp".
        std::string_view mid = name.substr(stem.size(), name.size() - stem.size() - 4);
        std::size_t digits = 0;
        while (digits < mid.size() && digits < 10 && mid[digits] >= '0' && mid[digits] <= '9')
            ++digits;
        if (digits == 0 || digits >= mid.size() || mid[digits] != '@' || mid.size() < digits + 1 + 7)
            continue;
        const std::string_view hostPart = mid.substr(digits + 1, mid.size() - digits - 1 - 7);
        if (hostPart != host || mid[mid.size() - 7] != '.')
            continue;
        const long pid = std::strtol(std::string(mid.substr(0, digits)).c_str(), nullptr, 10);
        if (pid <= 0 || pid == safety::currentPid() || safety::processExists(pid))
            continue;
        stale.emplace_back(name);
    }
    const int fd = ::dirfd(dir);
    for (const auto& name : stale) {
        struct stat st{};
        // Only plain files: never follow or remove a link or a folder of that name.
        if (::fstatat(fd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
            ::unlinkat(fd, name.c_str(), 0);
    }
    ::closedir(dir);
}

} // namespace

std::string temporaryPrefix(const std::string& fileName, long pid, const std::string& host)
{
    return fileName + "." + std::to_string(pid) + "@" + host + ".";
}

Result<Ok, std::string> writeFileAtomically(const std::string& requestedPath, std::string_view bytes)
{
    // Saving through a symbolic link replaces (or creates) the file it points
    // to, not the link.
    const std::string path = followLinks(requestedPath);
    const std::string folder = folderOf(path);
    const std::string fileName = fileNameOf(path);
    std::string tmpl = folderOf(path) + "/" + temporaryPrefix(fileName, safety::currentPid(), safety::hostName()) +
                       "XXXXXX.tmp";
    int fd = ::mkstemps(tmpl.data(), 4);
    if (fd < 0)
        return unexpected("cannot create a temporary file in " + folder + ": " + errnoText());
    const std::string tmp = tmpl;
    auto failWith = [&](std::string msg) -> Result<Ok, std::string> {
        if (fd >= 0)
            ::close(fd);
        ::unlink(tmp.c_str());
        return unexpected(std::move(msg));
    };

    // Keep the permissions of the file being replaced; new files follow the umask.
    struct stat st{};
    if (::stat(path.c_str(), &st) == 0) {
        if (::fchmod(fd, st.st_mode & 07777) != 0)
            return failWith("cannot set permissions on " + tmp + ": " + errnoText());
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        if (::fchmod(fd, 0666 & ~mask) != 0)
            return failWith("cannot set permissions on " + tmp + ": " + errnoText());
    }

    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return failWith("cannot write " + path + ": " + errnoText());
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0)
        return failWith("cannot flush " + path + " to disk: " + errnoText());
    if (::close(fd) != 0) {
        fd = -1;
        return failWith("cannot close " + path + ": " + errnoText());
    }
    fd = -1;
    if (::rename(tmp.c_str(), path.c_str()) != 0)
        return failWith("cannot replace " + path + ": " + errnoText());
    // Make the rename itself durable.
    const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    removeStaleTemporaries(folder, fileName);
    return Ok{};
}

} // namespace certplan
