// SPDX-License-Identifier: MIT
#include "Preferences.h"

#include "WxConvert.h"

#include <wx/config.h>

namespace certplan::gui {

Preferences Preferences::load()
{
    Preferences p;
    wxConfigBase* c = wxConfigBase::Get();
    p.dateStyle = static_cast<present::DateStyle>(
        std::clamp(static_cast<int>(c->ReadLong("/Preferences/DateStyle"_wx, 0)), 0, 3));
    // A hand-edited value outside its range falls back to the default rather
    // than to the nearest end (3600 s or 99 backups were never chosen).
    const long recovery = c->ReadLong("/Preferences/RecoverySeconds"_wx, p.recoverySeconds);
    if (kRecoveryDelay.allows(recovery))
        p.recoverySeconds = static_cast<int>(recovery);
    const long backups = c->ReadLong("/Preferences/BackupLevels"_wx, p.backupLevels);
    if (safety::kBackupLevels.allows(backups))
        p.backupLevels = static_cast<int>(backups);
    p.defaultWeek.bits = static_cast<std::uint8_t>(c->ReadLong("/Preferences/DefaultWeek"_wx, 0x1F) & 0x7F);
    if (p.defaultWeek.bits == 0)
        p.defaultWeek.bits = 0x1F;
    p.ganttUnit = static_cast<present::TimeUnit>(std::clamp(static_cast<int>(c->ReadLong("/Preferences/GanttUnit"_wx, 1)), 0, 4));
    return p;
}

void Preferences::save() const
{
    wxConfigBase* c = wxConfigBase::Get();
    c->Write("/Preferences/DateStyle"_wx, static_cast<long>(dateStyle));
    c->Write("/Preferences/RecoverySeconds"_wx, static_cast<long>(recoverySeconds));
    c->Write("/Preferences/BackupLevels"_wx, static_cast<long>(backupLevels));
    c->Write("/Preferences/DefaultWeek"_wx, static_cast<long>(defaultWeek.bits));
    c->Write("/Preferences/GanttUnit"_wx, static_cast<long>(ganttUnit));
    c->Flush();
}

} // namespace certplan::gui
