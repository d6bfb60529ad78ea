// SPDX-License-Identifier: MIT
#include "safety/RecoveryStore.h"

#include "io/AtomicFile.h"
#include "io/PlanReader.h"
#include "safety/ProcessIdentity.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace certplan::safety {

namespace {

constexpr const char* kHeader = "certplan-recovery 1";
constexpr const char* kMetaSuffix = ".certplan.meta";

// Host names go into file names: keep letters, digits, '.' and '-'.
std::string safeHost(const std::string& host)
{
    std::string s;
    for (char c : host)
        s += (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-') ? c : '-';
    return s.empty() ? "localhost" : s;
}

std::string escape(const std::string& v)
{
    std::string s;
    for (char c : v) {
        if (c == '\\')
            s += "\\\\";
        else if (c == '\n')
            s += "\\n";
        else if (c == '\r')
            s += "\\r";
        else
            s += c;
    }
    return s;
}

std::string unescape(const std::string& v)
{
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            const char n = v[++i];
            s += n == 'n' ? '\n' : n == 'r' ? '\r' : n;
        } else {
            s += v[i];
        }
    }
    return s;
}

bool makeDirs(const std::string& dir, std::string& error)
{
    std::string partial;
    std::size_t pos = 0;
    while (pos != std::string::npos) {
        pos = dir.find('/', pos + 1);
        partial = dir.substr(0, pos);
        if (partial.empty())
            continue;
        if (::mkdir(partial.c_str(), 0700) != 0 && errno != EEXIST) {
            error = "cannot create the recovery folder " + partial + ": " + std::strerror(errno);
            return false;
        }
    }
    return true;
}

bool readFile(const std::string& path, std::string& out)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    std::ostringstream s;
    s << in.rdbuf();
    out = s.str();
    return true;
}

// HOST_PID_SLOT from a file name without the suffix; false if it does not parse.
bool parseStem(const std::string& stem, std::string& host, long& pid)
{
    const auto b = stem.rfind('_');
    if (b == std::string::npos || b == 0)
        return false;
    const auto a = stem.rfind('_', b - 1);
    if (a == std::string::npos || a == 0)
        return false;
    try {
        std::size_t used = 0;
        const std::string p = stem.substr(a + 1, b - a - 1);
        pid = std::stol(p, &used);
        if (used != p.size() || pid <= 0)
            return false;
    } catch (const std::exception&) {
        return false;
    }
    host = stem.substr(0, a);
    return true;
}

// Fills entry from metadata text; false with entry.problem set if it is garbage.
bool parseMeta(const std::string& text, RecoveryEntry& e)
{
    std::istringstream lines(text);
    std::string line;
    if (!std::getline(lines, line) || line != kHeader) {
        e.problem = "the recovery metadata is not in a known format";
        return false;
    }
    bool havePid = false, haveHost = false;
    while (std::getline(lines, line)) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = line.substr(0, eq);
        const std::string value = unescape(line.substr(eq + 1));
        try {
            if (key == "original")
                e.info.originalPath = value;
            else if (key == "title")
                e.info.title = value;
            else if (key == "written")
                e.written = value;
            else if (key == "changes")
                e.info.unsavedChanges = std::stoi(value);
            else if (key == "host") {
                e.host = value;
                haveHost = !value.empty();
            } else if (key == "pid") {
                e.pid = std::stol(value);
                havePid = e.pid > 0;
            } else if (key == "start")
                e.startTicks = std::stoull(value);
        } catch (const std::exception&) {
            e.problem = "the recovery metadata has a bad value for " + key;
            return false;
        }
    }
    if (!havePid || !haveHost) {
        e.problem = "the recovery metadata does not say which process wrote it";
        return false;
    }
    return true;
}

} // namespace

RecoveryStore::RecoveryStore(std::string directory) : m_dir(std::move(directory))
{
    while (m_dir.size() > 1 && m_dir.back() == '/')
        m_dir.pop_back();
}

std::string RecoveryStore::defaultDirectory()
{
    if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x == '/')
        return std::string(x) + "/certplan/recovery";
    if (const char* h = std::getenv("HOME"); h && *h == '/')
        return std::string(h) + "/.local/state/certplan/recovery";
    return "/tmp/certplan-recovery-" + std::to_string(::geteuid());
}

std::string RecoveryStore::planFileFor(int slot) const
{
    return m_dir + "/" + safeHost(hostName()) + "_" + std::to_string(currentPid()) + "_" + std::to_string(slot) +
           ".certplan";
}

std::string RecoveryStore::metaFileFor(int slot) const { return planFileFor(slot) + ".meta"; }

Result<Ok, std::string> RecoveryStore::write(int slot, const RecoveryInfo& info, std::string_view planBytes) const
{
    std::string error;
    if (!makeDirs(m_dir, error))
        return unexpected(error);
    if (auto w = writeFileAtomically(planFileFor(slot), planBytes); !w)
        return unexpected("cannot write the recovery copy: " + w.error());
    std::ostringstream m;
    m << kHeader << "\noriginal=" << escape(info.originalPath) << "\ntitle=" << escape(info.title)
      << "\nwritten=" << isoTimestampNow() << "\nchanges=" << info.unsavedChanges << "\nhost=" << escape(hostName())
      << "\npid=" << currentPid() << "\nstart=" << processStartTicks(currentPid()) << "\n";
    if (auto w = writeFileAtomically(metaFileFor(slot), m.str()); !w)
        return unexpected("cannot write the recovery copy: " + w.error());
    return Ok{};
}

