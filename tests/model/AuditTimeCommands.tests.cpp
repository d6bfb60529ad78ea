// SPDX-License-Identifier: MIT
// "Set Audit Durations from Audit Time": one undo step that gives each open
// audit and its task the days of its certificate's audit time.
#include "commands/AuditTimeCommands.h"
#include "commands/Document.h"
#include "model/PlanBuilders.h"

#include <catch2/catch.hpp>

using namespace certplan;
using namespace certplan::test;

namespace {

class Counting : public PlanListener {
public:
    int count = 0;
    ChangeSet last;
    void planChanged(const ChangeSet& c) override
    {
        ++count;
        last = c;
    }
};

Audit audit(std::string id, AuditType type, int days, std::string task, AuditStatus status = AuditStatus::Planned)
{
    Audit a;
    a.id = std::move(id);
    a.certificate = "cert";
    a.type = type;
    a.durationDays = days;
    a.task = std::move(task);
    a.status = status;
    return a;
}

// 55 persons: 5 days; stage 1 1.5 (2 whole days), stage 2 3.5 (4), surveillance 1.5 (2), recertification 3.5 (4).
Plan auditPlan()
{
    Plan p = minimalPlan();
    p.tasks.push_back(makeTask("s1-task", "Stage 1 audit", 0, 1));
    p.tasks.push_back(makeTask("s2-task", "Stage 2 audit", 0, 1));
    p.tasks.push_back(makeMilestone("surv-ms", "Surveillance audit", 0));
    Certificate c;
    c.id = "cert";
    c.standard = "ISO/IEC 20000-1";
    c.auditTime = AuditTimeRules{};
    c.auditTime->headcount = 55;
    p.certificates.push_back(c);
    p.audits = {audit("s1", AuditType::Stage1, 1, "s1-task"), audit("s2", AuditType::Stage2, 1, "s2-task"),
                audit("surv", AuditType::Surveillance, 1, "surv-ms"),
                audit("old", AuditType::Recertification, 9, "", AuditStatus::Completed),
                audit("spec", AuditType::Special, 1, "")};
    return p;
}

} // namespace

TEST_CASE("Setting audit durations from audit time is one undoable step", "[audit-time][commands]")
{
    Document doc(auditPlan());
    Counting listener;
    doc.addListener(&listener);
    REQUIRE(doc.execute(setAuditDurationsFromAuditTime(doc.plan())));
    CHECK(listener.count == 1);
    CHECK(listener.last.certification);
    CHECK(listener.last.tasks);
    CHECK(doc.undoLabel() == "Set Audit Durations from Audit Time");
    const Plan& p = doc.plan();
    CHECK(p.findAudit("s1")->durationDays == 2);   // 1.5 rounded up
    CHECK(p.findAudit("s2")->durationDays == 4);   // 3.5 rounded up
    CHECK(p.findAudit("surv")->durationDays == 2);
    CHECK(p.findAudit("old")->durationDays == 9);  // completed: history
    CHECK(p.findAudit("spec")->durationDays == 1); // no table figure
    CHECK(p.findTask("s1-task")->durationDays == 2);
    CHECK(p.findTask("s2-task")->durationDays == 4);
    CHECK(p.findTask("surv-ms")->milestone);
    CHECK(p.findTask("surv-ms")->durationDays == 0);
    CHECK(doc.schedule().finish > doc.schedule().start);

    doc.undo();
    CHECK(listener.count == 2);
    CHECK(doc.plan() == auditPlan());
    doc.redo();
    CHECK(listener.count == 3);
    CHECK(doc.plan().findAudit("s2")->durationDays == 4);
    CHECK(doc.plan().findTask("s2-task")->durationDays == 4);
}

TEST_CASE("The preview says what changes and what is left alone", "[audit-time][commands]")
{
    const AuditDurationPreview p = previewAuditDurations(auditPlan());
    REQUIRE(p.changes.size() == 3);
    CHECK(p.changes[0].audit == "s1");
    CHECK(p.changes[0].daysBefore == 1);
    CHECK(p.changes[0].daysAfter == 2);
    CHECK(p.changes[0].task == "s1-task");
    CHECK(p.changes[0].taskDaysAfter == 2);
    CHECK(p.changes[2].audit == "surv");
    CHECK(p.changes[2].task.empty());
    CHECK(p.notes == std::vector<std::string>{
                         "audit surv: task surv-ms is a milestone and stays one",
                         "audit old is completed: its days are kept",
                         "audit spec: the table gives no time for special audits, scope extensions and transfer "
                         "reviews; give the body's days"});
}

TEST_CASE("Setting audit durations is refused when nothing would change", "[audit-time][commands]")
{
    Document doc(auditPlan());
    REQUIRE(doc.execute(setAuditDurationsFromAuditTime(doc.plan())));
    const auto again = setAuditDurationsFromAuditTime(doc.plan());
    REQUIRE_FALSE(again);
    CHECK(again.error().rfind("no audit's days change", 0) == 0);
    Plan none = minimalPlan();
    CHECK_FALSE(setAuditDurationsFromAuditTime(none));
}

TEST_CASE("A headcount beyond the table leaves the audits alone and says why", "[audit-time][commands]")
{
    Plan p = auditPlan();
    p.certificates[0].auditTime->headcount = 20000;
    const AuditDurationPreview preview = previewAuditDurations(p);
    CHECK(preview.changes.empty());
    REQUIRE(preview.notes.size() == 5);
    CHECK(preview.notes[0].find("audit s1: 20000 persons is beyond the table's last row") == 0);
    // The body's fixed days still apply.
    p.certificates[0].auditTime->fixedHalfDays[static_cast<std::size_t>(AuditType::Special)] = 5;
    Document doc(p);
    REQUIRE(doc.execute(setAuditDurationsFromAuditTime(doc.plan())));
    CHECK(doc.plan().findAudit("spec")->durationDays == 3);
    CHECK(doc.plan().findAudit("s1")->durationDays == 1);
}
