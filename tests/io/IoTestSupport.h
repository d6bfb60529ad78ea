// SPDX-License-Identifier: MIT
#pragma once
// Shared by the file-format tests: fixture paths, scratch folders, raw file
// access and schema validation with xmllint.

#include "TestPaths.h"
#include "io/PlanReader.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace certplan::test {

inline std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeBytes(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    out.close();
    REQUIRE(out.good());
}

// A fresh folder under /tmp, removed with everything in it when the test ends.
class ScratchDir {
public:
    ScratchDir()
    {
        std::string tmpl = "/tmp/certplan-test-XXXXXX";
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        m_path = tmpl;
    }
    ~ScratchDir()
    {
        std::error_code ec;
        // Tests may leave the folder read-only; give the permissions back first.
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

    // Names of the folder's entries, sorted, so a leftover temporary file shows up in a diff.
    std::vector<std::string> entries() const
    {
        std::vector<std::string> out;
        for (const auto& e : std::filesystem::directory_iterator(m_path))
            out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    std::string m_path;
};

struct CommandOutput {
    int exitCode = -1;
    std::string output; // stdout and stderr together
};

inline CommandOutput runShell(const std::string& command)
{
    CommandOutput r;
    FILE* p = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(p != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
        r.output.append(buf.data(), n);
    const int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// Schema validation is part of the format's promise, so a missing xmllint is a
// failure (packaging/bootstrap.sh installs it), never a skipped check.
inline CommandOutput xmllintValidate(const std::string& file)
{
    const CommandOutput probe = runShell("command -v xmllint");
    INFO("xmllint is not installed; run packaging/bootstrap.sh (Debian package libxml2-utils)");
    REQUIRE(probe.exitCode == 0);
    return runShell("xmllint --noout --schema '" + schemaPath() + "' '" + file + "'");
}

inline std::string badFile(const std::string& name) { return dataPath("bad/" + name); }
inline std::string goodFile(const std::string& name) { return dataPath("good/" + name); }

// Loads a fixture that must be refused and returns the one error.
inline LoadIssue loadError(const std::string& path)
{
    const LoadResult r = readPlanFile(path);
    INFO(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().file == path);
    return r.error();
}

inline bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace certplan::test
