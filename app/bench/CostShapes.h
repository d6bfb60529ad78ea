// SPDX-License-Identifier: MIT
#pragma once
// Small files with large costs: plans generated in shapes that once took
// seconds or gigabytes to load and schedule (many attributes on one element,
// a long chain of based-on calendars, many resources with calendars of their
// own). Each shape is loaded and scheduled in a child process so that its peak
// memory is its own.

namespace certplan::bench {

// Prints one line per shape; returns false when a shape failed to load or schedule.
bool runCostShapes();

} // namespace certplan::bench
