// SPDX-License-Identifier: MIT
#pragma once
// Where certplan-bench's figures go: stdout, and with --output FILE that file
// too. Every line is flushed at once because the cost shapes print from forked
// children, which end with _Exit and would lose anything still buffered.

#include <string>

namespace certplan::bench {

// Also write every figure to path (created or truncated); false when it cannot be opened.
bool reportAlsoTo(const std::string& path);

// printf to stdout and to the --output file, flushed.
void report(const char* format, ...) __attribute__((format(printf, 1, 2)));

// Closes the --output file; false when a write to it failed.
bool closeReport();

} // namespace certplan::bench
