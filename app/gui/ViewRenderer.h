// SPDX-License-Identifier: MIT
#pragma once
// `certplan --render-views DIR [FILE]`: screenshots of every tab of the real
// main window, for the README and for checking the views by eye. Needs an X
// display (Xvfb is fine): the pictures are copied from the mapped window.

#include <functional>
#include <string>

class wxBitmap;
class wxBookCtrlBase;
class wxWindow;

namespace certplan::gui {

// The example plan shipped with the templates (looked up in the same folders
// as the templates), or "" when it is not installed.
std::string bundledExamplePlan();

// Opens FILE (the bundled example when empty) in a new main window of
// 1400x860 and, once the event loop runs, writes DIR/<tab>.png for each tab of
// the window and DIR/gantt-status-date.png, then closes the window and calls
// done with the exit code (0: every picture written).
void startViewRendering(const std::string& dir, const std::string& file, std::function<void(int)> done);

// The view tabs of a main window (the first book control under it).
wxBookCtrlBase* findViewTabs(wxWindow* frame);
// "Plan" -> "plan", "Audit Programme" -> "audit-programme".
std::string pictureName(const std::string& tabTitle);
// What a window shows now, copied from the screen.
wxBitmap captureClientArea(wxWindow* window);

} // namespace certplan::gui
