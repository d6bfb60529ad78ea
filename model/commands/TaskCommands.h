// SPDX-License-Identifier: MIT
#pragma once
// Commands on the task list. Build them with the functions in TaskEdits.h,
// which check the edit first; these classes only apply and revert.

#include "commands/Command.h"

namespace certplan {

// Replaces a task's fields in place (its position and level stay).
class ModifyTask : public Command {
public:
    ModifyTask(std::string label, Task before, Task after);
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return m_label; }
    ChangeSet changes() const override;
    bool mergeWith(const Command& other) override;

private:
    std::string m_label;
    Task m_before;
    Task m_after;
};

// Inserts a block of tasks at a position in the outline.
class InsertTasks : public Command {
public:
    InsertTasks(std::string label, int position, std::vector<Task> tasks);
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return m_label; }
    ChangeSet changes() const override;

private:
    std::string m_label;
    int m_position;
    std::vector<Task> m_tasks;
};

// Removes blocks of tasks (each a task with its subtree) and repairs what
// referred to them: links from other tasks, audit links.
class RemoveTasks : public Command {
public:
    struct Block {
        int position;
        std::vector<Task> tasks;
    };
    RemoveTasks(std::string label, std::vector<Block> blocks, std::vector<std::pair<int, Task>> touchedTasks,
                std::vector<std::pair<int, Audit>> touchedAudits, const Plan& plan);
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return m_label; }
    ChangeSet changes() const override;

private:
    std::string m_label;
    std::vector<Block> m_blocks; // ascending positions, as in the original list
    std::vector<std::pair<int, Task>> m_touchedBefore; // index in the original list, old value
    std::vector<std::pair<int, Task>> m_touchedAfter;
    std::vector<std::pair<int, Audit>> m_auditsBefore;
    std::string m_targetBefore; // the plan's target task, when it is among the removed
};

// Changes the outline level of tasks [begin, end) by delta (indent +1, outdent -1).
class ShiftLevels : public Command {
public:
    ShiftLevels(std::string label, int begin, int end, int delta);
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return m_label; }
    ChangeSet changes() const override;

private:
    std::string m_label;
    int m_begin, m_end, m_delta;
};

// Swaps two adjacent blocks [a, b) and [b, c): a task with its subtree moves
// past its neighbouring sibling with its subtree.
class SwapBlocks : public Command {
public:
    SwapBlocks(std::string label, int a, int b, int c);
    void apply(Plan& plan) override;
    void revert(Plan& plan) override;
    std::string label() const override { return m_label; }
    ChangeSet changes() const override;

private:
    std::string m_label;
    int m_a, m_b, m_c;
};

} // namespace certplan
