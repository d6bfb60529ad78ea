// SPDX-License-Identifier: MIT
#include "commands/ProjectEdits.h"

#include "commands/SetValue.h"
#include "core/FieldLimits.h"

#include <set>
#include <unordered_map>

namespace certplan {

namespace {

CommandResult refuse(std::string why) { return unexpected(std::move(why)); }

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// "the start date 1900-01-01 is not a date from 1950-01-01 to 2249-12-31"
std::optional<std::string> outOfRange(const char* what, const OptDate& d)
{
    if (!d || limits::inDateRange(*d))
        return std::nullopt;
    return std::string(what) + " " + formatIsoDate(*d) + " is not " + limits::dateRangeText();
}

// Replaces the three parts of WorkingTime together, so undo restores them together.
class ReplaceWorkingTime : public Command {
public:
    ReplaceWorkingTime(std::string label, WorkingTime before, WorkingTime after)
        : m_label(std::move(label)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void apply(Plan& plan) override { put(plan, m_after); }
    void revert(Plan& plan) override { put(plan, m_before); }
    std::string label() const override { return m_label; }
    ChangeSet changes() const override
    {
        ChangeSet c;
        c.calendars = true;
        c.info = m_before.planCalendar != m_after.planCalendar;
        c.resources = m_before.resources != m_after.resources;
        return c;
    }

private:
    static void put(Plan& plan, const WorkingTime& w)
    {
        plan.calendars = w.calendars;
        plan.info.calendar = w.planCalendar;
        plan.resources = w.resources;
    }
    std::string m_label;
    WorkingTime m_before;
    WorkingTime m_after;
};

} // namespace

CommandResult editPlanInfo(const Plan& plan, PlanInfo after)
{
    if (blank(after.title))
        return refuse("the plan needs a title: it names the plan in the window and in reports");
    if (auto why = outOfRange("the start date", after.start))
        return refuse(*why);
    if (auto why = outOfRange("the target date", after.target))
        return refuse(*why);
    if (auto why = outOfRange("the status date", after.statusDate))
        return refuse(*why);
    if (after.direction == PlanningDirection::Backward && !after.target)
        return refuse("backward planning needs a target date: the date the plan must finish by");
    if (!after.targetTask.empty() && !plan.findTask(after.targetTask))
        return refuse("the target task '" + after.targetTask + "' does not exist in this plan");
    if (!after.calendar.empty() && !plan.findCalendar(after.calendar))
        return refuse("the calendar '" + after.calendar + "' does not exist in this plan");
    if (after == plan.info)
        return refuse("nothing to change");
    ChangeSet changes;
    changes.info = true;
    changes.calendars = after.calendar != plan.info.calendar;
    return makeSetValue<PlanInfo>("Project Information", changes, [](Plan& p) -> PlanInfo& { return p.info; }, plan,
                                  std::move(after));
}

WorkingTime workingTimeOf(const Plan& plan)
{
    return {plan.calendars, plan.info.calendar, plan.resources};
}

CommandResult changeWorkingTime(const Plan& plan, WorkingTime after, std::string label)
{
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < after.calendars.size(); ++i) {
        const Calendar& c = after.calendars[i];
        if (c.id.empty())
            return refuse("every calendar needs an id");
        if (!index.emplace(c.id, i).second)
            return refuse("two calendars have the id '" + c.id + "'");
    }
    for (const Calendar& c : after.calendars) {
        const std::string name = "calendar '" + (c.name.empty() ? c.id : c.name) + "'";
        if (!c.base.empty() && !index.count(c.base))
            return refuse(name + " is based on '" + c.base + "', which does not exist in this plan");
        // A loop of bases would make the calendar undefined (the loader refuses it).
        std::set<std::string> seen{c.id};
        for (std::string b = c.base; !b.empty(); b = after.calendars[index.at(b)].base) {
            if (!index.count(b))
                break;
            if (!seen.insert(b).second)
                return refuse(name + " is based, through its base calendars, on itself");
        }
        if (c.week && c.week->workingDaysPerWeek() == 0)
            return refuse(name + " has no working weekday; tick at least one day");
        for (const CalendarException& e : c.exceptions) {
            if (!limits::inDateRange(e.from) || !limits::inDateRange(e.to))
                return refuse(name + ": the exception '" + e.name + "' has a day that is not " + limits::dateRangeText());
            if (e.to < e.from)
                return refuse(name + ": the exception '" + e.name + "' ends (" + formatIsoDate(e.to) +
                              ") before it begins (" + formatIsoDate(e.from) + ")");
        }
    }
    if (!after.planCalendar.empty() && !index.count(after.planCalendar))
        return refuse("the plan calendar '" + after.planCalendar + "' does not exist in this plan");
    for (const Resource& r : after.resources)
        if (!r.calendar.empty() && !index.count(r.calendar))
            return refuse("the calendar '" + r.calendar + "' of " + r.name + " does not exist in this plan");
    WorkingTime before = workingTimeOf(plan);
    if (after == before)
        return refuse("nothing to change");
    return CommandPtr(std::make_unique<ReplaceWorkingTime>(std::move(label), std::move(before), std::move(after)));
}

const Calendar* personalCalendarOf(const Plan& plan, const Resource& r)
{
    const Calendar* c = plan.findCalendar(r.calendar);
    if (!c || c->base.empty() || c->id == plan.info.calendar)
        return nullptr;
    for (const Resource& other : plan.resources)
        if (other.id != r.id && other.calendar == c->id)
            return nullptr;
    for (const Calendar& other : plan.calendars)
        if (other.base == c->id)
            return nullptr;
    return c;
}

std::string newCalendarId(const std::vector<Calendar>& calendars, const std::string& stem)
{
    auto taken = [&](const std::string& id) {
        for (const Calendar& c : calendars)
            if (c.id == id)
                return true;
        return false;
    };
    std::string id = stem;
    for (int n = 2; taken(id); ++n)
        id = stem + "-" + std::to_string(n);
    return id;
}

} // namespace certplan
