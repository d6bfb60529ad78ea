// SPDX-License-Identifier: MIT
// Progress contradictions as load warnings: the plan loads as written, and
// every output counts it by the rules of progress/Progress.h, which the
// warnings quote.
#include "io/ReadState.h"

#include "progress/Progress.h"

namespace certplan::io {

void checkProgress(ReadState& st)
{
    XmlContext& ctx = st.ctx;
    // The contradictions come in task order, which is file order: each
    // position is counted on from the one before, so a plan with thousands of
    // them does not scan the file once per warning.
    std::size_t lastOffset = 0;
    TextPosition last;
    for (const ProgressContradiction& c : progressContradictions(st.plan)) {
        const std::ptrdiff_t name = st.taskNodes[static_cast<std::size_t>(c.task)].offset_debug();
        TextPosition pos;
        if (name > 0) {
            const std::size_t offset = static_cast<std::size_t>(name - 1); // the '<', as XmlContext::positionOf
            if (last.known() && offset >= lastOffset) {
                const TextPosition d = positionOf(ctx.text().substr(lastOffset), offset - lastOffset);
                pos = d.line == 1 ? TextPosition{last.line, last.column + d.column - 1}
                                  : TextPosition{last.line + d.line - 1, d.column};
            } else {
                pos = ctx.positionAt(offset);
            }
            lastOffset = offset;
            last = pos;
        }
        ctx.warn(LoadIssue::Code::Contradiction, pos, c.message);
    }
}

} // namespace certplan::io
