// SPDX-License-Identifier: MIT
#pragma once
// The whole document: what is saved to and loaded from one XML file.
// Plain data with value semantics, so commands can store old and new values and
// tests can compare plans with ==. Derived things (schedule, readiness, audit
// windows) are computed from it and never stored in it.

#include "core/Baseline.h"
#include "core/Calendar.h"
#include "core/Certification.h"
#include "core/Checklist.h"
#include "core/PlanInfo.h"
#include "core/Registers.h"
#include "core/Resource.h"
#include "core/Task.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

struct Plan {
    PlanInfo info;
    std::optional<TemplateInfo> templateInfo;
    std::vector<Calendar> calendars;
    std::vector<Resource> resources;
    std::vector<Task> tasks; // pre-order with outline levels
    std::vector<Baseline> baselines;
    std::vector<Checklist> checklists;
    std::vector<ReadinessSnapshot> snapshots;
    std::vector<Certificate> certificates;
    std::vector<Audit> audits;
    std::vector<Nonconformity> nonconformities;
    std::vector<DocumentEntry> documents;

    bool operator==(const Plan&) const = default;

    Task* findTask(const std::string& id);
    const Task* findTask(const std::string& id) const;
    int taskIndex(const std::string& id) const; // -1 when absent
    const Resource* findResource(const std::string& id) const;
    const Calendar* findCalendar(const std::string& id) const;
    const Calendar* defaultCalendar() const;
    const Certificate* findCertificate(const std::string& id) const;
    Audit* findAudit(const std::string& id);
    const Audit* findAudit(const std::string& id) const;
    Requirement* findRequirement(const std::string& id);
    const Requirement* findRequirement(const std::string& id) const;
    const Nonconformity* findNonconformity(const std::string& id) const;
    const DocumentEntry* findDocument(const std::string& id) const;
};

// Tasks whose next task in the list is deeper have children.
bool isSummary(const std::vector<Task>& tasks, std::size_t i);

} // namespace certplan
