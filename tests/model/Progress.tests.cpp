// SPDX-License-Identifier: MIT
// The progress rules of progress/Progress.h, one case per rule, and the shared
// case progress-inconsistent.certplan (status date Wed 2027-01-06). Figures
// computed by hand on a Mon-Fri calendar from Mon 2027-01-04.
#include "model/ScheduleFixtures.h"

#include "TestPaths.h"
#include "io/PlanReader.h"
#include "progress/Progress.h"

#include <algorithm>

using namespace certplan;
using namespace certplan::test;
using Kind = ScheduleConflict::Kind;

namespace {

int percentOf(const Plan& p, const std::string& id)
{
    return PlanProgress(p).percent(p.taskIndex(id));
}

std::vector<std::string> messagesFor(const Plan& p, const std::string& id)
{
    std::vector<std::string> out;
    for (const auto& c : progressContradictions(p))
        if (c.task == p.taskIndex(id))
            out.push_back(c.message);
    return out;
}

bool contains(const std::string& s, const std::string& part)
{
    return s.find(part) != std::string::npos;
}

const ScheduleConflict* progressConflict(const Schedule& s, int task)
{
    for (const auto& c : s.conflicts)
        if (c.kind == Kind::ProgressAfterStatusDate && c.task == task)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("progress-inconsistent: b counts as 100 % and done, a finishes by the status date, s is 50 %",
          "[progress][case]")
{
    const std::string path = dataPath("progress/progress-inconsistent.certplan");
    const LoadResult r = readPlanFile(path);
    REQUIRE(r.ok());
    const Plan& plan = r->plan;
    auto idx = [&](const char* id) { return plan.taskIndex(id); };

    const PlanProgress pr(plan);
    CHECK(pr.percent(idx("a")) == 100);
    CHECK(pr.finished(idx("a")));
    CHECK(pr.percent(idx("b")) == 100); // actual finish wins over the stored 40 %
    CHECK(pr.finished(idx("b")));
    CHECK(pr.percent(idx("c")) == 50);
    CHECK(pr.started(idx("c")));
    CHECK_FALSE(pr.finished(idx("c")));
    CHECK(pr.percent(idx("s1")) == 100);
    CHECK(pr.percent(idx("s2")) == 0);
    CHECK(pr.percent(idx("s")) == 50); // (2 * 100 + 2 * 0) / 4
    CHECK_FALSE(pr.finished(idx("s")));
    CHECK(pr.percent(idx("m")) == 100); // a milestone with progress is reached
    // (5*100 + 5*100 + 4*50 + 2*100 + 2*0) / 18 = 77.8; the milestone weighs nothing.
    CHECK(pr.planPercent() == 77);

    const Schedule s = computeSchedule(plan).value();
    CHECK(at(s, plan, "b").complete);
    CHECK_DATES(at(s, plan, "b"), "2027-01-04", "2027-01-06");
    CHECK(at(s, plan, "a").complete);
    // Would run Jan 4-8; finished means done by the status date, not before the project start.
    CHECK_DATES(at(s, plan, "a"), "2027-01-04", "2027-01-06");
    CHECK(at(s, plan, "m").complete);
    CHECK_FALSE(at(s, plan, "s").complete);
    const ScheduleConflict* moved = progressConflict(s, idx("a"));
    REQUIRE(moved != nullptr);
    CHECK(contains(moved->message, "2027-01-08"));
    CHECK(moved->daysLate == 2);

    // Load warnings at the task elements, in file order.
    const auto& w = r->warnings;
    REQUIRE(w.size() == 3);
    for (const auto& issue : w) {
        CHECK(issue.code == LoadIssue::Code::Contradiction);
        CHECK(issue.file == path);
    }
    CHECK(w[0].position == TextPosition{11, 5});
    CHECK(contains(w[0].message, "(a) is 100 % complete but has no actual finish"));
    CHECK(contains(w[0].message, "finish on 2027-01-08, after the status date 2027-01-06"));
    CHECK(contains(w[0].message, "enter its actual dates"));
    CHECK(w[1].position == TextPosition{12, 5});
    CHECK(w[1].message ==
          "'Actual finish but 40%' (b) has an actual finish (2027-01-06) but is 40 % complete; it is counted as 100 % "
          "complete");
    CHECK(w[2].position == TextPosition{20, 5});
    CHECK(contains(w[2].message, "(m) is a milestone at 10 % complete"));
}

TEST_CASE("Rule 1: an actual finish means 100 % and finished, and a lower stored percent is reported",
          "[progress][rules]")
{
    PlanBuilder b;
    b.task("t", 4).percentComplete = 30;
    b["t"].actualStart = day("2027-01-04");
    b["t"].actualFinish = day("2027-01-07");
    b.milestone("m").actualFinish = day("2027-01-07");
    b.task("ok", 2).percentComplete = 100;
    b["ok"].actualStart = day("2027-01-04");
    b["ok"].actualFinish = day("2027-01-05");
    const Plan& p = b.plan();
    CHECK(percentOf(p, "t") == 100);
    CHECK(leafProgress(b["t"]).finished);
    CHECK(b.schedule().tasks[0].complete);
    REQUIRE(messagesFor(p, "t").size() == 1);
    CHECK(messagesFor(p, "t")[0] == "'Task t' (t) has an actual finish (2027-01-07) but is 30 % complete; it is counted "
                                    "as 100 % complete");
    REQUIRE(messagesFor(p, "m").size() == 1);
    CHECK(contains(messagesFor(p, "m")[0], "but is 0 % complete"));
    CHECK(messagesFor(p, "ok").empty());
}

TEST_CASE("Rule 2: 100 % without actual dates finishes by the status date, and only then is it reported",
          "[progress][rules]")
{
    PlanBuilder b;
    b.plan().info.statusDate = day("2027-01-13");
    b.task("p", 5).percentComplete = 100;     // Jan 4-8, done
    b["p"].actualStart = day("2027-01-04");
    b["p"].actualFinish = day("2027-01-08");
    b.task("late", 4).percentComplete = 100;  // links say Jan 11-14: ends Wed 13 instead, keeps 4 days
    b.task("early", 2).percentComplete = 100; // Jan 4-5, before the status date: left alone
    b.milestone("mile").percentComplete = 100;
    b.link("p", "late").link("p", "mile", DependencyType::FinishToStart, 5);
    b.task("next", 2);
    b.link("late", "next");
    const Plan& p = b.plan();
    const Schedule s = b.schedule();
    CHECK_DATES(at(s, p, "late"), "2027-01-08", "2027-01-13");
    CHECK_DATES(at(s, p, "early"), "2027-01-04", "2027-01-05");
    CHECK(formatIsoDate(at(s, p, "mile").finish) == "2027-01-13");
    // A successor still waits for the status date, not for the old finish.
    CHECK_DATES(at(s, p, "next"), "2027-01-14", "2027-01-15");
    REQUIRE(progressConflict(s, p.taskIndex("late")) != nullptr);
    CHECK(progressConflict(s, p.taskIndex("late"))->daysLate == 1);
    CHECK(progressConflict(s, p.taskIndex("early")) == nullptr);

    REQUIRE(messagesFor(p, "late").size() == 1);
    CHECK(contains(messagesFor(p, "late")[0], "would have it finish on 2027-01-14, after the status date 2027-01-13, "
                                              "so it is taken to have finished on 2027-01-13"));
    CHECK(messagesFor(p, "early").empty());
    // Reached, and its link would put it at the end of Jan 15: moved to the status date too.
    REQUIRE(messagesFor(p, "mile").size() == 1);
    CHECK(contains(messagesFor(p, "mile")[0], "is a milestone with progress but has no actual finish; its links and "
                                              "constraints would have it finish on 2027-01-15"));

    // Without a status date there is no "now" to contradict.
    b.plan().info.statusDate.reset();
    CHECK(progressContradictions(b.plan()).empty());
}

TEST_CASE("Rule 2: 100 % with only an actual start finishes by the status date from that start", "[progress][rules]")
{
    PlanBuilder b;
    b.plan().info.statusDate = day("2027-01-06");
    b.task("x", 10).percentComplete = 100;
    b["x"].actualStart = day("2027-01-05");
    b.task("after", 3).percentComplete = 100; // started after the status date: kept whole, reported by rule 3
    b["after"].actualStart = day("2027-01-08");
    const Plan& p = b.plan();
    const Schedule s = b.schedule();
    CHECK_DATES(at(s, p, "x"), "2027-01-05", "2027-01-06");
    CHECK(at(s, p, "x").complete);
    CHECK_DATES(at(s, p, "after"), "2027-01-08", "2027-01-12");
    REQUIRE(messagesFor(p, "x").size() == 1);
    CHECK(contains(messagesFor(p, "x")[0], "would have it finish on 2027-01-18"));
    REQUIRE(messagesFor(p, "after").size() == 1);
    CHECK(contains(messagesFor(p, "after")[0], "actual start (2027-01-08) after the status date (2027-01-06)"));
}

TEST_CASE("Rule 3: actual dates after the status date are kept and reported with both dates", "[progress][rules]")
{
    PlanBuilder b;
    b.plan().info.statusDate = day("2027-01-06");
    b.task("x", 3).percentComplete = 40;
    b["x"].actualStart = day("2027-01-11");
    b.task("y", 2).percentComplete = 100;
    b["y"].actualStart = day("2027-01-05");
    b["y"].actualFinish = day("2027-01-07");
    const Plan& p = b.plan();
    const Schedule s = b.schedule();
    CHECK(formatIsoDate(at(s, p, "x").start) == "2027-01-11"); // the user's date stays
    CHECK_DATES(at(s, p, "y"), "2027-01-05", "2027-01-07");
    REQUIRE(messagesFor(p, "x").size() == 1);
    CHECK(messagesFor(p, "x")[0] ==
          "'Task x' (x) has an actual start (2027-01-11) after the status date (2027-01-06); the schedule keeps "
          "2027-01-11, but work cannot have started after the status date: correct the date or move the status date");
    REQUIRE(messagesFor(p, "y").size() == 1);
    CHECK(contains(messagesFor(p, "y")[0], "actual finish (2027-01-07) after the status date (2027-01-06)"));
    CHECK(progressConflict(s, p.taskIndex("x")) == nullptr);
    CHECK(progressConflict(s, p.taskIndex("y")) == nullptr);
}

TEST_CASE("Rule 3: an actual finish before the actual start is refused on load", "[progress][rules]")
{
    const LoadResult r = readPlanFile(dataPath("bad/actual-finish-before-actual-start.certplan"));
    REQUIRE_FALSE(r.ok());
    CHECK(contains(r.error().message, "before it started"));
}

TEST_CASE("Rule 4: progress without an actual start starts as scheduled, and by the status date", "[progress][rules]")
{
    PlanBuilder b;
    b.plan().info.statusDate = day("2027-01-06");
    b.task("c", 4).percentComplete = 50; // starts Jan 4 as scheduled
    b.task("p", 10);                     // not started: Jan 7-20
    b.task("x", 4).percentComplete = 25; // links would start it Jan 21
    b.link("p", "x");
    const Plan& p = b.plan();
    CHECK(leafProgress(b["c"]).started);
    const Schedule s = b.schedule();
    CHECK_DATES(at(s, p, "c"), "2027-01-04", "2027-01-08"); // 2 days left after the status date
    CHECK(messagesFor(p, "c").empty());
    // Started on the status date; 3 of 4 days remain after it: Jan 7, 8, 11.
    CHECK_DATES(at(s, p, "x"), "2027-01-06", "2027-01-11");
    REQUIRE(messagesFor(p, "x").size() == 1);
    CHECK(contains(messagesFor(p, "x")[0], "(x) is 25 % complete but has no actual start; its links and constraints "
                                           "would start it on 2027-01-21, after the status date 2027-01-06, so it "
                                           "is taken to have started on 2027-01-06"));
}

TEST_CASE("Rule 5: a milestone with any progress is reached at 100 %, a partial percent is reported", "[progress][rules]")
{
    PlanBuilder b;
    b.milestone("m").percentComplete = 10;
    b.milestone("n").actualStart = day("2027-01-04");
    b.milestone("open");
    const Plan& p = b.plan();
    CHECK(leafProgress(b["m"]).finished);
    CHECK(percentOf(p, "m") == 100);
    CHECK(percentOf(p, "n") == 100);
    CHECK(percentOf(p, "open") == 0);
    REQUIRE(messagesFor(p, "m").size() == 1);
    CHECK(messagesFor(p, "m")[0] ==
          "'Task m' (m) is a milestone at 10 % complete; a milestone is reached or not, so it is counted as reached (100 %)");
    CHECK(messagesFor(p, "n").empty());
}

TEST_CASE("Rule 6: a summary of summaries weighs every leaf by its duration", "[progress][rollup]")
{
    PlanBuilder b;
    b.summary("S");
    b.summary("S1", 1);
    b.task("x", 1, 2).percentComplete = 100;
    b.task("y", 3, 2);
    b.task("z", 12, 1).percentComplete = 100;
    const Plan& p = b.plan();
    CHECK(percentOf(p, "S1") == 25);
    // (1*100 + 3*0 + 12*100) / 16 = 81.25; the mean of the children's percents would be 62.
    CHECK(percentOf(p, "S") == 81);
    CHECK(PlanProgress(p).planPercent() == 81);
}

TEST_CASE("Rule 6: milestones weigh nothing unless every leaf is one", "[progress][rollup]")
{
    PlanBuilder b;
    b.summary("S");
    b.task("t", 4, 1).percentComplete = 50;
    b.milestone("m", 1).percentComplete = 100;
    b.summary("T");
    b.task("done", 4, 1).percentComplete = 100;
    b.milestone("open", 1);
    b.summary("M");
    b.milestone("m1", 1).percentComplete = 100;
    b.milestone("m2", 1);
    b.milestone("m3", 1).percentComplete = 100;
    const Plan& p = b.plan();
    CHECK(percentOf(p, "S") == 50);      // not (4*50 + 1*100) / 5
    CHECK(percentOf(p, "T") == 99);      // all the work is done but a milestone is open
    CHECK_FALSE(PlanProgress(p).finished(p.taskIndex("T")));
    CHECK(percentOf(p, "M") == 66);      // all milestones: their mean, 66.7 rounded down
    CHECK(PlanProgress(p).planPercent() == 75); // (200 + 400) / 8: milestones weigh nothing
}

TEST_CASE("Rule 6: a summary of zero-duration tasks averages them as milestones", "[progress][rollup]")
{
    PlanBuilder b;
    b.summary("Z");
    b.task("z1", 0, 1);
    b.task("z2", 0, 1).percentComplete = 30; // zero duration with progress: reached
    const Plan& p = b.plan();
    CHECK(percentOf(p, "z2") == 100);
    CHECK(percentOf(p, "Z") == 50);
    CHECK(PlanProgress(p).planPercent() == 50);
    CHECK(PlanProgress(Plan{}).planPercent() == 0); // an empty plan
}

TEST_CASE("Rule 7: percents round down, and 100 % only when everything is finished", "[progress][rollup]")
{
    PlanBuilder b;
    b.summary("S");
    b.task("a", 1, 1).percentComplete = 100;
    b.task("b", 1, 1).percentComplete = 100;
    b.task("c", 1, 1).percentComplete = 99;
    b.summary("T");
    b.task("d", 2, 1).percentComplete = 1;
    b.task("e", 198, 1);
    b.summary("U");
    b.task("f", 1, 1);
    b.task("g", 2, 1).percentComplete = 100;
    const Plan& p = b.plan();
    CHECK(percentOf(p, "S") == 99); // 99.67: rounding half up would show 100 %
    CHECK(percentOf(p, "T") == 0);  // 0.01
    CHECK(percentOf(p, "U") == 66); // 66.67, not 67
    CHECK(PlanProgress(p).started(p.taskIndex("T")));
    b["c"].percentComplete = 100;
    CHECK(percentOf(b.plan(), "S") == 100);
    CHECK(PlanProgress(b.plan()).finished(b.plan().taskIndex("S")));
}

TEST_CASE("Progress warnings of many tasks point at each task element", "[progress][positions]")
{
    // Tasks on lines of their own and several on one line, nested, with
    // non-ASCII names (columns count code points): every warning's position
    // is where its element starts.
    std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
                       "  <info><title>Many</title><schedule start=\"2027-01-04\" status-date=\"2027-01-06\"/></info>\n"
                       "  <tasks>\n";
    std::vector<std::size_t> offsets;
    for (int k = 0; k < 3000; ++k) {
        const bool sameLine = k % 3 != 0;
        text += sameLine ? " " : "\n    ";
        offsets.push_back(text.size());
        text += "<task id=\"t" + std::to_string(k) + "\" name=\"T\u00e2che " + std::to_string(k) +
                "\" duration=\"2\" complete=\"40\" actual-finish=\"2027-01-05\"/>";
    }
    text += "\n  </tasks>\n</plan>\n";
    const LoadResult r = readPlanText(text, "many.certplan");
    REQUIRE(r.ok());
    REQUIRE(r->warnings.size() == offsets.size());
    for (std::size_t k = 0; k < offsets.size(); ++k) {
        INFO("task t" << k);
        CHECK(r->warnings[k].position == positionOf(text, offsets[k]));
        CHECK(contains(r->warnings[k].message, "(t" + std::to_string(k) + ") has an actual finish"));
    }
}
