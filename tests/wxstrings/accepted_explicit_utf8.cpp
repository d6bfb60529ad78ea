// The control: the same texts through WxConvert.h compile, so the refusals
// above are about the conversion and nothing else.
#include "WxConvert.h"
#include "probe_support.h"
#include <string>
using namespace certplan::gui;
void probe(const std::string& taskName)
{
    takesWxText("Scope — clause 4.3"_wx);
    takesWxText("Save changes to \u201cplan\u201d? \U0001F4C5"_wx);
    takesWxText(wxString::Format("%d d%s"_wx, 3, wx("  \u2014 critical")));
    takesWxText(wx(taskName) + " \u2013 late"_wx);
}
