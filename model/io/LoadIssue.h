// SPDX-License-Identifier: MIT
#pragma once
#include "core/Plan.h"
#include "util/Result.h"
#include "util/TextPosition.h"

#include <string>
#include <vector>

namespace certplan {

struct LoadIssue {
    enum class Code {
        FileNotFound,
        Io,
        Empty,
        Encoding,
        XmlSyntax,
        Truncated,
        WrongRoot,
        UnsupportedVersion,
        MissingField,
        InvalidValue,
        DuplicateId,
        DanglingReference,
        Cycle,
        Unknown, // warnings: elements or attributes this version does not know
        Contradiction, // warnings: values that contradict each other (progress/Progress.h)
    };
    Code code = Code::XmlSyntax;
    std::string file;
    TextPosition position;
    std::string message;

    // "plan.certplan:12:7: error: ..." (the compiler-style line editors can jump to)
    std::string format(const char* severity = "error") const;
};

struct LoadedPlan {
    Plan plan;
    std::vector<LoadIssue> warnings;
};

using LoadResult = Result<LoadedPlan, LoadIssue>;

} // namespace certplan
