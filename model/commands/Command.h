// SPDX-License-Identifier: MIT
#pragma once
// Every edit of a plan is a Command: it stores ids and old/new values (never
// pointers into the plan), applies and reverts itself, and names itself for
// the Edit menu ("Undo Link Tasks").

#include "commands/ChangeSet.h"
#include "core/Plan.h"

#include <memory>
#include <string>
#include <vector>

namespace certplan {

class Command {
public:
    virtual ~Command() = default;
    virtual void apply(Plan& plan) = 0;
    virtual void revert(Plan& plan) = 0;
    virtual std::string label() const = 0;
    virtual ChangeSet changes() const = 0;
    // Absorb a following command of the same kind (e.g. repeated nudges); the
    // other command has already been applied when this is called.
    virtual bool mergeWith(const Command&) { return false; }
};

using CommandPtr = std::unique_ptr<Command>;

// Several commands undone and redone as one.
class MacroCommand : public Command {
public:
    explicit MacroCommand(std::string label) : m_label(std::move(label)) {}
    void add(CommandPtr c) { m_parts.push_back(std::move(c)); }
    bool empty() const { return m_parts.empty(); }
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return m_label; }
    ChangeSet changes() const override;

private:
    std::string m_label;
    std::vector<CommandPtr> m_parts;
};

} // namespace certplan
