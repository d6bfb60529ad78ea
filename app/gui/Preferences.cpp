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
    p.autosaveMinutes = std::clamp(static_cast<int>(c->ReadLong("/Preferences/AutosaveMinutes"_wx, 0)), 0, 120);
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
    c->Write("/Preferences/AutosaveMinutes"_wx, static_cast<long>(autosaveMinutes));
    c->Write("/Preferences/DefaultWeek"_wx, static_cast<long>(defaultWeek.bits));
    c->Write("/Preferences/GanttUnit"_wx, static_cast<long>(ganttUnit));
    c->Flush();
}

} // namespace certplan::gui
