// SPDX-License-Identifier: MIT
#pragma once
// The Checklist tab's logic without a window: which clauses a filter shows
// (with the headings that give them context), the tree shape, the keyboard's
// status shortcuts, and requirement edits as undoable commands.

#include "commands/Command.h"
#include "core/Plan.h"
#include "util/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace certplan::present {

struct ChecklistFilter {
    std::optional<RequirementStatus> status;
    std::string owner;  // resource id; "" = anyone, "-" = nobody assigned
    std::string text;   // matched against clause number and title, case-insensitive
    bool active() const { return status || !owner.empty() || !text.empty(); }
};

struct ChecklistRow {
    int item = -1;      // index into Checklist::items
    int parent = -1;    // index of the heading item it sits under, -1 at the top
    bool heading = false;
    bool matches = true; // false: shown only because a sub-clause matches
};

// Rows in checklist order. A heading appears when it or any sub-clause matches.
std::vector<ChecklistRow> checklistRows(const Checklist& list, const ChecklistFilter& filter);

// Keys that set a status in the tree: c conforming, p partial, n nonconforming,
// a not applicable, u / 0 not assessed; 1-4 in the same order as the menu.
std::optional<RequirementStatus> statusForKey(int key);
std::string statusShortcutHelp();

// Replaces one requirement with an edited copy (the detail form's several
// fields), as one undoable command. Status changes go through the model's
// setRequirementStatus; this refuses "not applicable" without a justification.
Result<CommandPtr, std::string> editRequirement(const Plan& plan, const std::string& checklistId,
                                                const Requirement& after, std::string label);

} // namespace certplan::present
