// SPDX-License-Identifier: MIT
#include "core/Plan.h"
#include "core/TaskTree.h"

#include <catch2/catch.hpp>

using namespace certplan;

namespace {

std::vector<Task> outline(std::initializer_list<int> levels)
{
    std::vector<Task> out;
    for (int l : levels) {
        Task t;
        t.id = "t" + std::to_string(out.size());
        t.level = l;
        out.push_back(t);
    }
    return out;
}

} // namespace

TEST_CASE("Parents, children and subtrees from outline levels", "[tree]")
{
    //  0 A          1
    //  1   B        1.1
    //  2     C      1.1.1
    //  3     D      1.1.2
    //  4   E        1.2
    //  5 F          2
    //  6   G        2.1
    const auto tasks = outline({0, 1, 2, 2, 1, 0, 1});
    const TaskTree tree(tasks);
    REQUIRE(tree.size() == 7);
    CHECK(tree.parent(0) == TaskTree::kNone);
    CHECK(tree.parent(1) == 0);
    CHECK(tree.parent(3) == 1);
    CHECK(tree.parent(4) == 0);
    CHECK(tree.parent(5) == TaskTree::kNone);
    CHECK(tree.parent(6) == 5);

    CHECK(tree.isSummary(0));
    CHECK(tree.isSummary(1));
    CHECK_FALSE(tree.isSummary(2));
    CHECK_FALSE(tree.isSummary(4));
    CHECK(tree.childCount(0) == 2);
    CHECK(tree.childCount(1) == 2);
    CHECK(tree.childCount(6) == 0);

    CHECK(tree.subtreeEnd(0) == 5);
    CHECK(tree.subtreeEnd(1) == 4);
    CHECK(tree.subtreeEnd(2) == 3);
    CHECK(tree.subtreeEnd(5) == 7);
    CHECK(tree.children(TaskTree::kNone) == std::vector<int>{0, 5});
    CHECK(tree.children(0) == std::vector<int>{1, 4});
    CHECK(tree.children(1) == std::vector<int>{2, 3});
    CHECK(tree.children(2).empty());

    CHECK(tree.isAncestor(0, 3));
    CHECK(tree.isAncestor(1, 2));
    CHECK_FALSE(tree.isAncestor(1, 4));
    CHECK_FALSE(tree.isAncestor(0, 0));
    CHECK_FALSE(tree.isAncestor(TaskTree::kNone, 3));
    CHECK_FALSE(tree.isAncestor(5, 4));

    CHECK(tree.positionAmongSiblings(4) == 1);
    CHECK(tree.positionAmongSiblings(5) == 1);
}

TEST_CASE("WBS numbers count siblings at every level", "[tree]")
{
    const auto tasks = outline({0, 1, 2, 2, 1, 0, 1});
    const TaskTree tree(tasks);
    std::vector<std::string> wbs;
    for (int i = 0; i < tree.size(); ++i)
        wbs.push_back(tree.wbs(i));
    CHECK(wbs == std::vector<std::string>{"1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"});

    std::vector<Task> many = outline({0});
    for (int i = 0; i < 11; ++i)
        many.push_back(outline({1})[0]);
    CHECK(TaskTree(many).wbs(11) == "1.11");
}

TEST_CASE("A damaged outline still yields a tree", "[tree]")
{
    // A jump of three levels makes a child of the task above; a negative level is top level.
    const auto tasks = outline({0, 3, -1, 1});
    const TaskTree tree(tasks);
    CHECK(tree.parent(1) == 0);
    CHECK(tree.wbs(1) == "1.1");
    CHECK(tree.parent(2) == TaskTree::kNone);
    CHECK(tree.wbs(2) == "2");
    CHECK(tree.parent(3) == 2);
    CHECK(tree.subtreeEnd(0) == 2);

    const TaskTree empty(std::vector<Task>{});
    CHECK(empty.size() == 0);
    CHECK(empty.children(TaskTree::kNone).empty());
}

TEST_CASE("The plan's own summary test agrees with the tree", "[tree]")
{
    const auto tasks = outline({0, 1, 2, 2, 1, 0, 1});
    const TaskTree tree(tasks);
    for (std::size_t i = 0; i < tasks.size(); ++i)
        CHECK(isSummary(tasks, i) == tree.isSummary(static_cast<int>(i)));
}
