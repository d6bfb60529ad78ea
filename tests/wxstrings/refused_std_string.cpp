// A std::string from the model, converted implicitly.
#include "probe_support.h"
#include <string>
void probe(const std::string& taskName) { takesWxText(taskName); } // PROBE-LINE
