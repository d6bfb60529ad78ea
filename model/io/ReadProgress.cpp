// SPDX-License-Identifier: MIT
// Progress contradictions as load warnings: the plan loads as written, and
// every output counts it by the rules of progress/Progress.h, which the
// warnings quote.
#include "io/ReadState.h"

#include "progress/Progress.h"

namespace certplan::io {

void checkProgress(ReadState& st)
{
    for (const ProgressContradiction& c : progressContradictions(st.plan))
        st.ctx.warn(LoadIssue::Code::Contradiction, st.ctx.positionOf(st.taskNodes[static_cast<std::size_t>(c.task)]),
                    c.message);
}

} // namespace certplan::io
