// SPDX-License-Identifier: MIT
#include "io/AtomicFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

} // namespace

Result<Ok, std::string> writeFileAtomically(const std::string& requestedPath, std::string_view bytes)
{
    // Saving through a symbolic link replaces the file it points to, not the link.
    std::string path = requestedPath;
    struct stat lst{};
    if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        if (char* real = ::realpath(path.c_str(), nullptr)) {
            path = real;
            std::free(real);
        }
    }
    const std::string folder = folderOf(path);
    std::string tmpl = path + ".XXXXXX.tmp";
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
    return Ok{};
}

} // namespace certplan
