// SPDX-License-Identifier: MIT
#include "safety/PlanLock.h"

#include "safety/ProcessIdentity.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace certplan::safety {

namespace {

constexpr const char* kHeader = "certplan-lock 1";

std::string errnoText(int e) { return std::strerror(e); }

std::string folderOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string resolvedPlanPath(const std::string& planPath)
{
    struct stat st{};
    if (::lstat(planPath.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        if (char* real = ::realpath(planPath.c_str(), nullptr)) {
            std::string r = real;
            std::free(real);
            return r;
        }
    }
    return planPath;
}

std::string randomToken()
{
    std::random_device rd;
    std::ostringstream s;
    s << std::hex << rd() << rd() << rd() << rd();
    return s.str();
}

std::string serialise(const LockOwner& o)
{
    std::ostringstream s;
    s << kHeader << "\nuser=" << o.user << "\nhost=" << o.host << "\npid=" << o.pid << "\nstart=" << o.startTicks
      << "\nsince=" << o.since << "\ntoken=" << o.token << "\n";
    return s.str();
}

LockOwner unreadable()
{
    LockOwner o;
    o.user = "unknown";
    o.readable = false;
    return o;
}

// The value with control characters (a newline planted in $USER...) removed.
std::string clean(std::string v)
{
    std::string out;
    for (char c : v)
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    return out;
}

std::optional<LockOwner> readLockFile(const std::string& lockPath)
{
    std::ifstream in(lockPath, std::ios::binary);
    if (!in) {
        struct stat st{};
        if (::stat(lockPath.c_str(), &st) != 0 && errno == ENOENT)
            return std::nullopt;
        return unreadable(); // exists but cannot be opened
    }
    std::string text;
    text.resize(64 * 1024);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    std::istringstream lines(text);
    std::string line;
    if (!std::getline(lines, line) || line != kHeader)
        return unreadable();
    LockOwner o;
    bool havePid = false;
    while (std::getline(lines, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq);
        const std::string value = line.substr(eq + 1);
        try {
            if (key == "user")
                o.user = value;
            else if (key == "host")
                o.host = value;
            else if (key == "pid") {
                std::size_t used = 0;
                o.pid = std::stol(value, &used);
                havePid = used == value.size() && o.pid > 0;
            } else if (key == "start")
                o.startTicks = std::stoull(value);
            else if (key == "since")
                o.since = value;
            else if (key == "token")
                o.token = value;
        } catch (const std::exception&) {
            return unreadable();
        }
    }
    if (o.user.empty() || o.host.empty() || !havePid)
        return unreadable();
    return o;
}

struct TempFile {
    std::string path;
    std::string error;
};

// A complete file with `content` under a temporary name beside lockPath.
TempFile writeTemp(const std::string& lockPath, const std::string& content)
{
    std::string tmpl = lockPath + ".XXXXXX";
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return {{}, "cannot create the lock file in " + folderOf(lockPath) + ": " + errnoText(errno)};
    ::fchmod(fd, 0644);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            ::unlink(tmpl.c_str());
            return {{}, "cannot write the lock file " + lockPath + ": " + errnoText(e)};
        }
        written += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) {
        const int e = errno;
        ::unlink(tmpl.c_str());
        return {{}, "cannot write the lock file " + lockPath + ": " + errnoText(e)};
    }
    return {tmpl, {}};
}

// Creates lockPath with content only if it does not exist. 0 on success, else errno.
int createExclusive(const std::string& lockPath, const std::string& content, std::string& error)
{
    TempFile tmp = writeTemp(lockPath, content);
    if (!tmp.error.empty()) {
        error = tmp.error;
        return EIO;
    }
    if (::link(tmp.path.c_str(), lockPath.c_str()) == 0) {
        ::unlink(tmp.path.c_str());
        return 0;
    }
    const int e = errno;
    ::unlink(tmp.path.c_str());
    if (e == EEXIST)
        return EEXIST;
    if (e != EPERM && e != EOPNOTSUPP && e != ENOSYS && e != EMLINK) {
        error = "cannot create the lock file " + lockPath + ": " + errnoText(e);
        return e;
    }
    // No hard links here (FAT, some network shares): O_CREAT|O_EXCL, then write.
    const int fd = ::open(lockPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int e2 = errno;
        if (e2 != EEXIST)
            error = "cannot create the lock file " + lockPath + ": " + errnoText(e2);
        return e2;
    }
    const ssize_t n = ::write(fd, content.data(), content.size());
    const bool ok = n == static_cast<ssize_t>(content.size());
    const int e3 = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(lockPath.c_str());
        error = "cannot write the lock file " + lockPath + ": " + errnoText(e3);
        return EIO;
    }
    return 0;
}

LockRefusal heldBy(const std::string& planPath, const LockOwner& holder)
{
    LockRefusal r;
    r.kind = LockRefusal::Kind::Held;
    r.holder = holder;
    r.stale = isStale(holder);
    r.message = planPath + " is locked by " + holder.describe();
    if (!holder.readable)
        r.message += "; the lock file " + lockPathFor(planPath) + " cannot be read (remove it if no one has the plan open)";
    else if (r.stale)
        r.message += "; that process no longer runs (stale lock)";
    return r;
}

