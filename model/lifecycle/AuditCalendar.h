// SPDX-License-Identifier: MIT
#pragma once
// A plan's certificates laid over their programmes: each audit the plan holds
// is matched to the slot the rules define (surveillance k of cycle n, the
// recertification of cycle n and, when asked for, its stage 1), dated from its linked task when the schedule
// has one, and judged against its window on the status date. Special audits
// and transfer reviews follow their own rules; any other audit without a slot
// (cancelled, one too many, in a cycle that never starts) is listed as
// unscheduled with the reason, so every audit of the plan appears. Calendars
// of several plans merge into one date-sorted list.

#include "core/Plan.h"
#include "lifecycle/AuditProgramme.h"
#include "schedule/Schedule.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan {

enum class ProgrammeEventKind {
    Stage1,
    Stage2,
    InitialDecision,
    Surveillance,
    RecertAudit,
    RecertDecision,
    Expiry,
    RestorationEnd,
    SpecialAudit,   // window from its trigger or due-by date (SpecialAudits.h), else its own dates
    TransferReview, // inside the validity of its cycle
    Suspension,     // from its first day to the day it must be lifted by
    Withdrawal,     // the day the certificate was withdrawn
    RecertStage1,   // a recertification stage 1 (R16), before the recertification audit of its cycle
    ScopeExtension, // as a special audit (SpecialAudits.h)
};
std::string_view programmeEventLabel(ProgrammeEventKind k);

struct ProgrammeEvent {
    std::string source;      // the plan (file name or title)
    std::string certificate; // certificate id
    std::string standard;    // "ISO/IEC 20000-1:2018"
    int cycle = 1;
    ProgrammeEventKind kind = ProgrammeEventKind::Surveillance;
    int index = 0;           // surveillance number within the cycle
    std::string audit;       // audit id in the plan, empty when the plan has none for this slot
    std::optional<DateWindow> window;
    OptDate planned;         // first day (decisions: the decision date)
    OptDate plannedEnd;
    AuditAssessment assessment;
    // An audit of the plan the rules have no slot for (cancelled, an extra
    // surveillance, a cycle that never starts...): shown with its own dates.
    bool unscheduled = false;
    // A combined audit (IAF MD 11): the other certificates it counts for.
    std::vector<std::string> combinedWith;
    bool dated() const { return planned || window; }
    Date sortDate() const;   // planned, else the window's last day (undated: 9999-12-31, last)
    std::string label() const; // "Surveillance 2 (cycle 1)", "... combined with isms"
};

struct CertificateProgramme {
    std::string source;
    std::string certificate;
    std::string standard;
    std::optional<CertificationProgramme> programme; // unset while no decision date is known
    std::vector<ProgrammeEvent> events;              // date-sorted
    std::vector<std::string> warnings;
    // Decisions taken (or planned) before the majors they rest on are
    // verified, one sentence each; also among the warnings.
    std::vector<std::string> decisionConcerns;
    // On the status date: suspended and not lifted ("suspended since
    // 2028-09-01 (reason); lift it by 2029-03-01"), or empty.
    std::string suspendedNote;
};

struct ProgrammeOptions {
    Date statusDate;
    int cycles = 2;
    std::string source;
};

// One per certificate, in the plan's order; a plan with audits but no
// certificate gets one with an empty certificate id holding them.
// schedule may be null (then only dates written in the plan count).
std::vector<CertificateProgramme> planAuditProgrammes(const Plan& plan, const Schedule* schedule,
                                                      const ProgrammeOptions& options);

// All events of all programmes, sorted by date, then source and certificate.
std::vector<ProgrammeEvent> combinedCalendar(const std::vector<CertificateProgramme>& programmes);

} // namespace certplan
