// SPDX-License-Identifier: MIT
#pragma once
// The certification cycle derived from a decision date and the certification
// body's rules: surveillance due dates, the recertification window, expiry and
// the restoration window, for as many cycles as asked.
//
// Conventions (the domain brief leaves them open, so they are written down here
// and covered by tests):
// - Expiry is the certificate's last valid day: decision + cycleYears, one day
//   earlier when ProgrammeRules::expiryDayBefore. Every cycle's expiry is
//   counted from the initial decision (cycle n: D0 + n * cycleYears), so a
//   renewal, on time or restored, keeps the original anniversary and month-end
//   clamping never drifts from cycle to cycle.
// - Month arithmetic clamps to the end of a shorter month (addMonths in
//   core/Date.h): 2027-08-31 + 6 months = 2028-02-29.
// - Cycle n > 1 starts at the recertification decision that opened it (the
//   restoration decision when the certificate was restored); surveillance due
//   dates count from that start. Without a known decision the last permitted
//   one, the expiry of the previous cycle, stands in.
// - Surveillance k of a cycle is due firstSurveillanceMonths after the start,
//   then every surveillanceIntervalMonths, as long as the due date falls before
//   the recertification window opens. Its window opens the day after the
//   previous one's due date, so one audit per interval is required. With
//   ProgrammeRules::anniversarySurveillance the windows sit around the
//   anniversaries of the initial decision instead (SurveillanceSlots.h).
// - Surveillance is also required at least once in every calendar year after
//   the cycle's start year and before its expiry year. When a cycle starts so
//   late in its year that the interval slots leave such a year without a slot
//   closing in it (restored on the last permitted day, renewed early), that
//   year gets a slot closing on its 31 December (or on expiry, if earlier), so
//   that the two rules never contradict each other.
// - The renewal decision is due no later than the expiry date. A later decision
//   within restorationMonths after expiry restores the certificate (the days in
//   between count as not certified); a later one still means it lapsed and a new
//   initial certification is needed, so the programme ends there.
// - The outcome also follows from the status date (17021-1 9.6.3.2: no
//   extension, the certificate lapses at expiry): with no decision taken, a
//   cycle whose expiry has passed is expired but restorable, and once its
//   restoration window has closed it has lapsed, whatever was planned. A
//   decision not yet taken is only planned: "renewal planned" or "restoration
//   planned" until it is recorded (a date on or before the status date, or its
//   milestone complete). A planned or taken decision starts the next cycle; an
//   expired cycle's successor is counted from the last permitted restoration
//   day; a lapsed one has no successor.

#include "core/Certification.h"

#include <vector>

namespace certplan {

struct DateWindow {
    Date open;  // first permitted day
    Date close; // last permitted day
    bool contains(Date d) const { return d >= open && d <= close; }
};

enum class CycleOutcome {
    Pending,            // valid on the status date, no renewal decision known yet
    RenewalPlanned,     // a renewal decision on or before expiry is planned, not taken yet
    Renewed,            // decided on or before expiry
    Expired,            // past expiry on the status date, no decision taken, still restorable
    RestorationPlanned, // a decision after expiry, inside the restoration window, is planned
    Restored,           // decided after expiry, within the restoration window
    Lapsed,             // no decision within the restoration window: a new initial certification is needed
    Withdrawn,          // the body withdrew the certificate during this cycle (set by the audit calendar)
};

// A renewal decision as the plan knows it: taken (recorded, or its milestone
// complete) or only planned.
struct RenewalDecision {
    OptDate date;
    bool taken = true;
};

struct SurveillanceSlot {
    int index = 1; // 1-based within the cycle
    DateWindow window;
    bool calendarYear = false; // added for the once-per-calendar-year rule, closes on 31 December
    OptDate anniversary;       // anniversary timing: the anniversary of the initial decision it sits around
    bool firstCapped = false;  // anniversary timing: closes early on the first-surveillance limit (R10)
};

struct ProgrammeCycle {
    int number = 1;
    Date start;  // the decision that opened the cycle
    Date expiry; // last valid day
    std::vector<SurveillanceSlot> surveillances;
    DateWindow recertAudit;     // open: expiry - recertWindowMonths; close: expiry - recertDecisionMarginDays
    // Recertification stage 1 (R16, only after significant changes): inside the
    // recertification window and before the recertification audit, so it
    // opens with that window and closes the day before it closes (the
    // calendar also checks it ends before the recertification audit starts).
    // recertStage1Required: ProgrammeRules::recertStage1; without it the slot
    // is used only when the plan holds a stage 1 audit for the cycle.
    DateWindow recertStage1;
    bool recertStage1Required = false;
    Date recertDecisionDue;     // == expiry
    DateWindow restoration;     // the day after expiry .. expiry + restorationMonths
    OptDate recertDecision;     // as given by the caller (actual or planned)
    bool decisionTaken = false; // recertDecision is a decision already taken
    CycleOutcome outcome = CycleOutcome::Pending;
    int uncertifiedDays = 0;    // restored or restoration planned: days from expiry to the decision, exclusive
};

struct CertificationProgramme {
    Date initialDecision;
    ProgrammeRules rules;
    std::vector<ProgrammeCycle> cycles;
    bool lapsed() const { return !cycles.empty() && cycles.back().outcome == CycleOutcome::Lapsed; }
    bool withdrawn() const { return !cycles.empty() && cycles.back().outcome == CycleOutcome::Withdrawn; }
    // No later cycle follows: lapsed or withdrawn, a new initial certification is needed.
    bool ended() const { return lapsed() || withdrawn(); }
};

// Last valid day of cycle n (1-based).
Date cycleExpiry(Date initialDecision, int cycle, const ProgrammeRules& rules);

// recertDecisions[k] is the renewal decision that ends cycle k + 1, when known,
// each one taken. Stops early when a cycle lapses. No status date: outcomes
// follow from the decisions alone.
CertificationProgramme computeProgramme(Date initialDecision, const ProgrammeRules& rules, int cycles,
                                        const std::vector<OptDate>& recertDecisions = {});
// The same judged on a status date: decisions not taken count as planned, and
// a cycle with none taken is expired or lapsed once the status date is past
// its expiry or its restoration window.
CertificationProgramme computeProgramme(Date initialDecision, const ProgrammeRules& rules, int cycles,
                                        const std::vector<RenewalDecision>& recertDecisions, Date statusDate);
// Every cycle that starts on or before the horizon.
CertificationProgramme computeProgrammeUntil(Date initialDecision, const ProgrammeRules& rules, Date horizon,
                                             const std::vector<OptDate>& recertDecisions = {});

// Judging one audit (or decision) against its window on the status date.
enum class AuditState {
    Done,      // held or decided
    Ok,        // planned inside its window, nothing pressing
    AtRisk,    // due soon and not confirmed, planned outside its window, or its planned date has passed
    Overdue,   // the window closed and it has not happened
    Unplanned, // no date yet and not due soon
    Cancelled,
};

struct AuditAssessment {
    AuditState state = AuditState::Unplanned;
    std::string reason; // empty when Ok or Done on time
};

struct AuditFacts {
    OptDate planned;        // first day
    OptDate plannedEnd;     // last day; unset: the first
    bool done = false;
    bool confirmed = false; // confirmed with the certification body
    bool cancelled = false;
};

AuditAssessment assessAudit(const AuditFacts& facts, const DateWindow& window, Date statusDate, int atRiskDays);

std::string_view auditStateKey(AuditState s); // "overdue", "at-risk" ...
std::string_view cycleOutcomeKey(CycleOutcome o); // "pending", "expired-restorable", "lapsed" ...

} // namespace certplan
