// SPDX-License-Identifier: MIT
#pragma once
// Runs certplan-cli as a user would and captures what it prints.

#include "TestPaths.h"

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace certplan::test {

struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs program with args appended to the command line as is (quote paths with
// spaces yourself). env: shell assignments for the child only, e.g. "LC_ALL=C LANG=C".
inline CliRun runProgram(const std::string& program, const std::string& args, const std::string& env = "")
{
    static int counter = 0;
    const std::string errFile = "/tmp/certplan-cli-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".err";
    const std::string cmd = (env.empty() ? "" : env + " ") + "'" + program + "' " + args + " 2>'" + errFile + "'";
    CliRun r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p)
        return r;
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
        r.out.append(buf.data(), n);
    const int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = readAll(errFile);
    std::remove(errFile.c_str());
    return r;
}

inline CliRun runCli(const std::string& args, const std::string& env = "")
{
    return runProgram(cliPath(), args, env);
}

} // namespace certplan::test
