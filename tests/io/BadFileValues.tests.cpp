// SPDX-License-Identifier: MIT
// Values a plan cannot hold: impossible dates, negative durations, unknown
// keywords, contradictory progress. Each error points at the attribute.
#include "io/IoTestSupport.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

TEST_CASE("February 30 is refused at the attribute, saying how many days February has", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("invalid-date-feb-30.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{8, 53});
    CHECK(e.message == "<task id=\"gap\"> has deadline=\"2027-02-30\"; February 2027 has 28 days; a date is written "
                       "YYYY-MM-DD, from 1950-01-01 to 2249-12-31");
}

TEST_CASE("A negative duration is refused at the attribute", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("negative-duration.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{8, 40});
    CHECK(e.message ==
          "<task id=\"gap\"> has duration=\"-3\"; a duration is a whole number of working days from 0 to 109573");
}

TEST_CASE("A plan starting in 1900 is refused at the start, naming the supported dates, not moved to 1950", "[io][bad][limits]")
{
    const LoadIssue e = loadError(badFile("start-1900.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{5, 15});
    CHECK(e.message ==
          "<schedule> has start=\"1900-01-01\"; a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31");
}

TEST_CASE("A plan starting in 2250 is refused at the start like one in 1900, not scheduled with a clamped conflict",
          "[io][bad][limits]")
{
    const LoadIssue e = loadError(badFile("start-2250.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{5, 15});
    CHECK(e.message ==
          "<schedule> has start=\"2250-01-01\"; a date is written YYYY-MM-DD, from 1950-01-01 to 2249-12-31");
}

TEST_CASE("A duration of 2147483647 is refused with the real limit, the days the date range holds", "[io][bad][limits]")
{
    const LoadIssue e = loadError(badFile("huge-duration.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{11, 30});
    CHECK(e.message == "<task id=\"a\"> has duration=\"2147483647\"; a duration is a whole number of working days "
                       "from 0 to 109573");
}

TEST_CASE("duration=\"+5\" loads as 5, as the XSD reads it", "[io][limits]")
{
    const LoadResult r = readPlanFile(goodFile("plus-sign-number.certplan"));
    INFO((r.ok() ? std::string() : r.error().message));
    REQUIRE(r.ok());
    CHECK(r->plan.tasks.at(0).durationDays == 5);
    const CommandOutput x = xmllintValidate(goodFile("plus-sign-number.certplan"));
    INFO(x.output);
    CHECK(x.exitCode == 0);
}

TEST_CASE("Blanks around a number, a date or a yes/no value are ignored, as XML Schema ignores them", "[io][limits]")
{
    const LoadResult r = readPlanText(R"(<plan xmlns="urn:certplan:plan" format=" 1 ">
  <info><title>Blanks</title><schedule start="&#9;2027-01-04&#10;"/></info>
  <calendars><calendar id="c"><exception from="2027-01-05" working=" false "/></calendar></calendars>
  <tasks><task id="a" name="A" duration=" 5 " complete="&#9;40"/></tasks>
</plan>)",
                                      "blanks.certplan");
    INFO((r.ok() ? std::string() : r.error().message));
    REQUIRE(r.ok());
    CHECK(r->plan.info.start == Date(2027, 1, 4));
    CHECK(r->plan.tasks.at(0).durationDays == 5);
    CHECK(r->plan.tasks.at(0).percentComplete == 40);
    CHECK_FALSE(r->plan.calendars.at(0).exceptions.at(0).working);
}

TEST_CASE("An unknown dependency type is refused and the valid types are listed", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("unknown-dependency-type.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{10, 31});
    CHECK(e.message == "unknown dependency type 'finish-start' (expected FS, SS, FF or SF)");
}

TEST_CASE("An unknown constraint (an MS Project abbreviation) is refused and the valid ones are listed", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("unknown-constraint-type.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{8, 53});
    CHECK(contains(e.message, "unknown constraint 'SNET'"));
    CHECK(contains(e.message, "start-no-earlier-than"));
}

TEST_CASE("An unknown requirement status is refused and the valid statuses are listed", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("unknown-requirement-status.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{9, 83});
    CHECK(e.message == "unknown requirement status 'done' (expected not-assessed, conforming, partial, "
                       "nonconforming or not-applicable)");
}

TEST_CASE("A dated constraint without its date is refused with the attribute to add", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("constraint-without-date.certplan"));
    CHECK(e.code == Code::MissingField);
    CHECK(e.position == TextPosition{8, 57});
    CHECK(contains(e.message, "'must-start-on', which needs a date"));
    CHECK(contains(e.message, "constraint-date=\"YYYY-MM-DD\""));
}

TEST_CASE("An actual finish before the actual start is refused at the finish, giving both dates", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("actual-finish-before-actual-start.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{8, 94});
    CHECK(contains(e.message, "finished (2027-01-08) before it started (2027-01-11)"));
}
