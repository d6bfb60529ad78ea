// SPDX-License-Identifier: MIT
#pragma once
// User preferences, persisted with wxConfig (~/.config/certplan/certplan.conf).

#include "core/Calendar.h"
#include "core/FieldLimits.h"
#include "safety/Backups.h"
#include "presenters/DateFormat.h"
#include "presenters/GanttLayout.h"

namespace certplan::gui {

// Seconds from the first unsaved change to its recovery copy; 0 turns copies off.
inline constexpr limits::WholeNumber kRecoveryDelay{"the recovery copy delay is a whole number of seconds (0: off)", 0,
                                                    3600};

struct Preferences {
    present::DateStyle dateStyle = present::DateStyle::Iso;
    // Seconds from the first unsaved change to its recovery copy (and between
    // copies while changes go on); 0: no recovery copies. Range: kRecoveryDelay.
    int recoverySeconds = 60;
    // Previous versions kept beside the plan on each save; safety::kBackupLevels (0..99, as the CLI).
    int backupLevels = 1;
    WeekMask defaultWeek;    // for new plans
    present::TimeUnit ganttUnit = present::TimeUnit::Week;

    static Preferences load();
    void save() const;
};

} // namespace certplan::gui
