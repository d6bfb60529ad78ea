// SPDX-License-Identifier: MIT
#include "presenters/PresenterFixtures.h"
#include "presenters/VisibleRows.h"

using namespace certplan;
using namespace certplan::test;
using present::VisibleRows;

namespace {

// phase > (a, sub > (x, y)), c
Plan nestedPlan()
{
    Plan p;
    p.tasks = {plainTask("phase", "Phase", 0, 0), plainTask("a", "A", 1, 1), plainTask("sub", "Sub", 1, 0),
               plainTask("x", "X", 2, 1),         plainTask("y", "Y", 2, 1), plainTask("c", "C", 0, 1)};
    return p;
}

} // namespace

TEST_CASE("All rows are visible until something is collapsed", "[presenters][rows]")
{
    const Plan p = nestedPlan();
    VisibleRows rows;
    rows.rebuild(p);
    CHECK(rows.count() == 6);
    CHECK(rows.rows() == std::vector<int>{0, 1, 2, 3, 4, 5});
    for (int i = 0; i < 6; ++i) {
        CHECK(rows.taskAt(i) == i);
        CHECK(rows.rowOf(i) == i);
    }
    CHECK(rows.rowOf(-1) == -1);
    CHECK(rows.rowOf(6) == -1);
}

TEST_CASE("Collapsing a summary hides its subtree and shifts the rows below", "[presenters][rows]")
{
    const Plan p = nestedPlan();
    VisibleRows rows;
    rows.setCollapsed("sub", true);
    rows.rebuild(p);
    CHECK(rows.rows() == std::vector<int>{0, 1, 2, 5});
    CHECK(rows.rowOf(3) == -1);
    CHECK(rows.rowOf(4) == -1);
    CHECK(rows.rowOf(5) == 3);
    CHECK(rows.taskAt(3) == 5);

    rows.setCollapsed("phase", true);
    rows.rebuild(p);
    CHECK(rows.rows() == std::vector<int>{0, 5});
    CHECK(rows.rowOf(2) == -1);

    // Expanding the outer summary shows the inner one still collapsed.
    rows.setCollapsed("phase", false);
    rows.rebuild(p);
    CHECK(rows.rows() == std::vector<int>{0, 1, 2, 5});
    CHECK(rows.isCollapsed("sub"));
    CHECK_FALSE(rows.isCollapsed("phase"));
}

TEST_CASE("Collapsing a leaf task hides nothing", "[presenters][rows]")
{
    const Plan p = nestedPlan();
    VisibleRows rows;
    rows.setCollapsed("a", true);
    rows.setCollapsed("c", true);
    rows.rebuild(p);
    CHECK(rows.count() == 6);
}

TEST_CASE("Collapse all, expand all and reveal", "[presenters][rows]")
{
    const Plan p = nestedPlan();
    VisibleRows rows;
    rows.collapseAll(p);
    CHECK(rows.isCollapsed("phase"));
    CHECK(rows.isCollapsed("sub"));
    CHECK_FALSE(rows.isCollapsed("a"));
    rows.rebuild(p);
    CHECK(rows.rows() == std::vector<int>{0, 5});

    rows.reveal(p, 4); // y: both its ancestors open
    rows.rebuild(p);
    CHECK(rows.rows() == std::vector<int>{0, 1, 2, 3, 4, 5});
    CHECK(rows.rowOf(4) == 4);

    rows.collapseAll(p);
    rows.reveal(p, 1); // a: only phase opens, sub stays closed
    rows.rebuild(p);
    CHECK(rows.rows() == std::vector<int>{0, 1, 2, 5});

    rows.expandAll();
    rows.rebuild(p);
    CHECK(rows.count() == 6);
}

TEST_CASE("Rebuilding follows structure edits", "[presenters][rows]")
{
    Plan p = nestedPlan();
    VisibleRows rows;
    rows.setCollapsed("sub", true);
    rows.rebuild(p);
    CHECK(rows.count() == 4);
    // Outdent x and y: sub is no longer a summary, so its collapsed mark is moot.
    p.tasks[3].level = 1;
    p.tasks[4].level = 1;
    rows.rebuild(p);
    CHECK(rows.count() == 6);
    p.tasks.pop_back();
    rows.rebuild(p);
    CHECK(rows.count() == 5);
    CHECK(rows.rowOf(5) == -1);
}
