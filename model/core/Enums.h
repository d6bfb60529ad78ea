// SPDX-License-Identifier: MIT
#pragma once
#include "core/Enum.h"

#include <cstddef>

namespace certplan {

enum class DependencyType { FinishToStart, StartToStart, FinishToFinish, StartToFinish };

enum class ConstraintType {
    AsSoonAsPossible,
    AsLateAsPossible,
    StartNoEarlierThan,
    StartNoLaterThan,
    FinishNoEarlierThan,
    FinishNoLaterThan,
    MustStartOn,
    MustFinishOn,
};
bool constraintNeedsDate(ConstraintType t);
std::string_view constraintAbbrev(ConstraintType t); // SNET, MSO ... as MS Project shows them
std::optional<ConstraintType> parseConstraintAbbrev(std::string_view abbrev);

enum class PlanningDirection { Forward, Backward };
enum class OrganizationSize { Small, Medium, Large };
enum class ResourceKind { Person, Role, Team, External };

enum class RequirementStatus { NotAssessed, Conforming, PartiallyConforming, Nonconforming, NotApplicable };
enum class EvidenceKind { Document, Path, Url };

// ScopeExtension: an audit for extending the scope of a granted certificate
// (17021-1 9.6.4.1); it may be held together with a surveillance.
enum class AuditType { Stage1, Stage2, Surveillance, Recertification, Special, Transfer, ScopeExtension };
// Arrays indexed by AuditType are this long; keep ScopeExtension (or its successor) last.
inline constexpr std::size_t kAuditTypeCount = static_cast<std::size_t>(AuditType::ScopeExtension) + 1;
enum class AuditStatus { Planned, Confirmed, Completed, Cancelled };

enum class NcSource {
    GapAnalysis,
    InternalAudit,
    Stage1,
    Stage2,
    Surveillance,
    Recertification,
    Complaint,
    Special,        // a special (short-notice) audit of the certification body
    Transfer,       // a transfer review
    ScopeExtension, // a scope extension audit
};
enum class NcClass { Major, Minor, Observation, OpportunityForImprovement };
enum class NcStatus { Open, PlanAccepted, Implemented, Verified, Closed };
// Which kind of audit raised a finding: the rows of the nonconformity rule
// table (ProgrammeRules::ncRules). Internal: gap analysis, internal audit or a
// complaint, no certification-body audit.
enum class FindingOrigin { Internal, Stage1, Stage2, Surveillance, Recertification, Special, Transfer, ScopeExtension };

enum class DocumentKind { Document, Record };
enum class DocumentStatus { Planned, Draft, InReview, Approved, Published };

#define CERTPLAN_DECLARE_ENUM_TABLE(E) \
    template <>                        \
    std::span<const EnumEntry<E>> enumEntries<E>();

CERTPLAN_DECLARE_ENUM_TABLE(DependencyType)
CERTPLAN_DECLARE_ENUM_TABLE(ConstraintType)
CERTPLAN_DECLARE_ENUM_TABLE(PlanningDirection)
CERTPLAN_DECLARE_ENUM_TABLE(OrganizationSize)
CERTPLAN_DECLARE_ENUM_TABLE(ResourceKind)
CERTPLAN_DECLARE_ENUM_TABLE(RequirementStatus)
CERTPLAN_DECLARE_ENUM_TABLE(EvidenceKind)
CERTPLAN_DECLARE_ENUM_TABLE(AuditType)
CERTPLAN_DECLARE_ENUM_TABLE(AuditStatus)
CERTPLAN_DECLARE_ENUM_TABLE(NcSource)
CERTPLAN_DECLARE_ENUM_TABLE(NcClass)
CERTPLAN_DECLARE_ENUM_TABLE(NcStatus)
CERTPLAN_DECLARE_ENUM_TABLE(FindingOrigin)
CERTPLAN_DECLARE_ENUM_TABLE(DocumentKind)
CERTPLAN_DECLARE_ENUM_TABLE(DocumentStatus)

#undef CERTPLAN_DECLARE_ENUM_TABLE

} // namespace certplan
