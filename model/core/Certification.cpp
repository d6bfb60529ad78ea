// SPDX-License-Identifier: MIT
#include "core/Certification.h"

namespace certplan {

NcRuleTable NcRuleTable::defaults()
{
    NcRuleTable t;
    const NcRule minor{90, std::nullopt, std::nullopt};
    const NcRule withinMonths{90, std::nullopt, 6};
    const NcRule withinDays{90, 90, std::nullopt};
    for (auto& row : t.rows)
        row[1] = minor;
    t.at(FindingOrigin::Internal, true) = withinMonths;
    t.at(FindingOrigin::Stage1, true) = withinMonths;
    t.at(FindingOrigin::Stage2, true) = withinMonths;
    t.at(FindingOrigin::Surveillance, true) = withinDays;
    t.at(FindingOrigin::Recertification, true) = withinDays;
    t.at(FindingOrigin::Special, true) = withinDays;
    t.at(FindingOrigin::Transfer, true) = withinDays;
    t.at(FindingOrigin::ScopeExtension, true) = withinDays;
    return t;
}

const NcRule& NcRuleTable::rule(FindingOrigin origin, NcClass grade) const
{
    static const NcRule kNothingOwed;
    if (grade != NcClass::Major && grade != NcClass::Minor)
        return kNothingOwed;
    return at(origin, grade == NcClass::Major);
}

} // namespace certplan
