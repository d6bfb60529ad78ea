// SPDX-License-Identifier: MIT
#pragma once
// Every save keeps the previous versions of the file beside it.
//
// Names: NAME.1.bak is the version before the last save, NAME.2.bak the one
// before that, up to NAME.N.bak (e.g. acme.certplan.1.bak). N ("levels") is 1
// by default; 0 keeps none.
//
// Order of a save (path exists and its bytes differ from the new ones):
//   1. the current bytes are written to NAME.new.bak atomically (writeFileAtomically),
//      with the plan's permissions;
//   2. NAME.(N-1).bak -> NAME.N.bak, ..., NAME.1.bak -> NAME.2.bak (renames; the
//      oldest drops out), then NAME.new.bak -> NAME.1.bak;
//   3. the new bytes are written over NAME atomically.
// If step 1 fails nothing has changed; if 2 fails the plan is untouched and
// the staging copy is removed; in both cases the save is refused (the caller
// may retry with levels 0). Saving bytes identical to the file rotates nothing,
// so saving an unchanged plan does not push out a useful backup.

#include "core/FieldLimits.h"
#include "core/Plan.h"
#include "util/Result.h"

#include <string>
#include <string_view>

namespace certplan::safety {

constexpr int kDefaultBackupLevels = 1;
// The levels a user may ask for, in the app's preferences and the CLI's --backups.
inline constexpr limits::WholeNumber kBackupLevels{"backups kept on save are a whole number", 0, 99};

// NAME.LEVEL.bak; level >= 1.
std::string backupPathFor(const std::string& path, int level);

// Writes bytes to path atomically, first keeping `levels` previous versions
// (see above). A missing path is simply created (nothing to back up). Errors
// are sentences naming the file and the system's reason.
Result<Ok, std::string> writeKeepingBackups(const std::string& path, std::string_view bytes,
                                            int levels = kDefaultBackupLevels);

// writePlanToString(plan), checked with checkPlanText (a plan the loader would
// refuse is not saved and nothing on disk changes), then writeKeepingBackups.
Result<Ok, std::string> savePlanKeepingBackups(const Plan& plan, const std::string& path,
                                               int levels = kDefaultBackupLevels);

} // namespace certplan::safety
