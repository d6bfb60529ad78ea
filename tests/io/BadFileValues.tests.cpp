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
    CHECK(contains(e.message, "<task id=\"gap\"> deadline"));
    CHECK(contains(e.message, "'2027-02-30' is not a valid date: February 2027 has 28 days"));
}

TEST_CASE("A negative duration is refused at the attribute", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("negative-duration.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{8, 40});
    CHECK(contains(e.message, "duration=\"-3\""));
    CHECK(contains(e.message, "must be zero or more"));
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
