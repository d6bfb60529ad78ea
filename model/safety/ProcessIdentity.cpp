// SPDX-License-Identifier: MIT
#include "safety/ProcessIdentity.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <unistd.h>

namespace certplan::safety {

std::string currentUser()
{
    if (const char* u = std::getenv("USER"); u && *u)
        return u;
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return pw->pw_name;
    return std::to_string(::geteuid());
}

std::string hostName()
{
    char buf[256] = {};
    if (::gethostname(buf, sizeof buf - 1) != 0 || buf[0] == '\0')
        return "localhost";
    return buf;
}

long currentPid() { return static_cast<long>(::getpid()); }

unsigned long long processStartTicks(long pid)
{
    if (pid <= 0)
        return 0;
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(in, text))
        return 0;
    // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return 0;
    std::istringstream rest(text.substr(close + 1));
    std::string field;
    // Fields 3..21 come first, then starttime is field 22.
    for (int i = 3; i <= 21; ++i)
        if (!(rest >> field))
            return 0;
    unsigned long long ticks = 0;
    if (!(rest >> ticks))
        return 0;
    return ticks;
}

bool processExists(long pid)
{
    if (pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(pid), 0) == 0)
        return true;
    return errno == EPERM;
}

namespace {
// A killed process whose parent has not reaped it yet is a zombie ('Z') or
// dying ('X'): kill(pid, 0) still succeeds, but it will never save or unlock.
bool isZombie(long pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(in, text))
        return false;
    const auto close = text.rfind(')');
    if (close == std::string::npos || close + 2 >= text.size())
        return false;
    const char state = text[close + 2];
    return state == 'Z' || state == 'X';
}
} // namespace

bool processStillRuns(long pid, unsigned long long startTicks)
{
    if (!processExists(pid) || isZombie(pid))
        return false;
    if (startTicks == 0)
        return true;
    const unsigned long long now = processStartTicks(pid);
    return now == 0 || now == startTicks; // unknown now: assume it is the same process
}

std::string isoTimestampNow()
{
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    ::localtime_r(&t, &local);
    char buf[40];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &local);
    std::string s = buf; // ...+0100 -> ...+01:00
    if (s.size() >= 5 && (s[s.size() - 5] == '+' || s[s.size() - 5] == '-'))
        s.insert(s.size() - 2, ":");
    return s;
}

std::string shortTimestamp(const std::string& iso)
{
    if (iso.size() >= 16 && iso[4] == '-' && iso[7] == '-' && iso[10] == 'T' && iso[13] == ':')
        return iso.substr(0, 10) + " " + iso.substr(11, 5);
    return iso;
}

} // namespace certplan::safety