std::vector<RecoveryEntry> RecoveryStore::list() const
{
    std::vector<RecoveryEntry> out;
    DIR* d = ::opendir(m_dir.c_str());
    if (!d)
        return out;
    const std::string me = hostName();
    const std::string suffix = kMetaSuffix;
    std::vector<std::string> names;
    while (const dirent* ent = ::readdir(d)) {
        const std::string name = ent->d_name;
        if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            names.push_back(name);
    }
    ::closedir(d);

    for (const std::string& name : names) {
        RecoveryEntry e;
        e.metaFile = m_dir + "/" + name;
        e.planFile = e.metaFile.substr(0, e.metaFile.size() - 5); // drop ".meta"
        const std::string stem = name.substr(0, name.size() - suffix.size());
        std::string nameHost;
        long namePid = 0;
        const bool named = parseStem(stem, nameHost, namePid);

        std::string meta;
        bool metaOk = false;
        if (!readFile(e.metaFile, meta))
            e.problem = "the recovery metadata cannot be read";
        else
            metaOk = parseMeta(meta, e);
        if (!metaOk) {
            if (!named) {
                e.usable = false;
                e.host.clear(), e.pid = 0; // nothing says who wrote it: list it as unusable
            } else {
                // The name still says who wrote it: the copy itself may be fine.
                // Offered as a plan with unknown details rather than hidden forever.
                e.host = nameHost, e.pid = namePid, e.startTicks = 0;
                e.info = RecoveryInfo{};
                e.written.clear();
                if (e.problem.empty())
                    e.problem = "its details (" + name + ") are damaged";
            }
        }

        const bool sameHost = metaOk ? e.host == me : (named && nameHost == safeHost(me));
        if (sameHost && e.pid > 0 && processStillRuns(e.pid, e.startTicks))
            continue; // a live session's copy: not ours to recover
        e.otherHost = !sameHost && e.pid > 0;

        if (e.usable) {
            std::string bytes;
            if (!readFile(e.planFile, bytes)) {
                e.usable = false;
                e.problem = "the recovery copy is missing";
            } else if (const LoadResult r = readPlanText(std::move(bytes), e.planFile); !r) {
                e.usable = false;
                e.problem = "the recovery copy does not load: " + r.error().format();
            } else if (!metaOk) {
                e.info.title = r->plan.info.title;
            }
        }
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const RecoveryEntry& a, const RecoveryEntry& b) {
        return a.written != b.written ? a.written > b.written : a.metaFile < b.metaFile;
    });
    return out;
}

Result<Ok, std::string> RecoveryStore::remove(const RecoveryEntry& entry) const
{
    for (const std::string& f : {entry.metaFile, entry.planFile}) {
        if (f.empty())
            continue;
        if (::unlink(f.c_str()) != 0 && errno != ENOENT)
            return unexpected("cannot remove " + f + ": " + std::strerror(errno));
    }
    return Ok{};
}

void RecoveryStore::removeOwn(int slot) const
{
    ::unlink(metaFileFor(slot).c_str());
    ::unlink(planFileFor(slot).c_str());
}

void RecoveryStore::removeFor(long pid) const
{
    const std::string prefix = safeHost(hostName()) + "_" + std::to_string(pid) + "_";
    DIR* d = ::opendir(m_dir.c_str());
    if (!d)
        return;
    std::vector<std::string> doomed;
    while (const dirent* ent = ::readdir(d)) {
        const std::string name = ent->d_name;
        if (name.rfind(prefix, 0) == 0)
            doomed.push_back(m_dir + "/" + name);
    }
    ::closedir(d);
    for (const std::string& f : doomed)
        ::unlink(f.c_str());
}

// --- RecoveryWriter ---------------------------------------------------------

RecoveryWriter::RecoveryWriter(RecoveryStore store, int slot)
    : m_store(std::move(store)), m_slot(slot), m_thread([this] { run(); })
{
}

RecoveryWriter::~RecoveryWriter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

void RecoveryWriter::submit(RecoveryInfo info, std::string planBytes)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pending.emplace(std::move(info), std::move(planBytes)); // replaces an older pending snapshot
    }
    m_cv.notify_all();
}

void RecoveryWriter::flush()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cv.wait(lock, [this] { return !m_pending && !m_busy; });
}

void RecoveryWriter::discard()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_pending.reset();
    m_cv.wait(lock, [this] { return !m_busy; });
    m_store.removeOwn(m_slot); // under the mutex: no write can start meanwhile
}

int RecoveryWriter::writtenCount() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_written;
}

std::string RecoveryWriter::lastError() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_lastError;
}

void RecoveryWriter::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_cv.wait(lock, [this] { return m_stop || m_pending.has_value(); });
        if (!m_pending) {
            if (m_stop)
                return;
            continue;
        }
        auto job = std::move(*m_pending);
        m_pending.reset();
        m_busy = true;
        lock.unlock();
        const auto r = m_store.write(m_slot, job.first, job.second);
        lock.lock();
        m_busy = false;
        if (r)
            ++m_written, m_lastError.clear();
        else
            m_lastError = r.error();
        m_cv.notify_all();
    }
}

} // namespace certplan::safety
