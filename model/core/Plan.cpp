// SPDX-License-Identifier: MIT
#include "core/Plan.h"

#include <algorithm>

namespace certplan {

namespace {
template <class Vec>
auto* findById(Vec& v, const std::string& id)
{
    auto it = std::find_if(v.begin(), v.end(), [&](const auto& x) { return x.id == id; });
    return it == v.end() ? nullptr : &*it;
}
} // namespace

Task* Plan::findTask(const std::string& id) { return findById(tasks, id); }
const Task* Plan::findTask(const std::string& id) const { return findById(tasks, id); }

int Plan::taskIndex(const std::string& id) const
{
    const Task* t = findTask(id);
    return t ? static_cast<int>(t - tasks.data()) : -1;
}

const Resource* Plan::findResource(const std::string& id) const { return findById(resources, id); }
const Calendar* Plan::findCalendar(const std::string& id) const { return findById(calendars, id); }
const Certificate* Plan::findCertificate(const std::string& id) const { return findById(certificates, id); }
Audit* Plan::findAudit(const std::string& id) { return findById(audits, id); }
const Audit* Plan::findAudit(const std::string& id) const { return findById(audits, id); }
const Nonconformity* Plan::findNonconformity(const std::string& id) const { return findById(nonconformities, id); }
const DocumentEntry* Plan::findDocument(const std::string& id) const { return findById(documents, id); }

const Calendar* Plan::defaultCalendar() const
{
    if (const Calendar* c = findCalendar(info.calendar))
        return c;
    return calendars.empty() ? nullptr : &calendars.front();
}

Requirement* Plan::findRequirement(const std::string& id)
{
    for (auto& c : checklists)
        if (auto* r = findById(c.items, id))
            return r;
    return nullptr;
}

const Requirement* Plan::findRequirement(const std::string& id) const
{
    return const_cast<Plan*>(this)->findRequirement(id);
}

bool isSummary(const std::vector<Task>& tasks, std::size_t i)
{
    return i + 1 < tasks.size() && tasks[i + 1].level > tasks[i].level;
}

} // namespace certplan
