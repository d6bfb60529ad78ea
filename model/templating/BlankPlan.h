// SPDX-License-Identifier: MIT
#pragma once
// File > New Blank Plan: a plan with no tasks, as MS Project's and
// GanttProject's blank project: one Monday-to-Friday calendar with no
// holidays (the user's working week, when the preference sets one), planned
// forward from a start date.

#include "core/Plan.h"

namespace certplan {

// The start a blank plan gets on `today`: today on a working day of `week`,
// otherwise the next day it works (Saturday -> Monday for Monday-Friday).
Date blankPlanStart(Date today, WeekMask week = {});

// Title "Untitled plan", standard ISO/IEC 20000-1:2018, calendar "standard"
// with `week`, start blankPlanStart(today, week). Loads back as it is saved.
Plan blankPlan(Date today, WeekMask week = {});

} // namespace certplan
