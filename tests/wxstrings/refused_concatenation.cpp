// Appending a narrow literal to wx text.
#include "probe_support.h"
void probe(const wxString& name) { takesWxText(name + " \u2013 late"); } // PROBE-LINE
