// SPDX-License-Identifier: MIT
// The undo history on its own, with a command that only counts, so the index
// and clean-point rules are checked without any plan logic in the way.
#include "commands/UndoStack.h"

#include <catch2/catch.hpp>

using namespace certplan;

namespace {

class Counter : public Command {
public:
    explicit Counter(std::string label, bool mergeable = false) : m_label(std::move(label)), m_mergeable(mergeable) {}
    void apply(Plan& p) override { p.info.title += "+"; }
    void revert(Plan& p) override { p.info.title.pop_back(); }
    std::string label() const override { return m_label; }
    ChangeSet changes() const override { return ChangeSet{}; }
    bool mergeWith(const Command& other) override
    {
        const auto* o = dynamic_cast<const Counter*>(&other);
        if (!m_mergeable || !o || !o->m_mergeable)
            return false;
        ++merged;
        return true;
    }
    int merged = 0;

private:
    std::string m_label;
    bool m_mergeable;
};

CommandPtr counter(const char* label, bool mergeable = false)
{
    return std::make_unique<Counter>(label, mergeable);
}

} // namespace

TEST_CASE("A new undo stack is clean and empty", "[undo]")
{
    UndoStack s;
    CHECK(s.isClean());
    CHECK_FALSE(s.canUndo());
    CHECK_FALSE(s.canRedo());
    CHECK(s.undoLabel().empty());
    CHECK(s.redoLabel().empty());
    CHECK(s.undoTarget() == nullptr);
    CHECK(s.redoTarget() == nullptr);
    CHECK(s.size() == 0);
}

TEST_CASE("Undo and redo walk the history and name the next step", "[undo]")
{
    UndoStack s;
    s.push(counter("First"));
    s.push(counter("Second"));
    CHECK(s.size() == 2);
    CHECK(s.index() == 2);
    CHECK(s.undoLabel() == "Second");
    CHECK(s.undoTarget()->label() == "Second");
    CHECK_FALSE(s.isClean());
    s.stepBack();
    CHECK(s.undoLabel() == "First");
    CHECK(s.redoLabel() == "Second");
    CHECK(s.redoTarget()->label() == "Second");
    s.stepBack();
    CHECK_FALSE(s.canUndo());
    CHECK(s.isClean()); // back where the (empty) file was
    CHECK(s.redoLabel() == "First");
    s.stepForward();
    CHECK(s.undoLabel() == "First");
}

TEST_CASE("A new command after undo drops the redo history", "[undo]")
{
    UndoStack s;
    s.push(counter("A"));
    s.push(counter("B"));
    s.stepBack();
    s.push(counter("C"));
    CHECK(s.size() == 2);
    CHECK_FALSE(s.canRedo());
    CHECK(s.undoLabel() == "C");
    s.stepBack();
    CHECK(s.undoLabel() == "A");
    CHECK(s.redoLabel() == "C");
}

TEST_CASE("The clean point follows saves, and is lost when its state is dropped", "[undo]")
{
    UndoStack s;
    s.push(counter("A"));
    s.setClean();
    CHECK(s.isClean());
    s.push(counter("B"));
    CHECK_FALSE(s.isClean());
    s.stepBack();
    CHECK(s.isClean());
    s.stepBack();
    CHECK_FALSE(s.isClean());

    // Saved after B, then undo twice and branch: the saved state is gone for good.
    UndoStack t;
    t.push(counter("A"));
    t.push(counter("B"));
    t.setClean();
    t.stepBack();
    t.stepBack();
    t.push(counter("C"));
    CHECK_FALSE(t.isClean());
    t.stepBack();
    CHECK_FALSE(t.isClean());

    // Branching at the saved index itself keeps it reachable.
    UndoStack u;
    u.push(counter("A"));
    u.setClean();
    u.push(counter("B"));
    u.stepBack();
    u.push(counter("C"));
    u.stepBack();
    CHECK(u.isClean());
}

TEST_CASE("setDirty means no point in the history matches the file", "[undo]")
{
    UndoStack s;
    s.setDirty();
    CHECK_FALSE(s.isClean());
    s.push(counter("A"));
    s.stepBack();
    CHECK_FALSE(s.isClean());
    s.setClean();
    CHECK(s.isClean());
    s.clear();
    CHECK(s.isClean());
    CHECK(s.size() == 0);
    CHECK_FALSE(s.canRedo());
}

TEST_CASE("Merging happens only with the last command and never across the clean point", "[undo]")
{
    UndoStack s;
    s.push(counter("Nudge", true));
    auto* first = dynamic_cast<Counter*>(s.undoTarget());
    s.push(counter("Nudge", true));
    CHECK(s.size() == 1);
    CHECK(first->merged == 1);
    s.setClean();
    s.push(counter("Nudge", true));
    CHECK(s.size() == 2); // merging would make the saved state unreachable
    s.push(counter("Other"));
    s.push(counter("Nudge", true));
    CHECK(s.size() == 4);
}
