// SPDX-License-Identifier: MIT
#pragma once
// A command that fails half-way, as a buggy one would: it renames the first
// task, then throws. Its revert undoes the rename. For the tests of what
// Document and the app's safety net do with an exception.
#include "commands/Command.h"

#include <stdexcept>
#include <string>

namespace certplan::test {

class ThrowsMidway : public Command {
public:
    explicit ThrowsMidway(std::string message = "disk on fire") : m_message(std::move(message)) {}
    void apply(Plan& plan) override
    {
        m_old = plan.tasks.front().name;
        plan.tasks.front().name = "half-renamed";
        throw std::runtime_error(m_message);
    }
    void revert(Plan& plan) override { plan.tasks.front().name = m_old; }
    std::string label() const override { return "Break"; }
    ChangeSet changes() const override { return ChangeSet::everything(); }

private:
    std::string m_message;
    std::string m_old;
};

} // namespace certplan::test
