// \x escapes written as raw UTF-8 bytes.
#include "probe_support.h"
void probe() { takesWxText("\xE2\x80\xA2 bullet"); } // PROBE-LINE
