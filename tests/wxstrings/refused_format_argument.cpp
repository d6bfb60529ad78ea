// A char* argument of wx's printf-style formatting (it printed "(null)").
#include "probe_support.h"
void probe() { takesWxText(wxString::Format(wxString::FromUTF8("%d d%s"), 3, "  \u2014 critical")); } // PROBE-LINE
