// SPDX-License-Identifier: MIT
#include "presenters/PredecessorText.h"

#include "presenters/TextFormat.h"

#include <cctype>
#include <unordered_map>

namespace certplan::present {

std::string formatDependency(int rowNumber, const Dependency& d)
{
    std::string out = std::to_string(rowNumber);
    if (d.type != DependencyType::FinishToStart || d.lagDays != 0)
        out += enumKey(d.type);
    if (d.lagDays != 0)
        out += (d.lagDays > 0 ? "+" : "") + std::to_string(d.lagDays) + "d";
    return out;
}

std::string formatPredecessors(const Plan& plan, const Task& task)
{
    std::string out;
    for (const auto& d : task.predecessors) {
        const int row = plan.taskIndex(d.predecessor);
        if (!out.empty())
            out += "; ";
        out += row >= 0 ? formatDependency(row + 1, d) : "?" + d.predecessor;
    }
    return out;
}

namespace {

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

} // namespace

Result<std::vector<Dependency>, std::string> parsePredecessors(const Plan& plan, const std::string& text)
{
    std::vector<Dependency> out;
    for (const auto& raw : splitList(text)) {
        const std::string p = trim(raw);
        if (p.empty())
            continue;
        std::size_t i = 0;
        while (i < p.size() && std::isdigit(static_cast<unsigned char>(p[i])))
            ++i;
        if (i == 0 || i > 9)
            return unexpected("'" + p + "' does not start with a row number");
        const int row = std::stoi(p.substr(0, i));
        if (row < 1 || row > static_cast<int>(plan.tasks.size()))
            return unexpected("there is no row " + std::to_string(row));
        Dependency d;
        d.predecessor = plan.tasks[static_cast<std::size_t>(row - 1)].id;
        std::string rest = trim(p.substr(i));
        if (rest.size() >= 2 && std::isalpha(static_cast<unsigned char>(rest[0]))) {
            std::string code = rest.substr(0, 2);
            for (auto& c : code)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            const auto type = parseEnum<DependencyType>(code);
            if (!type)
                return unexpected("'" + rest.substr(0, 2) + "' is not a link type (use FS, SS, FF or SF)");
            d.type = *type;
            rest = trim(rest.substr(2));
        }
        if (!rest.empty()) {
            if (rest[0] != '+' && rest[0] != '-')
                return unexpected("cannot read '" + p + "' (write it like 3FS+2d)");
            std::size_t k = 1;
            while (k < rest.size() && rest[k] == ' ')
                ++k;
            std::size_t digits = k;
            while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
                ++digits;
            std::string unit = trim(rest.substr(digits));
            if (digits == k || digits - k > 6 || !(unit.empty() || unit == "d" || unit == "D" || unit == "days" || unit == "day"))
                return unexpected("the lag in '" + p + "' must be whole working days, like +2d or -1d");
            d.lagDays = std::stoi(rest.substr(k, digits - k)) * (rest[0] == '-' ? -1 : 1);
        }
        for (const auto& prev : out)
            if (prev.predecessor == d.predecessor)
                return unexpected("row " + std::to_string(row) + " is listed twice");
        out.push_back(std::move(d));
    }
    return out;
}

} // namespace certplan::present
