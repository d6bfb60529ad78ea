// A literal holding non-ASCII bytes must not reach wx unconverted.
#include "probe_support.h"
void probe() { takesWxText("Scope — clause 4.3"); } // PROBE-LINE
