// SPDX-License-Identifier: MIT
#pragma once
// Due dates of nonconformities. A date written on the nonconformity wins;
// otherwise the certificate's rule table (NcRuleTable in core/Certification.h)
// gives one, by the kind of audit that raised the finding and its grade:
// - a response (cause analysis and action plan) within the rule's response
//   days of being raised;
// - a verification within the rule's days or months of the last day of the
//   audit that raised it (a stage 2 finding without an audit id: the cycle's
//   stage 2 audit; no audit at all: the day it was raised).
// The kind of audit is the raising audit's type; without one, the source
// (stage 1, stage 2, surveillance, recertification, special, transfer, scope
// extension; gap analysis, internal audit and complaint are internal).
// A finding of a combined audit (SpecialAudits.h) takes its rule row from its
// certificate (none named: the audit's first) and is bounded by the earliest
// decision among the certificates the audit counts for.
// Which one is "the" due date follows the status: while open, the earlier of
// the two; once a plan is accepted, the verification limit (a minor usually
// has none: the body checks it at its next audit).
//
// A finding of a certification-body audit must also be closed before the
// decision that rests on that audit (17021-1 9.5.3.2, 9.6.3: audit, the
// verification of majors and the decision all before expiry, R12), so each
// date derived from the rules is bounded by it:
// - stage 1 and stage 2 findings: the initial certification decision, when
//   its date is known (set on the certificate or planned);
// - findings of any other audit of cycle n (the raising audit's cycle; without
//   one, the cycle the finding was raised in): the renewal or restoration
//   decision of cycle n when its date is known, else the certificate's expiry,
//   or the end of the restoration window for a finding raised after expiry.
// A decision dated before the finding was raised does not bound it. Findings
// of gap analyses, internal audits and complaints have no such bound.

#include "core/Plan.h"
#include "schedule/Schedule.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace certplan {

struct CertificateProgramme;

// Which limit the due date came from.
enum class DueBasis {
    None,         // nothing owed in the current status
    Register,     // written on the nonconformity
    Response,     // the rule's response days
    Verification, // the rule's verification limit
    Decision,     // the decision the finding must precede came first
};

// The decision a finding must be closed before, and its words for the register.
struct DecisionBound {
    Date date;
    std::string name; // "certificate expiry", "certification decision", "restoration decision" ...
};

struct NcDue {
    OptDate responseDue;
    OptDate verifyDue;
    OptDate due;           // what applies in the current status
    bool derived = false;  // due came from the rules, not from the register
    bool open = true;      // neither verified nor closed
    bool overdue = false;  // open and the status date is past due
    long daysLeft = 0;     // due - status date (negative when overdue)
    FindingOrigin origin = FindingOrigin::Internal; // the rule row that applied
    DueBasis basis = DueBasis::None;
    // "response 90 d", "verify 6 months after stage2", "register",
    // "certificate expiry 2030-06-30 (rule: 2030-08-12)"; empty: nothing owed.
    std::string basisText;
    std::optional<DecisionBound> bound; // also when it did not cut the date
};

// The decision bounds of a whole register at once: the certificates'
// programmes are derived one time, not once per finding.
class NcDecisionBounds {
public:
    NcDecisionBounds(const Plan& plan, const Schedule* schedule, Date statusDate);
    ~NcDecisionBounds();
    std::optional<DecisionBound> boundOf(const Nonconformity& nc) const;
    const Audit* audit(const std::string& id) const; // the plan's audit by id, found in constant time

private:
    std::optional<DecisionBound> boundFor(const Nonconformity& nc, const Audit* by, FindingOrigin origin,
                                          const std::string& certificate) const;
    const Plan& m_plan;
    std::vector<CertificateProgramme> m_programmes;
    std::unordered_map<std::string_view, const Audit*> m_audits;
};

const ProgrammeRules& rulesFor(const Plan& plan, const std::string& certificate);
FindingOrigin findingOrigin(const Plan& plan, const Nonconformity& nc);
// The source a finding raised at an audit of this type records.
NcSource ncSourceFor(AuditType type);
// One finding: derives the certificates' programmes for its bound.
NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate);
// Every finding of a register: the bounds computed once.
NcDue nonconformityDue(const Plan& plan, const Schedule* schedule, const Nonconformity& nc, Date statusDate,
                       const NcDecisionBounds& bounds);
bool isOpen(NcStatus s);

} // namespace certplan
