// SPDX-License-Identifier: MIT
#include "lifecycle/AuditTime.h"

#include "core/Enum.h"
#include "core/FieldLimits.h"

#include <algorithm>
#include <cstdio>

namespace certplan {

namespace {

// The reduced initial time is carried as half days x 10,000 (two percentages
// applied), so nothing is rounded before the one rounding to the half day.
constexpr long long kScale = 10000;

// a / b rounded to the nearest whole number, a tie upwards (a, b >= 0).
long long roundedDiv(long long a, long long b)
{
    return (2 * a + b) / (2 * b);
}

std::string days(long long halfDays)
{
    return limits::formatHalfDays(static_cast<int>(halfDays)) + (halfDays == 2 ? " day" : " days");
}

// An exact value in half days x kScale as days with up to two decimals ("3.6").
std::string exactDays(long long scaled)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(scaled) / (2.0 * kScale));
    std::string s = buf;
    while (s.back() == '0')
        s.pop_back();
    if (s.back() == '.')
        s.pop_back();
    return s + " days";
}

std::string persons(long long n)
{
    return std::to_string(n) + (n == 1 ? " person" : " persons");
}

} // namespace

const std::vector<AuditTimeRow>& defaultAuditTimeTable()
{
    // Effective personnel up to -> stage 1 + stage 2 days (x2: half days).
    static const std::vector<AuditTimeRow> table = {
        {5, 3},     {10, 4},    {15, 5},    {25, 6},    {45, 8},    {65, 10},   {85, 12},    {125, 14},
        {175, 16},  {275, 18},  {425, 20},  {625, 22},  {875, 24},  {1175, 26}, {1550, 28},  {2025, 30},
        {2675, 32}, {3450, 34}, {4350, 36}, {5450, 38}, {6800, 40}, {8500, 42}, {10700, 44},
    };
    return table;
}

std::optional<std::string> checkAuditTimeTable(const std::vector<AuditTimeRow>& rows)
{
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::string which = "row " + std::to_string(i + 1) + " of the audit time table";
        if (rows[i].upToPersons <= rows[i - 1].upToPersons)
            return which + " (up to " + persons(rows[i].upToPersons) +
                   ") does not follow the row before it (up to " + persons(rows[i - 1].upToPersons) +
                   "): rows go in ascending order of persons";
        if (rows[i].halfDays < rows[i - 1].halfDays)
            return which + " (" + days(rows[i].halfDays) + ") has fewer days than the row before it (" +
                   days(rows[i - 1].halfDays) + "): more persons never need less audit time";
    }
    return std::nullopt;
}

std::optional<std::string> checkAuditTimeRules(const AuditTimeRules& rules)
{
    auto outside = [](const char* name, long long v, const auto& limit) -> std::optional<std::string> {
        if (limit.allows(v))
            return std::nullopt;
        return std::string(name) + " is " + std::to_string(v) + "; " + limit.sentence();
    };
    const std::pair<const char*, std::optional<int>> shares[] = {{"stage1-percent", rules.stage1Percent},
                                                                 {"surveillance-percent", rules.surveillancePercent},
                                                                 {"recertification-percent", rules.recertificationPercent}};
    if (auto w = outside("reduction-percent", rules.reductionPercent, limits::kAuditTimeReduction))
        return w;
    if (auto w = outside("integration-percent", rules.integrationPercent, limits::kIntegrationReduction))
        return w;
    for (const auto& [name, v] : shares)
        if (v)
            if (auto w = outside(name, *v, limits::kAuditTimeShare))
                return w;
    if (rules.headcount)
        if (auto w = outside("headcount", *rules.headcount, limits::kHeadcount))
            return w;
    if (rules.abovePersons.has_value() != rules.aboveHalfDays.has_value())
        return std::string("the rule for headcounts above the table takes both above-persons and above-days");
    if (rules.abovePersons)
        if (auto w = outside("above-persons", *rules.abovePersons, limits::kHeadcount))
            return w;
    auto badDays = [](std::optional<int> hd) { return hd && (*hd < 0 || *hd > 2 * limits::kAuditTimeDays.max); };
    bool days = badDays(rules.aboveHalfDays);
    for (const AuditTimeRow& row : rules.table) {
        days = days || badDays(row.halfDays);
        if (auto w = outside("a row's up-to", row.upToPersons, limits::kHeadcount))
            return w;
    }
    for (const auto& f : rules.fixedHalfDays)
        days = days || badDays(f);
    if (days)
        return limits::kAuditTimeDays.sentence();
    return checkAuditTimeTable(rules.table);
}

std::optional<int> AuditTimeFigure::wholeDays() const
{
    if (!halfDays)
        return std::nullopt;
    return (*halfDays + 1) / 2;
}

