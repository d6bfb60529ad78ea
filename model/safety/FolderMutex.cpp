// SPDX-License-Identifier: MIT
#include "safety/FolderMutex.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/file.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace certplan::safety {

Result<FolderMutex, std::string> FolderMutex::lock(const std::string& planPath, int timeoutMs)
{
    std::error_code ec;
    std::filesystem::path target = std::filesystem::weakly_canonical(planPath, ec);
    if (ec)
        target = std::filesystem::absolute(planPath, ec);
    std::string folder = target.parent_path().string();
    if (folder.empty())
        folder = ".";
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return unexpected("cannot open the folder " + folder + ": " + std::strerror(errno));
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int e = errno;
        if (e != EWOULDBLOCK && e != EINTR) {
            ::close(fd);
            return unexpected("cannot lock the folder " + folder + ": " + std::strerror(e));
        }
        if (std::chrono::steady_clock::now() > until) {
            ::close(fd);
            return unexpected("another program has been writing in " + folder + " for " +
                              std::to_string(timeoutMs / 1000) + " s; try again");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    FolderMutex m;
    m.m_fd = fd;
    return m;
}

FolderMutex::FolderMutex(FolderMutex&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

FolderMutex& FolderMutex::operator=(FolderMutex&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

FolderMutex::~FolderMutex()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the descriptor drops the flock
}

} // namespace certplan::safety
