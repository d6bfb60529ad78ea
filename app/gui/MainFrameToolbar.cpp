// SPDX-License-Identifier: MIT
// The main window's toolbar (the common commands, as MS Project's Standard
// toolbar), the View > Toolbar and View > Legend switches, and status messages.
#include "MainFrame.h"

#include "WxConvert.h"
#include "views/PlanView.h"

#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/dcmemory.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include <memory>

namespace certplan::gui {

namespace {

constexpr int kToolSize = 22;

// Link / Unlink have no stock art: two bars joined by an arrow, crossed out for Unlink.
wxBitmap drawnLinkArt(bool unlink)
{
    wxBitmap bmp(kToolSize, kToolSize, 32);
    bmp.UseAlpha();
    {
        wxMemoryDC dc(bmp);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        dc.SetPen(wxPen(wxColour(39, 84, 156)));
        dc.SetBrush(wxBrush(wxColour(91, 143, 214)));
        dc.DrawRectangle(2, 3, 9, 5);
        dc.DrawRectangle(11, 14, 9, 5);
        dc.SetPen(wxPen(wxColour(50, 50, 50), 1));
        dc.DrawLine(8, 8, 8, 16);
        dc.DrawLine(8, 16, 10, 16);
        const wxPoint head[] = {{11, 16}, {8, 13}, {8, 19}};
        dc.SetBrush(wxBrush(wxColour(50, 50, 50)));
        dc.DrawPolygon(3, head);
        if (unlink) {
            dc.SetPen(wxPen(wxColour(200, 30, 30), 2));
            dc.DrawLine(3, 19, 15, 7);
        }
    }
    wxImage img = bmp.ConvertToImage();
    img.SetMaskColour(255, 255, 255);
    return wxBitmap(img);
}

struct Tool {
    int id;
    const char* art; // wxArtProvider id or a freedesktop icon name (GTK looks those up in the icon theme)
};

const Tool kTools[] = {
    {ID_NewFromTemplate, "wxART_NEW"}, {wxID_OPEN, "wxART_FILE_OPEN"}, {wxID_SAVE, "wxART_FILE_SAVE"},
    {0, nullptr},
    {wxID_UNDO, "wxART_UNDO"}, {wxID_REDO, "wxART_REDO"},
    {0, nullptr},
    {ID_InsertTask, "list-add"}, {ID_DeleteTask, "wxART_DELETE"}, {ID_IndentTask, "format-indent-more"},
    {ID_OutdentTask, "format-indent-less"}, {ID_LinkTasks, nullptr}, {ID_UnlinkTasks, nullptr},
    {ID_TaskProperties, "document-properties"},
    {0, nullptr},
    {ID_ZoomIn, "zoom-in"}, {ID_ZoomOut, "zoom-out"}, {ID_ZoomToFit, "zoom-fit-best"}, {ID_GoToToday, "go-jump"},
};

// "Zoom In (Ctrl+=)": the menu item's own words and shortcut, so the two never disagree.
wxString toolTip(wxMenuBar* bar, int id)
{
    wxMenuItem* item = bar ? bar->FindItem(id) : nullptr;
    if (!item)
        return {};
    wxString tip = item->GetItemLabelText();
    tip.Replace("..."_wx, wxString());
    std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
    if (accel)
        tip += " ("_wx + accel->ToString() + ")"_wx;
    return tip;
}

} // namespace

void MainFrame::buildToolbar()
{
    wxToolBar* tb = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_NODIVIDER);
    tb->SetToolBitmapSize(wxSize(kToolSize, kToolSize));
    for (const Tool& t : kTools) {
        if (t.id == 0) {
            tb->AddSeparator();
            continue;
        }
        wxBitmap art;
        if (t.art)
            art = wxArtProvider::GetBitmap(wx(t.art), "wxART_TOOLBAR_C"_wx, wxSize(kToolSize, kToolSize));
        if (!art.IsOk())
            art = drawnLinkArt(t.id == ID_UnlinkTasks);
        wxMenuItem* item = GetMenuBar()->FindItem(t.id);
        tb->AddTool(t.id, item ? item->GetItemLabelText() : wxString(), art, toolTip(GetMenuBar(), t.id), wxITEM_NORMAL);
        if (item)
            tb->SetToolLongHelp(t.id, item->GetHelp());
    }
    tb->Realize();
    const bool shown = wxConfigBase::Get()->ReadBool("/Window/Toolbar"_wx, true);
    tb->Show(shown);
    GetMenuBar()->Check(ID_ShowToolbar, shown);
}

void MainFrame::updateToolbar()
{
    wxToolBar* tb = GetToolBar();
    wxMenuBar* bar = GetMenuBar();
    if (!tb || !bar)
        return;
    for (const Tool& t : kTools)
        if (t.id != 0 && bar->FindItem(t.id))
            tb->EnableTool(t.id, bar->IsEnabled(t.id));
    // "Undo Move Task (...)": what the button would undo, as the menu says.
    tb->SetToolShortHelp(wxID_UNDO, toolTip(bar, wxID_UNDO));
    tb->SetToolShortHelp(wxID_REDO, toolTip(bar, wxID_REDO));
}

void MainFrame::showToolbar(bool show)
{
    if (wxToolBar* tb = GetToolBar()) {
        tb->Show(show);
        SendSizeEvent();
    }
    GetMenuBar()->Check(ID_ShowToolbar, show);
    wxConfigBase::Get()->Write("/Window/Toolbar"_wx, show);
    wxConfigBase::Get()->Flush();
}

void MainFrame::showLegend(bool show)
{
    m_planView->showLegend(show);
    GetMenuBar()->Check(ID_ShowLegend, show);
    wxConfigBase::Get()->Write("/Window/Legend"_wx, show);
    wxConfigBase::Get()->Flush();
}

void MainFrame::showStatusMessage(const std::string& text)
{
    // A sentence longer than the field is ellipsized; the status bar's default
    // style (wxSTB_SHOW_TIPS) shows all of it as the field's tooltip.
    SetStatusText(wx(text), 0);
}

} // namespace certplan::gui
