// SPDX-License-Identifier: MIT
#pragma once
// User preferences, persisted with wxConfig (~/.config/certplan/certplan.conf).

#include "core/Calendar.h"
#include "presenters/DateFormat.h"
#include "presenters/GanttLayout.h"

namespace certplan::gui {

struct Preferences {
    present::DateStyle dateStyle = present::DateStyle::Iso;
    // Seconds from the first unsaved change to its recovery copy (and between
    // copies while changes go on); 0: no recovery copies. Range 0..3600.
    int recoverySeconds = 60;
    // Previous versions kept beside the plan on each save; 0..9.
    int backupLevels = 1;
    WeekMask defaultWeek;    // for new plans
    present::TimeUnit ganttUnit = present::TimeUnit::Week;

    static Preferences load();
    void save() const;
};

} // namespace certplan::gui
