// SPDX-License-Identifier: MIT
#pragma once
// What the project board sees: progress against the status date, readiness,
// what comes next and what is late, and one red/amber/green verdict that says
// why. Pure data so the rules can be tested without a window.

#include "core/Plan.h"
#include "presenters/DateFormat.h"
#include "schedule/Schedule.h"

#include <string>
#include <vector>

namespace certplan::present {

enum class Rag { Green, Amber, Red };
std::string ragLabel(Rag r); // "Green", "Amber", "Red"

struct PhaseProgress {
    int task = -1;
    std::string name;
    Date start;
    Date finish;
    int percentComplete = 0;    // rolled up by progress/Progress.h
    double percentExpected = 0; // share of its work scheduled before the status date
    bool critical = false;
    int finishVarianceDays = 0; // working days against the shown baseline, + = later
    bool hasBaseline = false;
};

struct UpcomingItem {
    int task = -1;     // -1 for audits with no task in the plan
    std::string name;
    Date date;
    int floatDays = 0;
    bool critical = false;
};

struct LateTask {
    int task = -1;
    std::string name;
    Date finish;            // when it was due (baseline finish when there is one)
    int percentComplete = 0; // progress/Progress.h's effective percent
    bool critical = false;
    bool notStarted = false; // should have started by the status date
};

struct OpenNc {
    std::string id;
    NcClass ncClass = NcClass::Minor;
    std::string clause;
    std::string description;
    OptDate due;
    bool overdue = false;
};

struct DashboardData {
    Date statusDate;
    std::string baseline;   // what progress is measured against; "" = the live schedule
    int percentComplete = 0;        // the whole plan, by progress/Progress.h
    double percentExpected = 0;     // share of the work scheduled through the status date
    double readiness = -1;          // percent; -1 without a checklist
    double readinessTrend = 0;      // change since the previous snapshot, percent points
    OptDate previousSnapshot;
    // The certification project's finish (Schedule::projectFinish), named by
    // the task that ends it; the audits of later cycles, when planned, run on
    // to programmeFinish.
    Date finish;
    std::string finishTask;
    OptDate programmeFinish;
    OptDate target;
    std::vector<PhaseProgress> phases;
    std::vector<UpcomingItem> milestones; // next ones, in date order
    std::vector<UpcomingItem> audits;
    std::vector<LateTask> late;
    std::vector<OpenNc> openNcs;
    int overdueNcs = 0;
    int conflicts = 0;
    Rag rag = Rag::Green;
    std::vector<std::string> reasons; // why the verdict is not green (or why it is)
};

struct DashboardOptions {
    int maxMilestones = 6;
    int maxAudits = 6;
    int maxLate = 20;
    double behindAmberPoints = 5;  // complete trails expected by more than this: amber
    double behindRedPoints = 15;   // ... by more than this: red
    double readinessAmber = 80;    // below this within readinessWindowDays of stage 2: amber
    int readinessWindowDays = 60;
    std::string baseline;          // baseline to measure phase variance against ("" = first)
};

// statusDate: the plan's status date, or today when the plan has none. Work is
// due through the status date itself, as the scheduler counts progress.
DashboardData buildDashboard(const Plan& plan, const Schedule& schedule, Date statusDate,
                             const DashboardOptions& options = {});

// "Finish 2030-06-18 (Recertification decision)", ", target ..." when the
// plan has one, and a second line "Later cycles' audits to 2033-06-03" when
// it holds them: says which finish the dashboard shows.
std::string finishText(const DashboardData& d, const DateFormat& dates);

} // namespace certplan::present