AuditTimeResult computeAuditTime(const AuditTimeRules& rules)
{
    AuditTimeResult r;
    r.defaultTable = rules.table.empty();
    r.tableLabel = r.defaultTable ? kDefaultAuditTimeTableLabel : kBodyAuditTimeTableLabel;
    r.headcount = rules.headcount;
    const std::vector<AuditTimeRow>& table = r.defaultTable ? defaultAuditTimeTable() : rules.table;

    // The initial (stage 1 + 2) time, exact, in half days x kScale.
    std::optional<long long> initial;
    if (auto why = checkAuditTimeRules(rules)) {
        r.error = *why;
        for (const auto& entry : enumEntries<AuditType>())
            r.figures.push_back({entry.value, std::nullopt, {}, r.error});
        return r;
    }
    if (!rules.headcount) {
        r.error = "no effective headcount is given, so the table gives no audit time";
    } else if (table.empty()) {
        r.error = "the audit time table has no rows";
    } else {
        const int h = *rules.headcount;
        long long tableHalfDays = 0;
        const auto row = std::find_if(table.begin(), table.end(), [h](const AuditTimeRow& x) { return h <= x.upToPersons; });
        if (row != table.end()) {
            const int from = row == table.begin() ? 1 : std::prev(row)->upToPersons + 1;
            tableHalfDays = row->halfDays;
            r.basis = persons(h) + ": row " + std::to_string(from) + "-" + std::to_string(row->upToPersons) +
                      " -> " + days(tableHalfDays);
        } else if (rules.abovePersons && rules.aboveHalfDays) {
            const AuditTimeRow& last = table.back();
            const long long blocks = (h - last.upToPersons + *rules.abovePersons - 1) / *rules.abovePersons;
            tableHalfDays = last.halfDays + blocks * *rules.aboveHalfDays;
            r.basis = persons(h) + ": last row (up to " + std::to_string(last.upToPersons) + ") " +
                      days(last.halfDays) + " + " + std::to_string(blocks) + " x " + days(*rules.aboveHalfDays) +
                      " per started " + persons(*rules.abovePersons) + " above it -> " + days(tableHalfDays);
        } else {
            r.error = persons(h) + " is beyond the table's last row (up to " + persons(table.back().upToPersons) +
                      ") and no rule for above it is given (above-persons and above-days), so the table gives no "
                      "audit time; give the body's days per audit type";
        }
        if (r.error.empty()) {
            initial = tableHalfDays * (100 - rules.reductionPercent) * (100 - rules.integrationPercent);
            if (rules.reductionPercent > 0)
                r.basis += "; -" + std::to_string(rules.reductionPercent) + " % reduction";
            if (rules.integrationPercent > 0)
                r.basis += "; -" + std::to_string(rules.integrationPercent) + " % integrated audit";
            const long long rounded = roundedDiv(*initial, kScale);
            if (rules.reductionPercent > 0 || rules.integrationPercent > 0)
                r.basis += " = " + exactDays(*initial) + (rounded * kScale == *initial
                                                                ? std::string()
                                                                : ", " + days(rounded) + " to the half day");
            r.initialHalfDays = static_cast<int>(std::min<long long>(rounded, 1'000'000'000LL));
        }
    }

    const std::string initialText = initial ? exactDays(*initial) : std::string();
    auto share = [&](std::optional<int> percent, long long num, long long den, const std::string& fraction,
                     long long& out) {
        out = percent ? roundedDiv(*initial * *percent, 100 * kScale) : roundedDiv(*initial * num, den * kScale);
        return (percent ? std::to_string(*percent) + " %" : fraction) + " of the initial " + initialText +
               ", to the half day";
    };
    for (const auto& entry : enumEntries<AuditType>()) {
        AuditTimeFigure f;
        f.type = entry.value;
        const auto fixed = rules.fixedHalfDays[static_cast<std::size_t>(entry.value)];
        long long hd = 0;
        if (fixed) {
            hd = *fixed;
            f.derivation = "fixed by the certificate (the body's figure)";
        } else if (entry.value == AuditType::Special || entry.value == AuditType::Transfer ||
                   entry.value == AuditType::ScopeExtension) {
            // Their extent depends on what triggered them (a complaint, the added scope).
            f.error = "the table gives no time for special audits, scope extensions and transfer reviews; give the "
                      "body's days";
        } else if (!initial) {
            f.error = r.error;
        } else if (entry.value == AuditType::Stage1) {
            f.derivation = share(rules.stage1Percent, 0, 1, "", hd);
        } else if (entry.value == AuditType::Stage2) {
            // The rest of the initial time, so that stage 1 + 2 is the table's figure.
            const auto s1 = rules.fixedHalfDays[static_cast<std::size_t>(AuditType::Stage1)];
            const long long stage1 = s1 ? *s1 : roundedDiv(*initial * rules.stage1Percent, 100 * kScale);
            hd = std::max<long long>(0, *r.initialHalfDays - stage1);
            f.derivation = "the initial " + days(*r.initialHalfDays) + " less stage 1 (" + days(stage1) + ")";
        } else if (entry.value == AuditType::Surveillance) {
            f.derivation = share(rules.surveillancePercent, 1, 3, "one third", hd);
        } else {
            f.derivation = share(rules.recertificationPercent, 2, 3, "two thirds", hd);
        }
        if (f.error.empty()) {
            if (hd > 2LL * limits::kAuditDays.max) {
                f.error = exactDays(hd * kScale) + " is more than an audit can last (" +
                          std::to_string(limits::kAuditDays.max) + " days)";
            } else {
                f.halfDays = static_cast<int>(hd);
            }
        }
        r.figures.push_back(std::move(f));
    }
    return r;
}

} // namespace certplan
