// SPDX-License-Identifier: MIT
#include "Report.h"

#include <cstdarg>
#include <cstdio>

namespace certplan::bench {

namespace {
std::FILE* g_file = nullptr;
} // namespace

bool reportAlsoTo(const std::string& path)
{
    g_file = std::fopen(path.c_str(), "w");
    return g_file != nullptr;
}

void report(const char* format, ...)
{
    std::va_list args;
    va_start(args, format);
    if (g_file) {
        std::va_list copy;
        va_copy(copy, args);
        std::vfprintf(g_file, format, copy);
        va_end(copy);
        std::fflush(g_file);
    }
    std::vprintf(format, args);
    va_end(args);
    std::fflush(stdout);
}

bool closeReport()
{
    if (!g_file)
        return true;
    const bool ok = !std::ferror(g_file);
    const bool closed = std::fclose(g_file) == 0;
    g_file = nullptr;
    return ok && closed;
}

} // namespace certplan::bench
