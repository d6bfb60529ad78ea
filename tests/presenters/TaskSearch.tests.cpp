// SPDX-License-Identifier: MIT
// Find Task / Find Next: the next match after the current task, wrapping round,
// ignoring case and compatibility forms in any locale.
#include "presenters/text/TaskSearch.h"

#include <catch2/catch.hpp>

using namespace certplan;
using present::findTaskByName;

namespace {

Plan named(std::initializer_list<const char*> names)
{
    Plan p;
    int k = 0;
    for (const char* n : names) {
        Task t;
        t.id = "t" + std::to_string(++k);
        t.name = n;
        p.tasks.push_back(t);
    }
    return p;
}

} // namespace

TEST_CASE("Find Next goes to the next match after the current task and wraps round", "[presenters][find]")
{
    const Plan p = named({"Gap analysis", "Write the policy", "Gap report", "Internal audit", "Close gap 8.2"});
    CHECK(findTaskByName(p, -1, "gap") == 0);
    CHECK(findTaskByName(p, 0, "gap") == 2);
    CHECK(findTaskByName(p, 2, "gap") == 4);
    CHECK(findTaskByName(p, 4, "gap") == 0); // wraps round
    CHECK(findTaskByName(p, 3, "AUDIT") == 3); // the current task itself, last
    CHECK_FALSE(findTaskByName(p, 0, "stage 2"));
    CHECK_FALSE(findTaskByName(p, 0, ""));
    CHECK_FALSE(findTaskByName(Plan{}, -1, "gap"));
    CHECK_FALSE(findTaskByName(p, 0, "\xFF")); // not UTF-8
}

TEST_CASE("Find ignores case and compatibility forms beyond ASCII", "[presenters][find]")
{
    const Plan p = named({"Café opening", "Straße sign-off", "\xEF\xAC\x81le review", "\xC3\x9C" "berpr\xC3\xBC" "fung"});
    CHECK(findTaskByName(p, -1, "CAF\xC3\x89") == 0);        // "CAFÉ"
    CHECK(findTaskByName(p, -1, "STRASSE") == 1);            // ß folds to ss
    CHECK(findTaskByName(p, -1, "file") == 2);               // the "ﬁ" ligature
    CHECK(findTaskByName(p, -1, "\xC3\xBC" "berpr") == 3);   // "überpr" finds "Überprüfung"
    CHECK(findTaskByName(p, -1, "cafe") == 0);               // accents ignored: "cafe" finds "Café"
    CHECK(findTaskByName(p, -1, "uberprufung") == 3);
    CHECK(findTaskByName(p, -1, "Cafe\xCC\x81 open") == 0);    // a decomposed "é" too
}
