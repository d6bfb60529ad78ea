// SPDX-License-Identifier: MIT
#include "presenters/ProgrammeSummary.h"

namespace certplan::present {

std::string cycleOutcomeText(const ProgrammeCycle& c)
{
    std::string s(cycleOutcomeKey(c.outcome));
    const std::string decision = c.recertDecision ? formatIsoDate(*c.recertDecision) : std::string();
    switch (c.outcome) {
    case CycleOutcome::Pending:
        return s;
    case CycleOutcome::Renewed:
        return s + " (decision " + decision + ")";
    case CycleOutcome::RenewalPlanned:
        return s + " (decision planned for " + decision + ", not taken yet)";
    case CycleOutcome::Restored:
        return s + " (decision " + decision + ", " + std::to_string(c.uncertifiedDays) + " days not certified)";
    case CycleOutcome::RestorationPlanned:
        return s + " (decision planned for " + decision + ", after expiry: " + std::to_string(c.uncertifiedDays) +
               " days not certified)";
    case CycleOutcome::Expired:
        return s + ": no renewal decision by expiry; restorable until " + formatIsoDate(c.restoration.close) +
               " once the recertification is finished";
    case CycleOutcome::Withdrawn:
        return s + ": a new initial certification is needed";
    case CycleOutcome::Lapsed:
        if (c.decisionTaken)
            return s + " (decision " + decision + ", after the restoration window): a new initial certification is needed";
        return s + ": restoration window " + formatIsoDate(c.restoration.open) + " .. " +
               formatIsoDate(c.restoration.close) + " missed, a new initial certification is needed";
    }
    return s;
}

std::string cycleSummary(const ProgrammeCycle& c)
{
    const std::size_t n = c.surveillances.size();
    return "cycle " + std::to_string(c.number) + ": " + formatIsoDate(c.start) + " to expiry " +
           formatIsoDate(c.expiry) + ", " + std::to_string(n) + " surveillance audit" + (n == 1 ? "" : "s") +
           ", renewal decision by " + formatIsoDate(c.recertDecisionDue) + ", restorable until " +
           formatIsoDate(c.restoration.close) + "; " + cycleOutcomeText(c);
}

std::string cycleStatusLine(const ProgrammeCycle& c)
{
    return "cycle " + std::to_string(c.number) + ", " + formatIsoDate(c.start) + " to " + formatIsoDate(c.expiry) +
           ": " + cycleOutcomeText(c);
}

std::vector<std::string> programmeRuleNotes(const CertificationProgramme& p)
{
    std::vector<std::string> out;
    const ProgrammeRules& r = p.rules;
    if (r.anniversarySurveillance) {
        auto months = [](int n) { return std::to_string(n) + (n == 1 ? " month" : " months"); };
        std::string s = "surveillance around each anniversary of " + formatIsoDate(p.initialDecision) + ", from " +
                        months(r.anniversaryBeforeMonths) + " before to " + months(r.anniversaryAfterMonths) + " after";
        if (!p.cycles.empty() && !p.cycles.front().surveillances.empty() &&
            p.cycles.front().surveillances.front().firstCapped)
            s += "; the first closes by " + formatIsoDate(p.cycles.front().surveillances.front().window.close) +
                 " (within " + months(r.firstSurveillanceMonths) + " of the decision, R10)";
        out.push_back(s);
    }
    if (r.recertStage1)
        out.push_back("a recertification stage 1 before each recertification audit (R16: significant changes)");
    return out;
}

std::string certificateHeading(const CertificateProgramme& p)
{
    std::string s = (p.source.empty() ? std::string() : p.source + ": ") + p.standard +
                    (p.certificate.empty() ? std::string() : " (" + p.certificate + ")");
    if (!p.programme)
        return s + ", no decision date yet";
    return s + ", decision " + formatIsoDate(p.programme->initialDecision);
}

} // namespace certplan::present
