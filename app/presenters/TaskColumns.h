// SPDX-License-Identifier: MIT
#pragma once
// The task grid's columns: what each cell shows, whether it can be edited, and
// which command a typed value becomes. No wx: the grid only forwards text.

#include "calendar/WorkCalendar.h"
#include "commands/TaskEdits.h"
#include "core/TaskTree.h"
#include "presenters/GanttLayout.h"
#include "presenters/DateFormat.h"
#include "progress/Progress.h"
#include "schedule/BaselineVariance.h"
#include "schedule/Schedule.h"

#include <string>

namespace certplan::present {

// The baseline columns (MS Project's Baseline Start ... Duration Variance)
// read CellContext::variance; the grid shows them while a baseline is compared.
enum class TaskColumn {
    Wbs,
    Name,
    Duration,
    Start,
    Finish,
    // Next to the live dates, where MS Project's Variance table puts them;
    // shown while a baseline is compared. Here in the model (not by moving
    // grid columns) because wxGrid cannot freeze columns once any is moved.
    BaselineStart,
    BaselineFinish,
    StartVariance,
    FinishVariance,
    DurationVariance,
    Predecessors,
    Resources,
    Complete,
    Constraint,
    Count
};
bool isBaselineColumn(TaskColumn c);

std::string columnTitle(TaskColumn c);
int columnWidth(TaskColumn c); // suggested width in pixels at the default font

// Everything a cell needs, prepared once per plan change so that painting a
// row never scans the task list.
struct CellContext {
    const Plan& plan;
    const Schedule* schedule; // null when the plan cannot be scheduled
    const WorkCalendar& calendar;
    const TaskTree& tree;
    const TaskLinks& links;
    DateFormat dates;
    const PlanProgress& progress; // of plan: the % Done column, summaries rolled up
    // Variance against the compared baseline (schedule/BaselineVariance.h),
    // parallel to Plan::tasks; null while no baseline is compared.
    const std::vector<TaskVariance>* variance = nullptr;
};

// A variance in working days as the baseline columns show it: "+3 d", "0 d",
// "-2 d" (+ is later or longer than the baseline, as `certplan-cli baseline
// --compare` prints it).
std::string varianceText(int workingDays);

std::string cellText(const CellContext& ctx, int task, TaskColumn c);
bool cellEditable(const CellContext& ctx, int task, TaskColumn c);
// The command a typed value means, or why it cannot be accepted.
CommandResult commandForEdit(const CellContext& ctx, int task, TaskColumn c, const std::string& text);

std::string formatResources(const Plan& plan, const Task& t);
Result<std::vector<Assignment>, std::string> parseResources(const Plan& plan, const std::string& text);
std::string formatConstraint(const Constraint& c, const DateFormat& f);
Result<Constraint, std::string> parseConstraint(const std::string& text, const DateFormat& f);

} // namespace certplan::present
