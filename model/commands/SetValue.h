// SPDX-License-Identifier: MIT
#pragma once
// The general edit: replace one part of the plan (a requirement, an audit, the
// resource list, the plan info ...) with a new value, keeping the old one for
// undo. The part is found again by an accessor on every apply/revert, so the
// command never holds a pointer into the plan.

#include "commands/Command.h"

#include <functional>

namespace certplan {

template <class T>
class SetValue : public Command {
public:
    using Accessor = std::function<T&(Plan&)>;

    SetValue(std::string label, ChangeSet changes, Accessor access, T before, T after)
        : m_label(std::move(label)), m_changes(std::move(changes)), m_access(std::move(access)),
          m_before(std::move(before)), m_after(std::move(after))
    {
    }

    void apply(Plan& plan) override { m_access(plan) = m_after; }
    void revert(Plan& plan) override { m_access(plan) = m_before; }
    std::string label() const override { return m_label; }
    ChangeSet changes() const override { return m_changes; }

private:
    std::string m_label;
    ChangeSet m_changes;
    Accessor m_access;
    T m_before;
    T m_after;
};

template <class T>
CommandPtr makeSetValue(std::string label, ChangeSet changes, std::function<T&(Plan&)> access, const Plan& plan,
                        T after)
{
    T before = access(const_cast<Plan&>(plan));
    return std::make_unique<SetValue<T>>(std::move(label), std::move(changes), std::move(access), std::move(before),
                                         std::move(after));
}

} // namespace certplan
