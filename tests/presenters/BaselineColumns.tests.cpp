// SPDX-License-Identifier: MIT
// The grid's baseline columns: Baseline Start/Finish and the start, finish and
// duration variance in working days, the numbers `certplan-cli baseline
// --compare` prints (both read schedule/BaselineVariance.h).
#include "presenters/PresenterFixtures.h"
#include "presenters/TaskColumns.h"
#include "schedule/BaselineVariance.h"

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;
using TC = TaskColumn;

namespace {

// The sample plan saved as "Approved", then a lengthened from 3 to 5 days (b,
// m and the summary move 2 working days: over the weekend of 9-10 January)
// and a task e added after the baseline was saved.
Plan movedSample()
{
    Plan p = samplePlan();
    p.baselines.push_back(makeBaseline(p, scheduleOf(p), "Approved", day("2027-01-04")));
    p.findTask("a")->durationDays = 5;
    p.tasks.push_back(plainTask("e", "Added later", 0, 2));
    return p;
}

} // namespace

TEST_CASE("Baseline columns show the compared baseline and the variance in working days", "[presenters][columns][baseline]")
{
    CellFixture f(movedSample());
    auto variance = baselineVariance(f.plan, f.schedule, "Approved");
    REQUIRE(variance);
    f.ctx.variance = &*variance;
    auto text = [&](const std::string& id, TC c) { return cellText(f.ctx, f.row(id), c); };

    CHECK(text("b", TC::BaselineStart) == "2027-01-07");
    CHECK(text("b", TC::BaselineFinish) == "2027-01-08");
    CHECK(text("b", TC::Start) == "2027-01-11");
    CHECK(text("b", TC::StartVariance) == "+2 d");
    CHECK(text("b", TC::FinishVariance) == "+2 d");
    CHECK(text("b", TC::DurationVariance) == "0 d");
    CHECK(text("a", TC::StartVariance) == "0 d");
    CHECK(text("a", TC::FinishVariance) == "+2 d");
    CHECK(text("a", TC::DurationVariance) == "+2 d");
    CHECK(text("phase", TC::FinishVariance) == "+2 d");
    CHECK(text("phase", TC::DurationVariance) == "+2 d");
    // Added after the baseline: nothing to compare with.
    for (TC c : {TC::BaselineStart, TC::BaselineFinish, TC::StartVariance, TC::FinishVariance, TC::DurationVariance})
        CHECK(text("e", c) == "NA");
    // Dates in the user's format.
    CellFixture dmy(movedSample(), DateStyle::DayMonthYear);
    auto v2 = baselineVariance(dmy.plan, dmy.schedule, "Approved");
    REQUIRE(v2);
    dmy.ctx.variance = &*v2;
    CHECK(cellText(dmy.ctx, dmy.row("b"), TC::BaselineStart) == "07/01/2027");
}

TEST_CASE("Baseline columns read NA while no baseline is compared, and cannot be edited", "[presenters][columns][baseline]")
{
    CellFixture f(movedSample());
    for (TC c : {TC::BaselineStart, TC::BaselineFinish, TC::StartVariance, TC::FinishVariance, TC::DurationVariance}) {
        INFO(columnTitle(c));
        CHECK(isBaselineColumn(c));
        CHECK(cellText(f.ctx, f.row("b"), c) == "NA");
        CHECK_FALSE(cellEditable(f.ctx, f.row("b"), c));
        auto cmd = commandForEdit(f.ctx, f.row("b"), c, "2027-01-04");
        REQUIRE_FALSE(cmd);
        CHECK(cmd.error() == "this column cannot be edited");
    }
    CHECK_FALSE(isBaselineColumn(TC::Finish));
    CHECK(columnTitle(TC::DurationVariance) == "Duration Variance");
}

TEST_CASE("Variance text is signed working days", "[presenters][columns][baseline]")
{
    CHECK(varianceText(3) == "+3 d");
    CHECK(varianceText(0) == "0 d");
    CHECK(varianceText(-12) == "-12 d");
}
