// SPDX-License-Identifier: MIT
#pragma once
// Internal to the reader: the plan being filled plus the XML node each entity
// came from, so that checks made after reading can still point at a line.

#include "core/Plan.h"
#include "io/XmlContext.h"

#include <pugixml.hpp>

#include <vector>

namespace certplan::io {

struct ReadState {
    XmlContext& ctx;
    Plan& plan;
    pugi::xml_node infoNode;
    std::vector<pugi::xml_node> calendarNodes;
    std::vector<pugi::xml_node> resourceNodes;
    std::vector<pugi::xml_node> taskNodes;
    std::vector<std::vector<pugi::xml_node>> dependencyNodes;
    std::vector<std::vector<pugi::xml_node>> assignmentNodes;
    std::vector<pugi::xml_node> requirementNodes;  // all checklists, in order
    std::vector<std::vector<pugi::xml_node>> evidenceNodes;
    std::vector<pugi::xml_node> checklistNodes;
    std::vector<pugi::xml_node> snapshotNodes;
    std::vector<pugi::xml_node> certificateNodes;
    std::vector<pugi::xml_node> auditNodes;
    std::vector<pugi::xml_node> ncNodes;
    std::vector<pugi::xml_node> documentNodes;
};

void readInfo(ReadState& st, const pugi::xml_node& node);
void readTemplateInfo(ReadState& st, const pugi::xml_node& node);
void readCalendars(ReadState& st, const pugi::xml_node& node);
void readResources(ReadState& st, const pugi::xml_node& node);
void readTasks(ReadState& st, const pugi::xml_node& node);
void readBaselines(ReadState& st, const pugi::xml_node& node);
void readChecklists(ReadState& st, const pugi::xml_node& node);
void readReadiness(ReadState& st, const pugi::xml_node& node);
void readCertificates(ReadState& st, const pugi::xml_node& node);
// A certificate's <audit-time> (io/ReadAuditTime.cpp).
AuditTimeRules readAuditTime(XmlContext& ctx, const pugi::xml_node& node);
void readAudits(ReadState& st, const pugi::xml_node& node);
void readNonconformities(ReadState& st, const pugi::xml_node& node);
void readDocuments(ReadState& st, const pugi::xml_node& node);

// Ids, references, structure and cycles, after everything is read.
void validateReferences(ReadState& st);
// After validation: resource calendars that work days the plan calendar does
// not (calendar/OffPlanDays.h), one warning per calendar.
void warnResourceDaysOffPlan(ReadState& st);
// Progress data that contradict each other or the status date: warnings at
// the task elements. After validateReferences (it may schedule the plan).
void checkProgress(ReadState& st);

} // namespace certplan::io
