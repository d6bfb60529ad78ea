// SPDX-License-Identifier: MIT
#pragma once
// User preferences, persisted with wxConfig (~/.config/certplan/certplan.conf).

#include "core/Calendar.h"
#include "presenters/DateFormat.h"
#include "presenters/GanttLayout.h"

namespace certplan::gui {

struct Preferences {
    present::DateStyle dateStyle = present::DateStyle::Iso;
    int autosaveMinutes = 0; // 0: off
    WeekMask defaultWeek;    // for new plans
    present::TimeUnit ganttUnit = present::TimeUnit::Week;

    static Preferences load();
    void save() const;
};

} // namespace certplan::gui
