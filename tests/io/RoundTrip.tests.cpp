// SPDX-License-Identifier: MIT
// load -> save -> load gives an equal plan, for plans built in code and for
// files on disk.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

namespace {

Plan reload(const Plan& p)
{
    const std::string text = writePlanToString(p);
    const LoadResult r = readPlanText(text, "roundtrip.certplan");
    INFO(text);
    INFO((r.ok() ? std::string() : r.error().format()));
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
    return r->plan;
}

} // namespace

TEST_CASE("A plan with every field of every entity set round-trips exactly", "[io][roundtrip]")
{
    const Plan original = fullPlan();
    const Plan loaded = reload(original);
    // Section by section first, so a failure says where the difference is.
    CHECK(loaded.info == original.info);
    CHECK(loaded.templateInfo == original.templateInfo);
    CHECK(loaded.calendars == original.calendars);
    CHECK(loaded.resources == original.resources);
    REQUIRE(loaded.tasks.size() == original.tasks.size());
    for (std::size_t i = 0; i < original.tasks.size(); ++i) {
        INFO("task " << original.tasks[i].id);
        CHECK(loaded.tasks[i] == original.tasks[i]);
    }
    CHECK(loaded.baselines == original.baselines);
    CHECK(loaded.checklists == original.checklists);
    CHECK(loaded.snapshots == original.snapshots);
    CHECK(loaded.certificates == original.certificates);
    CHECK(loaded.audits == original.audits);
    CHECK(loaded.nonconformities == original.nonconformities);
    CHECK(loaded.documents == original.documents);
    CHECK(loaded == original);
}

TEST_CASE("The full plan really exercises every dependency type and constraint", "[io][roundtrip]")
{
    // Guards the builder: a round trip only proves what the plan contains.
    const Plan p = fullPlan();
    for (const auto& e : enumEntries<DependencyType>()) {
        bool used = false;
        for (const auto& t : p.tasks)
            for (const auto& dep : t.predecessors)
                used = used || (dep.type == e.value && dep.lagDays != 0);
        INFO(e.key);
        CHECK(used);
    }
    for (const auto& e : enumEntries<ConstraintType>()) {
        bool used = false;
        for (const auto& t : p.tasks)
            used = used || t.constraint.type == e.value;
        INFO(e.key);
        CHECK(used);
    }
}

TEST_CASE("Text with markup characters, quotes, non-ASCII and line breaks round-trips in every kind of field",
          "[io][roundtrip]")
{
    const std::vector<std::string> texts = {
        "a < b && c > d",
        "\"double\" and 'single' quotes",
        "Caf\u00e9 \u65e5\u672c \u00fc\u00df \U0001F600",
        "line one\nline two\n\nline four",
        "  leading and trailing spaces  ",
        "tab\tseparated",
        "]]> looks like the end of CDATA",
        "&amp; already escaped",
    };
    for (const auto& s : texts) {
        INFO(s);
        Plan p = minimalPlan();
        p.info.title = s;        // element text
        p.info.scope = s;
        p.tasks[0].name = s;     // attribute
        p.tasks[0].notes = s;    // element text inside a task
        p.resources.push_back({"r", s, ResourceKind::Person, s, s, 100, ""});
        p.tasks[0].assignments.push_back({"r", 100});
        const Plan loaded = reload(p);
        CHECK(loaded.info.title == s);
        CHECK(loaded.info.scope == s);
        CHECK(loaded.tasks[0].name == s);
        CHECK(loaded.tasks[0].notes == s);
        CHECK(loaded.resources[0].name == s);
        CHECK(loaded.resources[0].role == s);
        CHECK(loaded == p);
    }
}

TEST_CASE("Readiness percentages round-trip to the last bit", "[io][roundtrip]")
{
    Plan p = minimalPlan();
    p.checklists = {{"c", "ISO/IEC 20000-1", "", "", {}}};
    p.snapshots = {{d(2027, 2, 1), "c", 100.0 / 3.0, {{"4", 0.1 + 0.2}, {"5", 1e-7}, {"6", 99.99999999999999}}}};
    CHECK(reload(p).snapshots == p.snapshots);
}

TEST_CASE("load, save, load of every good fixture gives an equal plan", "[io][roundtrip]")
{
    for (const std::string name : {"show-sample.certplan", "minimal.certplan", "templates/test-journey.certplan",
                                   "unknown-element-and-attribute.certplan"}) {
        INFO(name);
        const LoadResult first = readPlanFile(goodFile(name));
        REQUIRE(first.ok());
        CHECK(reload(first->plan) == first->plan);
    }
}

TEST_CASE("savePlanFile and readPlanFile round-trip the full plan through a real file", "[io][roundtrip]")
{
    ScratchDir dir;
    const Plan original = fullPlan();
    const std::string path = dir.file("full.certplan");
    const auto saved = savePlanFile(original, path);
    INFO((saved.ok() ? std::string() : saved.error()));
    REQUIRE(saved.ok());
    const LoadResult loaded = readPlanFile(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->plan == original);
}
