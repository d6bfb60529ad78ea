// SPDX-License-Identifier: MIT
#include "commands/ChangeSet.h"

namespace certplan {

ChangeSet ChangeSet::everything()
{
    ChangeSet c;
    c.structure = c.tasks = c.resources = c.calendars = c.info = c.checklists = c.certification = c.documents =
        c.baselines = c.replaced = true;
    return c;
}

void ChangeSet::merge(const ChangeSet& o)
{
    structure |= o.structure;
    tasks |= o.tasks;
    taskIds.insert(taskIds.end(), o.taskIds.begin(), o.taskIds.end());
    resources |= o.resources;
    calendars |= o.calendars;
    info |= o.info;
    checklists |= o.checklists;
    certification |= o.certification;
    documents |= o.documents;
    baselines |= o.baselines;
    replaced |= o.replaced;
}

bool ChangeSet::empty() const
{
    return !(structure || tasks || resources || calendars || info || checklists || certification || documents ||
             baselines || replaced);
}

} // namespace certplan
