// \u and \U escapes in a narrow literal are UTF-8 bytes too.
#include "probe_support.h"
void probe() { takesWxText("Save changes to \u201cplan\u201d? \U0001F4C5"); } // PROBE-LINE
