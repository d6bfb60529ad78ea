// SPDX-License-Identifier: MIT
#include "dialogs/GuideDialog.h"

#include "WxConvert.h"

#include <wx/button.h>
#include <wx/html/htmlwin.h>
#include <wx/sizer.h>

namespace certplan::gui {

std::string gettingStartedHtml()
{
    return R"(<html><body>
<h3>Getting started with CertPlan</h3>
<p>CertPlan plans the way to an ISO/IEC 20000-1 certificate and keeps track of it
afterwards: the project that gets the service management system ready, the
requirement checklist, and the certification body's audit programme.</p>

<h4>The six tabs</h4>
<table cellpadding="3">
<tr><td valign="top"><b>Plan</b> (Ctrl+1)</td><td>The tasks as a grid, with the Gantt chart beside it.
Type into a cell to change a name, duration, predecessors (<tt>3FS+2d</tt>) or resources.
The chart shows the critical path in red, summaries as black brackets, milestones as diamonds;
the legend under the chart lists every mark (View &gt; Legend).</td></tr>
<tr><td valign="top"><b>Resources</b> (Ctrl+2)</td><td>The people and their load week by week; over-allocated weeks are red.</td></tr>
<tr><td valign="top"><b>Checklist</b> (Ctrl+3)</td><td>Clauses 4 to 10 of the standard. Give each requirement a status with one key
(C conforming, P partially, N nonconforming, A not applicable, U unassessed), its owner and evidence.
<i>Create Corrective Task</i> turns a gap into a task in the plan.</td></tr>
<tr><td valign="top"><b>Documents</b> (Ctrl+4)</td><td>The register of documented information: which required
documents are not yet approved for the audit and which reviews are overdue; add, edit and remove entries.</td></tr>
<tr><td valign="top"><b>Audits</b> (Ctrl+5)</td><td>The audit programme: stage 1 and stage 2, surveillance and recertification
windows, and the nonconformity register with due dates.</td></tr>
<tr><td valign="top"><b>Dashboard</b> (Ctrl+6)</td><td>For the project board: a red, amber or green verdict with its reasons,
readiness, next milestones and audits, late tasks.</td></tr>
</table>

<h4>The usual way through a certification project</h4>
<ol>
<li><b>File &gt; New from Template</b> (Ctrl+N): give the organisation, its size and the start date. The
template brings the phases of a typical ISO/IEC 20000-1 project and the requirement checklist.</li>
<li><b>Shape the plan</b> on the Plan tab: adjust durations, add your own tasks (Insert), indent them
under a phase (Alt+Shift+Right), link them (select two rows, Ctrl+L) and assign people.</li>
<li><b>Assess the gaps</b> on the Checklist tab, and turn each gap into a corrective task.</li>
<li><b>Plan the audits</b> on the Audits tab, once the certification body has dates.</li>
<li><b>Track</b>: mark progress (Edit &gt; Mark Progress, or the chart's right-click menu), watch the
status bar for schedule conflicts (Ctrl+Shift+K lists them) and show the Dashboard at each review.</li>
</ol>

<h4>Where things are</h4>
<ul>
<li><b>Edit</b>: everything that changes tasks. Every change can be undone (Ctrl+Z); the Undo item says what it undoes.</li>
<li><b>View</b>: the tabs, the chart's time scale (Zoom In Ctrl+=, Zoom Out Ctrl+-, Zoom to Fit), Go to Today,
Scroll to Task, the legend and the toolbar.</li>
<li><b>The chart</b>: drag a bar to move a task (CertPlan then sets <i>Start No Earlier Than</i> on it, as
MS Project does, and says so in the status bar), drag its right end to change the duration, drag from
one bar down onto another to link them. Ctrl+mouse wheel zooms around the mouse.</li>
<li><b>Help &gt; Keyboard Shortcuts</b> lists every shortcut.</li>
</ul>
<p>Work is never lost silently: CertPlan keeps a recovery copy of unsaved changes and offers it after a crash.</p>
</body></html>)";
}

GuideDialog::GuideDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, "Getting Started"_wx, wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // Fits a 1024x700 screen with room for the window frame; scrolls for the rest.
    m_html = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxSize(620, 520), wxHW_SCROLLBAR_AUTO);
    m_html->SetPage(wx(gettingStartedHtml()));
    sizer->Add(m_html, 1, wxEXPAND | wxALL, 6);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_CANCEL, "&Close"_wx));
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 8);
    SetEscapeId(wxID_CANCEL);
    SetSizerAndFit(sizer);
}

} // namespace certplan::gui
