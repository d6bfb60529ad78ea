// SPDX-License-Identifier: MIT
// Predecessor text as typed in the grid: "3FS+2d; 5SS" with row numbers from 1.
#include "presenters/PredecessorText.h"
#include "presenters/PresenterFixtures.h"

using namespace certplan;
using namespace certplan::test;
using present::formatDependency;
using present::formatPredecessors;
using present::parsePredecessors;
using DT = DependencyType;

namespace {

std::vector<Dependency> parsed(const Plan& p, const std::string& text)
{
    auto r = parsePredecessors(p, text);
    if (!r)
        FAIL("'" << text << "' refused: " << r.error());
    return std::move(r).value();
}

std::string error(const Plan& p, const std::string& text)
{
    auto r = parsePredecessors(p, text);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

} // namespace

TEST_CASE("Dependencies format as row number, type and lag", "[presenters][predecessors]")
{
    CHECK(formatDependency(3, {"x", DT::FinishToStart, 0}) == "3");
    CHECK(formatDependency(3, {"x", DT::FinishToStart, 2}) == "3FS+2d");
    CHECK(formatDependency(5, {"x", DT::StartToStart, 0}) == "5SS");
    CHECK(formatDependency(4, {"x", DT::FinishToFinish, -1}) == "4FF-1d");
    CHECK(formatDependency(12, {"x", DT::StartToFinish, 10}) == "12SF+10d");

    const Plan p = samplePlan();
    CHECK(formatPredecessors(p, *p.findTask("b")) == "2");
    CHECK(formatPredecessors(p, *p.findTask("c")) == "2SS+2d");
    CHECK(formatPredecessors(p, *p.findTask("d")) == "5FF-1d");
    CHECK(formatPredecessors(p, *p.findTask("a")).empty());
    Task two = *p.findTask("d");
    two.predecessors.push_back({"m", DT::FinishToStart, 0});
    two.predecessors.push_back({"gone", DT::FinishToStart, 0});
    CHECK(formatPredecessors(p, two) == "5FF-1d; 4; ?gone");
}

TEST_CASE("Predecessor text parses types, lags, leads and lists", "[presenters][predecessors]")
{
    const Plan p = samplePlan(); // rows: 1 phase, 2 a, 3 b, 4 m, 5 c, 6 d
    CHECK(parsed(p, "3FS+2d") == std::vector<Dependency>{{"b", DT::FinishToStart, 2}});
    CHECK(parsed(p, "5SS") == std::vector<Dependency>{{"c", DT::StartToStart, 0}});
    CHECK(parsed(p, "4FF-1d") == std::vector<Dependency>{{"m", DT::FinishToFinish, -1}});
    CHECK(parsed(p, "2") == std::vector<Dependency>{{"a", DT::FinishToStart, 0}});
    CHECK(parsed(p, "2sf") == std::vector<Dependency>{{"a", DT::StartToFinish, 0}});
    CHECK(parsed(p, "2+3") == std::vector<Dependency>{{"a", DT::FinishToStart, 3}});
    CHECK(parsed(p, "3FS+2d;5SS") ==
          std::vector<Dependency>{{"b", DT::FinishToStart, 2}, {"c", DT::StartToStart, 0}});
    CHECK(parsed(p, "  3 FS + 2 days ,  5ss ; ") ==
          std::vector<Dependency>{{"b", DT::FinishToStart, 2}, {"c", DT::StartToStart, 0}});
    CHECK(parsed(p, "2FS-1 day") == std::vector<Dependency>{{"a", DT::FinishToStart, -1}});
    CHECK(parsed(p, "").empty());
    CHECK(parsed(p, " ; ").empty());
}

TEST_CASE("Predecessor errors name the offending part", "[presenters][predecessors]")
{
    const Plan p = samplePlan();
    CHECK(error(p, "FS3") == "'FS3' does not start with a row number");
    CHECK(error(p, "2; x") == "'x' does not start with a row number");
    CHECK(error(p, "7") == "there is no row 7");
    CHECK(error(p, "0") == "there is no row 0");
    CHECK(error(p, "3XY") == "'XY' is not a link type (use FS, SS, FF or SF)");
    CHECK(error(p, "3FS*2") == "cannot read '3FS*2' (write it like 3FS+2d)");
    CHECK(error(p, "3FS+2w") == "the lag in '3FS+2w' must be whole working days, like +2d or -1d");
    CHECK(error(p, "3FS+d") == "the lag in '3FS+d' must be whole working days, like +2d or -1d");
    CHECK(error(p, "3FS+1.5d") == "the lag in '3FS+1.5d' must be whole working days, like +2d or -1d");
    CHECK(error(p, "3; 3SS") == "row 3 is listed twice");
    CHECK(error(p, "1234567890") == "'1234567890' does not start with a row number");
}

TEST_CASE("Formatting what was parsed gives the canonical text back", "[presenters][predecessors]")
{
    const Plan p = samplePlan();
    auto roundTrip = [&](const std::string& text) {
        Task t;
        t.predecessors = parsed(p, text);
        return formatPredecessors(p, t);
    };
    CHECK(roundTrip("3FS+2d") == "3FS+2d");
    CHECK(roundTrip("5SS") == "5SS");
    CHECK(roundTrip("4FF-1d") == "4FF-1d");
    CHECK(roundTrip("2") == "2");
    CHECK(roundTrip("3FS+2d;5SS") == "3FS+2d; 5SS");
    CHECK(roundTrip("2fs") == "2");          // FS without lag is the default
    CHECK(roundTrip("2 + 0d") == "2");
    CHECK(roundTrip(" 6sf-3 days") == "6SF-3d");
    // And canonical text is a fixed point.
    for (const char* canonical : {"3FS+2d; 5SS", "4FF-1d; 2; 6SF+10d"})
        CHECK(roundTrip(canonical) == canonical);
}
