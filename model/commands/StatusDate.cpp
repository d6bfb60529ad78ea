// SPDX-License-Identifier: MIT
#include "commands/StatusDate.h"

#include "commands/SetValue.h"
#include "core/FieldLimits.h"

namespace certplan {

CommandResult setStatusDate(const Plan& plan, OptDate date)
{
    if (date && !limits::inDateRange(*date))
        return unexpected("the status date must be " + limits::dateRangeText() + "; " +
                          (date->is_special() ? std::string("this is not a date") : formatIsoDate(*date) + " is not"));
    if (date == plan.info.statusDate)
        return unexpected(std::string("nothing to change")); // the app's runEdit says nothing then
    ChangeSet changes;
    changes.info = true;
    return makeSetValue<OptDate>(date ? "Set Status Date" : "Clear Status Date", changes,
                                 [](Plan& p) -> OptDate& { return p.info.statusDate; }, plan, date);
}

} // namespace certplan