LockRefusal failure(std::string message)
{
    LockRefusal r;
    r.kind = LockRefusal::Kind::Error;
    r.message = std::move(message);
    return r;
}

} // namespace

std::string LockOwner::describe() const
{
    if (!readable)
        return "unknown";
    std::string s = user + " on host " + host + " (process " + std::to_string(pid) + ")";
    if (!since.empty())
        s += " since " + shortTimestamp(since);
    return s;
}

std::string lockPathFor(const std::string& planPath)
{
    const std::string path = resolvedPlanPath(planPath);
    const auto slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::string folder = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    return folder + ".~lock." + name + "#";
}

std::optional<LockOwner> readLock(const std::string& planPath) { return readLockFile(lockPathFor(planPath)); }

bool isStale(const LockOwner& owner)
{
    if (!owner.readable || owner.pid <= 0 || owner.host != hostName())
        return false;
    return !processStillRuns(owner.pid, owner.startTicks);
}

Result<Ok, std::string> breakLock(const std::string& planPath)
{
    const std::string lp = lockPathFor(planPath);
    if (::unlink(lp.c_str()) != 0 && errno != ENOENT)
        return unexpected("cannot remove the lock file " + lp + ": " + errnoText(errno));
    return Ok{};
}

Result<PlanLock, LockRefusal> PlanLock::acquire(const std::string& planPath, bool force)
{
    const std::string lp = lockPathFor(planPath);
    LockOwner me;
    me.user = clean(currentUser());
    me.host = clean(hostName());
    me.pid = currentPid();
    me.startTicks = processStartTicks(me.pid);
    me.since = isoTimestampNow();
    me.token = randomToken();
    const std::string content = serialise(me);

    // A few rounds: the holder may release between our failed create and our read.
    for (int attempt = 0; attempt < 10; ++attempt) {
        std::string error;
        const int e = createExclusive(lp, content, error);
        if (e == 0) {
            PlanLock lock;
            lock.m_lockPath = lp;
            lock.m_owner = me;
            return lock;
        }
        if (e != EEXIST)
            return unexpected(failure(error));
        const std::optional<LockOwner> holder = readLockFile(lp);
        if (!holder)
            continue; // released meanwhile: try again
        if (!force)
            return unexpected(heldBy(planPath, *holder));
        // Take it over: replace the file in one rename, then check we won.
        TempFile tmp = writeTemp(lp, content);
        if (!tmp.error.empty())
            return unexpected(failure(tmp.error));
        if (::rename(tmp.path.c_str(), lp.c_str()) != 0) {
            const int re = errno;
            ::unlink(tmp.path.c_str());
            return unexpected(failure("cannot replace the lock file " + lp + ": " + errnoText(re)));
        }
        const std::optional<LockOwner> now = readLockFile(lp);
        if (now && now->readable && now->token == me.token) {
            PlanLock lock;
            lock.m_lockPath = lp;
            lock.m_owner = me;
            lock.m_previous = holder;
            return lock;
        }
        if (now)
            return unexpected(heldBy(planPath, *now)); // someone else forced at the same moment
    }
    return unexpected(failure("cannot take the lock " + lp + ": it keeps changing hands"));
}

PlanLock::PlanLock(PlanLock&& other) noexcept
    : m_lockPath(std::move(other.m_lockPath)), m_owner(std::move(other.m_owner)), m_previous(std::move(other.m_previous))
{
    other.m_lockPath.clear();
}

PlanLock& PlanLock::operator=(PlanLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_lockPath = std::move(other.m_lockPath);
        m_owner = std::move(other.m_owner);
        m_previous = std::move(other.m_previous);
        other.m_lockPath.clear();
    }
    return *this;
}

PlanLock::~PlanLock() { release(); }

void PlanLock::release()
{
    if (m_lockPath.empty())
        return;
    // A forked child inherits the object but not the lock.
    if (currentPid() == m_owner.pid) {
        const std::optional<LockOwner> now = readLockFile(m_lockPath);
        if (now && now->readable && now->token == m_owner.token && now->pid == m_owner.pid) {
            // Taken over from a holder that still runs (certplan-cli --force
            // while the app has the plan open): the lock goes back to it, so
            // the app stays protected. Otherwise the lock goes.
            bool handedBack = false;
            // Never to this process itself: that lock was ours and is given up with this one.
            const bool ownEarlierLock = m_previous && m_previous->pid == m_owner.pid && m_previous->host == m_owner.host;
            if (m_previous && m_previous->readable && !ownEarlierLock && !isStale(*m_previous)) {
                TempFile tmp = writeTemp(m_lockPath, serialise(*m_previous));
                handedBack = tmp.error.empty() && ::rename(tmp.path.c_str(), m_lockPath.c_str()) == 0;
                if (!handedBack && !tmp.path.empty())
                    ::unlink(tmp.path.c_str());
            }
            if (!handedBack)
                ::unlink(m_lockPath.c_str());
        }
    }
    m_lockPath.clear();
}

} // namespace certplan::safety
