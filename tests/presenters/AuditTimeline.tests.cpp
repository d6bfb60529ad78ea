// SPDX-License-Identifier: MIT
#include "presenters/AuditTimeline.h"

#include <catch2/catch.hpp>

using namespace certplan;

namespace {

ProgrammeEvent event(ProgrammeEventKind kind, std::string cert, OptDate planned, std::optional<DateWindow> window = {})
{
    ProgrammeEvent e;
    e.kind = kind;
    e.certificate = std::move(cert);
    e.standard = "ISO/IEC 20000-1:2018";
    e.planned = planned;
    e.window = window;
    return e;
}

} // namespace

TEST_CASE("The timeline spans every date and window with a month each side", "[audits]")
{
    const Date d0(2027, 3, 15);
    std::vector<ProgrammeEvent> events{
        event(ProgrammeEventKind::InitialDecision, "c1", d0),
        event(ProgrammeEventKind::Surveillance, "c1", Date(2028, 2, 1), DateWindow{Date(2027, 3, 16), Date(2028, 3, 15)}),
        event(ProgrammeEventKind::Expiry, "c1", Date(2030, 3, 15)),
        event(ProgrammeEventKind::Surveillance, "c2", std::nullopt, DateWindow{Date(2028, 1, 1), Date(2028, 6, 30)}),
    };
    const auto t = present::layoutAuditTimeline(events, Date(2027, 1, 10), 1000);
    CHECK(t.from == Date(2026, 12, 10)); // the status date is the earliest date
    CHECK(t.to == Date(2030, 4, 15));
    CHECK(t.xOf(t.from) == Approx(0));
    CHECK(t.xOf(t.to) == Approx(1000));
    REQUIRE(t.lanes.size() == 2);
    CHECK(t.lanes[1] == "ISO/IEC 20000-1:2018 (c2)");
    // Two windows as bands; the unplanned surveillance has no marker, the expiry is a line.
    REQUIRE(t.bands.size() == 2);
    CHECK(t.bands[1].lane == 1);
    CHECK(t.markers.size() == 2);
    REQUIRE(t.expiries.size() == 1);
    CHECK(t.expiries[0] == Approx(t.xOf(Date(2030, 3, 15))));
    CHECK(t.statusX == Approx(t.xOf(Date(2027, 1, 10))));
    // Year ticks from 2027 to 2030.
    REQUIRE(t.years.size() == 4);
    CHECK(t.years.front().label == "2027");
    CHECK(t.years.back().label == "2030");
}

TEST_CASE("Suspension bands are laid out after the windows they interrupt", "[audits][suspension]")
{
    ProgrammeEvent surveillance;
    surveillance.kind = ProgrammeEventKind::Surveillance;
    surveillance.window = DateWindow{Date(2028, 3, 16), Date(2029, 3, 15)};
    ProgrammeEvent suspension;
    suspension.kind = ProgrammeEventKind::Suspension;
    suspension.window = DateWindow{Date(2028, 4, 1), Date(2028, 10, 1)};
    suspension.planned = Date(2028, 4, 1);
    const auto t = present::layoutAuditTimeline({suspension, surveillance}, Date(2028, 5, 1), 1000);
    REQUIRE(t.bands.size() == 2);
    CHECK(t.bands.back().kind == ProgrammeEventKind::Suspension);
}

TEST_CASE("A recertification stage 1 band is laid out after the recertification window it shares",
          "[audits][recert-stage1]")
{
    const DateWindow recert{Date(2029, 12, 30), Date(2030, 5, 31)};
    const DateWindow stage1{Date(2029, 12, 30), Date(2030, 5, 30)};
    // The calendar sorts the stage 1 first (its window closes a day earlier).
    std::vector<ProgrammeEvent> events{
        event(ProgrammeEventKind::RecertStage1, "c1", Date(2030, 3, 2), stage1),
        event(ProgrammeEventKind::RecertAudit, "c1", Date(2030, 4, 20), recert),
    };
    const auto t = present::layoutAuditTimeline(events, Date(2030, 2, 1), 1000);
    REQUIRE(t.bands.size() == 2);
    CHECK(t.bands.front().kind == ProgrammeEventKind::RecertAudit);
    CHECK(t.bands.back().kind == ProgrammeEventKind::RecertStage1);
}
