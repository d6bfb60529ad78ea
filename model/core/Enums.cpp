// SPDX-License-Identifier: MIT
#include "core/Enums.h"

#include <array>

namespace certplan {

#define CERTPLAN_ENUM_TABLE(E, ...)                                   \
    template <>                                                       \
    std::span<const EnumEntry<E>> enumEntries<E>()                    \
    {                                                                 \
        static constexpr auto table = std::to_array<EnumEntry<E>>({__VA_ARGS__}); \
        return table;                                                 \
    }

using DT = DependencyType;
CERTPLAN_ENUM_TABLE(DependencyType,
    {DT::FinishToStart, "FS", "Finish-to-start"},
    {DT::StartToStart, "SS", "Start-to-start"},
    {DT::FinishToFinish, "FF", "Finish-to-finish"},
    {DT::StartToFinish, "SF", "Start-to-finish"})

using CT = ConstraintType;
CERTPLAN_ENUM_TABLE(ConstraintType,
    {CT::AsSoonAsPossible, "as-soon-as-possible", "As soon as possible"},
    {CT::AsLateAsPossible, "as-late-as-possible", "As late as possible"},
    {CT::StartNoEarlierThan, "start-no-earlier-than", "Start no earlier than"},
    {CT::StartNoLaterThan, "start-no-later-than", "Start no later than"},
    {CT::FinishNoEarlierThan, "finish-no-earlier-than", "Finish no earlier than"},
    {CT::FinishNoLaterThan, "finish-no-later-than", "Finish no later than"},
    {CT::MustStartOn, "must-start-on", "Must start on"},
    {CT::MustFinishOn, "must-finish-on", "Must finish on"})

using PD = PlanningDirection;
CERTPLAN_ENUM_TABLE(PlanningDirection,
    {PD::Forward, "forward", "Forward from the start date"},
    {PD::Backward, "backward", "Backward from the target date"})

using OS = OrganizationSize;
CERTPLAN_ENUM_TABLE(OrganizationSize,
    {OS::Small, "small", "Small (under 50 IT staff, one site)"},
    {OS::Medium, "medium", "Medium (50-250 IT staff)"},
    {OS::Large, "large", "Large (over 250 IT staff or several sites)"})

using RK = ResourceKind;
CERTPLAN_ENUM_TABLE(ResourceKind,
    {RK::Person, "person", "Person"},
    {RK::Role, "role", "Role"},
    {RK::Team, "team", "Team"},
    {RK::External, "external", "External party"})

using RS = RequirementStatus;
CERTPLAN_ENUM_TABLE(RequirementStatus,
    {RS::NotAssessed, "not-assessed", "Not assessed"},
    {RS::Conforming, "conforming", "Conforming"},
    {RS::PartiallyConforming, "partial", "Partially conforming"},
    {RS::Nonconforming, "nonconforming", "Nonconforming"},
    {RS::NotApplicable, "not-applicable", "Not applicable"})

using EK = EvidenceKind;
CERTPLAN_ENUM_TABLE(EvidenceKind,
    {EK::Document, "document", "Document in the register"},
    {EK::Path, "path", "File path"},
    {EK::Url, "url", "Web address"})

using AT = AuditType;
CERTPLAN_ENUM_TABLE(AuditType,
    {AT::Stage1, "stage1", "Stage 1 audit"},
    {AT::Stage2, "stage2", "Stage 2 audit"},
    {AT::Surveillance, "surveillance", "Surveillance audit"},
    {AT::Recertification, "recertification", "Recertification audit"},
    {AT::Special, "special", "Special audit"},
    {AT::Transfer, "transfer", "Transfer review"},
    {AT::ScopeExtension, "scope-extension", "Scope extension audit"})

using AS = AuditStatus;
CERTPLAN_ENUM_TABLE(AuditStatus,
    {AS::Planned, "planned", "Planned"},
    {AS::Confirmed, "confirmed", "Confirmed with the certification body"},
    {AS::Completed, "completed", "Completed"},
    {AS::Cancelled, "cancelled", "Cancelled"})

using NS = NcSource;
CERTPLAN_ENUM_TABLE(NcSource,
    {NS::GapAnalysis, "gap-analysis", "Gap analysis"},
    {NS::InternalAudit, "internal-audit", "Internal audit"},
    {NS::Stage1, "stage1", "Stage 1 audit"},
    {NS::Stage2, "stage2", "Stage 2 audit"},
    {NS::Surveillance, "surveillance", "Surveillance audit"},
    {NS::Recertification, "recertification", "Recertification audit"},
    {NS::Complaint, "complaint", "Complaint"},
    {NS::Special, "special", "Special audit"},
    {NS::Transfer, "transfer", "Transfer review"},
    {NS::ScopeExtension, "scope-extension", "Scope extension audit"})

using NC = NcClass;
CERTPLAN_ENUM_TABLE(NcClass,
    {NC::Major, "major", "Major nonconformity"},
    {NC::Minor, "minor", "Minor nonconformity"},
    {NC::Observation, "observation", "Observation"},
    {NC::OpportunityForImprovement, "ofi", "Opportunity for improvement"})

using NST = NcStatus;
CERTPLAN_ENUM_TABLE(NcStatus,
    {NST::Open, "open", "Open"},
    {NST::PlanAccepted, "plan-accepted", "Action plan accepted"},
    {NST::Implemented, "implemented", "Action implemented"},
    {NST::Verified, "verified", "Verified"},
    {NST::Closed, "closed", "Closed"})

using FO = FindingOrigin;
CERTPLAN_ENUM_TABLE(FindingOrigin,
    {FO::Internal, "internal", "Internal audit, gap analysis or complaint"},
    {FO::Stage1, "stage1", "Stage 1 audit"},
    {FO::Stage2, "stage2", "Stage 2 audit"},
    {FO::Surveillance, "surveillance", "Surveillance audit"},
    {FO::Recertification, "recertification", "Recertification audit"},
    {FO::Special, "special", "Special audit"},
    {FO::Transfer, "transfer", "Transfer review"},
    {FO::ScopeExtension, "scope-extension", "Scope extension audit"})

using DK = DocumentKind;
CERTPLAN_ENUM_TABLE(DocumentKind,
    {DK::Document, "document", "Document"},
    {DK::Record, "record", "Record"})

using DS = DocumentStatus;
CERTPLAN_ENUM_TABLE(DocumentStatus,
    {DS::Planned, "planned", "Planned"},
    {DS::Draft, "draft", "Draft"},
    {DS::InReview, "in-review", "In review"},
    {DS::Approved, "approved", "Approved"},
    {DS::Published, "published", "Published"})

#undef CERTPLAN_ENUM_TABLE

bool constraintNeedsDate(ConstraintType t)
{
    return t != CT::AsSoonAsPossible && t != CT::AsLateAsPossible;
}

namespace {
constexpr std::array<std::string_view, 8> kConstraintAbbrev{"ASAP", "ALAP", "SNET", "SNLT", "FNET", "FNLT", "MSO", "MFO"};
}

std::string_view constraintAbbrev(ConstraintType t)
{
    return kConstraintAbbrev[static_cast<std::size_t>(t)];
}

std::optional<ConstraintType> parseConstraintAbbrev(std::string_view abbrev)
{
    for (std::size_t i = 0; i < kConstraintAbbrev.size(); ++i)
        if (kConstraintAbbrev[i] == abbrev)
            return static_cast<ConstraintType>(i);
    return std::nullopt;
}

} // namespace certplan
