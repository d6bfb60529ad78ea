// SPDX-License-Identifier: MIT
#include "safety/Backups.h"

#include "io/AtomicFile.h"
#include "io/PlanWriter.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace certplan::safety {

namespace {

std::string errnoText(int e) { return std::strerror(e); }

bool exists(const std::string& p)
{
    struct stat st{};
    return ::stat(p.c_str(), &st) == 0;
}

} // namespace

std::string backupPathFor(const std::string& path, int level) { return path + "." + std::to_string(level) + ".bak"; }

Result<Ok, std::string> writeKeepingBackups(const std::string& requested, std::string_view bytes, int levels)
{
    // Through a symbolic link the file written is the target: its backups sit
    // beside it and are named after it, whichever name the plan was opened by.
    std::error_code ec;
    std::string path = requested;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(requested, ec))) {
        path = std::filesystem::weakly_canonical(requested, ec).string();
        if (ec)
            return unexpected("cannot follow the link " + requested + ": " + ec.message());
    }
    struct stat st{};
    const bool haveOld = ::stat(path.c_str(), &st) == 0;
    if (levels > 0 && haveOld) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream buf;
        buf << in.rdbuf();
        if (!in.good() && !in.eof())
            return unexpected("cannot read " + path + " to keep a backup: " + errnoText(errno));
        const std::string old = buf.str();
        if (static_cast<off_t>(old.size()) != st.st_size)
            return unexpected("cannot read " + path + " to keep a backup");
        if (old != bytes) {
            const std::string staging = path + ".new.bak";
            if (auto w = writeFileAtomically(staging, old); !w)
                return unexpected("cannot keep a backup of " + path + ": " + w.error());
            ::chmod(staging.c_str(), st.st_mode & 07777);
            for (int level = levels - 1; level >= 1; --level) {
                const std::string from = backupPathFor(path, level);
                if (exists(from) && ::rename(from.c_str(), backupPathFor(path, level + 1).c_str()) != 0) {
                    const int e = errno;
                    ::unlink(staging.c_str());
                    return unexpected("cannot rotate the backup " + from + ": " + errnoText(e));
                }
            }
            if (::rename(staging.c_str(), backupPathFor(path, 1).c_str()) != 0) {
                const int e = errno;
                ::unlink(staging.c_str());
                return unexpected("cannot keep a backup of " + path + ": " + errnoText(e));
            }
        }
    }
    return writeFileAtomically(path, bytes);
}

Result<Ok, std::string> savePlanKeepingBackups(const Plan& plan, const std::string& path, int levels)
{
    const std::string text = writePlanToString(plan);
    if (auto ok = checkPlanText(text, path); !ok)
        return ok; // before any backup is rotated: nothing on disk changes
    return writeKeepingBackups(path, text, levels);
}

} // namespace certplan::safety
